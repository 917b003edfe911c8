import check from './s3-bucket-no-public-read.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket, denyInsecureTransport, s3AccountSettings } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const off = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }
const ARN = 'arn:aws:s3:::orders-data'
const policy = (...st: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: [denyInsecureTransport('orders-data'), ...st] })
const publicGet = policy({ Sid: 'PublicGet', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` })
const anyAccountList = policy({ Sid: 'AnyAccountList', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 's3:ListBucket', Resource: ARN })
const orgGet = policy({ Sid: 'OrgGet', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })
const publicPut = policy({ Sid: 'PublicPut', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${ARN}/*` })
const allUsersRead = { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }
const ownerFull = { granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', permission: 'FULL_CONTROL' }

testCheck(check, {
  valid: [
    { name: 'TLS-only policy, Block Public Access', resource: bucket() },
    { name: 'read limited to the organization, no Block Public Access', resource: bucket({ policy: orgGet, publicAccessBlock: off }) },
    { name: 'public write only (the write check reports it)', resource: bucket({ policy: publicPut, publicAccessBlock: off }) },
    { name: 'public statement neutralised by RestrictPublicBuckets', resource: bucket({ policy: publicGet }) },
    { name: 'public statement neutralised at the account level', resource: bucket({ policy: publicGet, publicAccessBlock: off }), related: { 's3.account-settings': [s3AccountSettings()] } },
    { name: 'AllUsers grant in a bucket with ACLs disabled', resource: bucket({ aclGrants: [ownerFull, allUsersRead], publicAccessBlock: off, objectOwnership: 'BucketOwnerEnforced' }) },
  ],
  invalid: [
    { name: 'GetObject for "*"', resource: bucket({ policy: publicGet, publicAccessBlock: off }), messageId: 'policyPublic', at: 'policy', count: 1 },
    { name: 'ListBucket for any AWS account', resource: bucket({ policy: anyAccountList, publicAccessBlock: off }), messageId: 'policyAnyAccount' },
    { name: 'AllUsers READ grant with ACLs enabled', resource: bucket({ aclGrants: [ownerFull, allUsersRead], publicAccessBlock: off, objectOwnership: 'ObjectWriter' }), messageId: 'aclGrant', at: 'aclGrants' },
    { name: 'BlockPublicPolicy alone does not close an existing policy', resource: bucket({ policy: publicGet, publicAccessBlock: { ...off, blockPublicPolicy: true } }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] }, messageId: 'policyPublic' },
  ],
  unknown: [
    { name: 'policy unreadable', resource: bucket({ policy: null, publicAccessBlock: off, unresolved: { policy: 'AccessDenied (s3:GetBucketPolicy)' } }) },
    { name: 'public statement, account level unreadable', resource: bucket({ policy: publicGet, publicAccessBlock: off }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null, unresolved: { publicAccessBlock: 'AccessDenied' } })] } },
    { name: 'buckets not listed', resource: bucket(), gaps: [{ resourceType: 's3.bucket', region: 'us-east-1', code: 'AccessDenied', message: 's3:ListAllMyBuckets denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "site" {\n  bucket = "orders-site"\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }] })\n}\n'],
      bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "orders-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket = aws_s3_bucket.site.id\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }] })\n}\n'],
    },
  },
})
