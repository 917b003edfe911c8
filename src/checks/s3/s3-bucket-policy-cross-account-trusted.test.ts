import check from './s3-bucket-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket, denyInsecureTransport } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const ARN = 'arn:aws:s3:::orders-data'
const policy = (...st: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: [denyInsecureTransport('orders-data'), ...st] })
const partner = policy({ Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, Action: 's3:GetObject', Resource: `${ARN}/*` })
const viaCondition = policy({ Sid: 'ByAccount', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'aws:PrincipalAccount': ['111122223333', '777788889999'] } } })
const ownAccount = policy({ Sid: 'Own', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 's3:GetObject', Resource: `${ARN}/*` })
const oai = policy({ Sid: 'CloudFrontOai', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' }, Action: 's3:GetObject', Resource: `${ARN}/*` })
const otherOrg = policy({ Sid: 'OtherOrg', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-zzzzzzzzzz' } } })
const cloudtrail = policy({ Sid: 'TrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${ARN}/AWSLogs/111122223333/*`, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } })

testCheck(check, {
  valid: [
    { name: 'own account only', resource: bucket({ policy: ownAccount }) },
    { name: 'partner account listed as trusted', resource: bucket({ policy: partner }), options: { trustedAccounts: ['444455556666'] } },
    { name: 'CloudFront origin access identity', resource: bucket({ policy: oai }) },
    { name: 'service principal scoped to the account', resource: bucket({ policy: cloudtrail }) },
    { name: 'organization listed as trusted', resource: bucket({ policy: otherOrg }), options: { trustedOrganizations: ['o-zzzzzzzzzz'] } },
  ],
  invalid: [
    { name: 'untrusted partner role', resource: bucket({ policy: partner }), messageId: 'untrustedAccount', at: 'policy', count: 1 },
    { name: 'account named through aws:PrincipalAccount', resource: bucket({ policy: viaCondition }), messageId: 'untrustedAccount', count: 1 },
    { name: 'another organization', resource: bucket({ policy: otherOrg }), messageId: 'untrustedOrganization' },
  ],
  unknown: [{ name: 'policy unreadable', resource: bucket({ policy: partner, unresolved: { policy: 'AccessDenied (s3:GetBucketPolicy)' } }) }],
  skip: [{ name: 'no bucket policy', resource: bucket({ policy: null }) }],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:role/app" }, Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - { Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"], Condition = { Bool = { "aws:SecureTransport" = "false" } } }] })\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "s3:GetObject", Resource = "${aws_s3_bucket.data.arn}/*" }] })\n}\n'],
    },
  },
})
