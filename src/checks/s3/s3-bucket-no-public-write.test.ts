import check from './s3-bucket-no-public-write.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket, denyInsecureTransport, s3AccountSettings } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const off = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }
const ARN = 'arn:aws:s3:::orders-data'
const policy = (...st: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: [denyInsecureTransport('orders-data'), ...st] })
const publicGet = policy({ Sid: 'PublicGet', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` })
const publicPut = policy({ Sid: 'PublicPut', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject', 's3:PutObjectAcl'], Resource: `${ARN}/*` })
const publicAll = policy({ Sid: 'Everything', Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: [ARN, `${ARN}/*`] })
const vpceOnlyPut = policy({ Sid: 'FromEndpoint', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } })
const ownerFull = { granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', permission: 'FULL_CONTROL' }
const authenticatedWriteAcp = { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permission: 'WRITE_ACP' }

testCheck(check, {
  valid: [
    { name: 'TLS-only policy', resource: bucket() },
    { name: 'public read only (the read check reports it)', resource: bucket({ policy: publicGet, publicAccessBlock: off }) },
    { name: 'writes only through a VPC endpoint', resource: bucket({ policy: vpceOnlyPut, publicAccessBlock: off }) },
    { name: 'public write neutralised by IgnorePublicAcls and RestrictPublicBuckets at the account level', resource: bucket({ policy: publicPut, publicAccessBlock: off, objectOwnership: 'ObjectWriter', aclGrants: [ownerFull, authenticatedWriteAcp] }), related: { 's3.account-settings': [s3AccountSettings()] } },
  ],
  invalid: [
    { name: 'PutObject for "*"', resource: bucket({ policy: publicPut, publicAccessBlock: off }), messageId: 'policyPublic', at: 'policy' },
    { name: 's3:* for any principal', resource: bucket({ policy: publicAll, publicAccessBlock: off }), messageId: 'policyPublic', count: 1 },
    { name: 'WRITE_ACP to AuthenticatedUsers', resource: bucket({ objectOwnership: 'BucketOwnerPreferred', aclGrants: [ownerFull, authenticatedWriteAcp], publicAccessBlock: off }), messageId: 'aclGrant' },
  ],
  unknown: [
    { name: 'ACL unreadable, ACLs enabled', resource: bucket({ objectOwnership: 'ObjectWriter', aclGrants: [], publicAccessBlock: off, unresolved: { aclGrants: 'AccessDenied (s3:GetBucketAcl)' } }) },
    { name: 'policy from an unresolved template value', resource: bucket({ policy: publicPut, publicAccessBlock: off, unresolved: { 'policy.Statement.1.Principal': '!Ref WriterPrincipal' } }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }\n'],
      bad: [
        'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: "*", Action: s3:PutObject, Resource: !Sub "${Bucket.Arn}/*" }\n',
        'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    AccessControl: PublicReadWrite\n    OwnershipControls: { Rules: [{ ObjectOwnership: ObjectWriter }] }\n    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\n',
      ],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "orders-uploads"\n}\n'],
      bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "orders-uploads"\n}\n\nresource "aws_s3_bucket_ownership_controls" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\n\nresource "aws_s3_bucket_public_access_block" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n}\n\nresource "aws_s3_bucket_acl" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n  acl    = "public-read-write"\n}\n'],
    },
  },
})
