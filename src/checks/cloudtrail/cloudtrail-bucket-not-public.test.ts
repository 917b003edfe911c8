import check from './cloudtrail-bucket-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3Bucket, trail } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const ARN = 'arn:aws:s3:::trail-bucket'
const cloudtrailWrite: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: ARN, Condition: { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail' } } },
    { Sid: 'Write', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${ARN}/AWSLogs/111122223333/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail' } } },
  ],
}
const publicRead: PolicyDocument = { Version: '2012-10-17', Statement: [...cloudtrailWrite.Statement, { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` }] }
const orgRead: PolicyDocument = { Version: '2012-10-17', Statement: [{ Sid: 'OrgRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] }
const noBpa = { publicAccessBlock: null }
const allUsersRead = { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }

testCheck(check, {
  valid: [
    { name: 'CloudTrail-only policy', resource: trail(), related: { 's3.bucket': [s3Bucket({ policy: cloudtrailWrite })] } },
    { name: 'read limited to the organisation', resource: trail(), related: { 's3.bucket': [s3Bucket({ policy: orgRead, ...noBpa })] } },
    { name: 'public statement neutralised by RestrictPublicBuckets', resource: trail(), related: { 's3.bucket': [s3Bucket({ policy: publicRead })] } },
    { name: 'public ACL ignored (IgnorePublicAcls)', resource: trail(), related: { 's3.bucket': [s3Bucket({ aclGrants: [allUsersRead] })] } },
  ],
  invalid: [
    { name: 'public read statement without Block Public Access', resource: trail(), related: { 's3.bucket': [s3Bucket({ policy: publicRead, ...noBpa })] }, messageId: 'publicPolicy', count: 1 },
    { name: 'AllUsers ACL grant without Block Public Access', resource: trail(), related: { 's3.bucket': [s3Bucket({ aclGrants: [allUsersRead], ...noBpa })] }, messageId: 'publicAcl' },
    { name: 'BlockPublicPolicy alone does not close an existing public policy', resource: trail(), related: { 's3.bucket': [s3Bucket({ policy: publicRead, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false } })] }, messageId: 'publicPolicy' },
    { name: 'the bucket does not exist', resource: trail(), messageId: 'bucketMissing', at: 's3BucketName' },
  ],
  unknown: [
    { name: 'bucket policy unreadable', resource: trail(), related: { 's3.bucket': [s3Bucket({ ...noBpa, unresolved: { policy: 'AccessDenied (s3:GetBucketPolicy)', publicAccessBlock: 'AccessDenied (s3:GetBucketPolicy)' } })] } },
    { name: 'bucket lookups failed in the trail region', resource: trail(), gaps: [{ resourceType: 's3.bucket', region: 'us-east-1', code: 'AccessDenied', message: 'could not read 1 bucket' }] },
  ],
  skip: [{ name: 'no bucket named (template without S3 destination)', resource: trail({ s3BucketName: undefined }) }],
})
