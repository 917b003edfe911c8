import check from './s3-bucket-ssl-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket, denyInsecureTransport } from '../../../test/factories/index.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'

const ARN = 'arn:aws:s3:::orders-data'
const doc = (...st: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: st })
const deny = denyInsecureTransport('orders-data')

testCheck(check, {
  valid: [
    { name: 'Deny s3:* on bucket and objects when SecureTransport is false', resource: bucket() },
    { name: 'BoolIfExists, wildcard resource, AWS "*" principal', resource: bucket({ policy: doc({ ...deny, Sid: 'Tls', Principal: { AWS: '*' }, Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': false } } }) }) },
    { name: 'Action "*" and arn:aws:s3:::orders-data* resource', resource: bucket({ policy: doc({ ...deny, Action: '*', Resource: `${ARN}*` }) }) },
  ],
  invalid: [
    { name: 'no bucket policy', resource: bucket({ policy: null }), messageId: 'noPolicy', at: 'policy' },
    { name: 'policy without a transport statement', resource: bucket({ policy: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: `${ARN}/*` }) }), messageId: 'missing' },
    { name: 'an Allow requiring TLS is not a Deny', resource: bucket({ policy: doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }), messageId: 'missing' },
    { name: 'Deny covers objects only', resource: bucket({ policy: doc({ ...deny, Resource: `${ARN}/*` }) }), messageId: 'partial' },
    { name: 'Deny covers GetObject only', resource: bucket({ policy: doc({ ...deny, Action: 's3:GetObject' }) }), messageId: 'partial' },
    { name: 'Deny for one role only', resource: bucket({ policy: doc({ ...deny, Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } }) }), messageId: 'partial' },
    { name: 'Deny narrowed by another condition', resource: bucket({ policy: doc({ ...deny, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }) }), messageId: 'partial' },
  ],
  unknown: [
    { name: 'policy unreadable', resource: bucket({ policy: null, unresolved: { policy: 'AccessDenied (s3:GetBucketPolicy)' } }) },
    { name: 'buckets not listed', resource: bucket(), gaps: [{ resourceType: 's3.bucket', region: 'us-east-1', code: 'Throttled', message: 'throttled' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - Effect: Deny\n          Principal: "*"\n          Action: "s3:*"\n          Resource: [!GetAtt Bucket.Arn, !Sub "${Bucket.Arn}/*"]\n          Condition: { Bool: { "aws:SecureTransport": "false" } }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties: { BucketName: no-policy }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"], Condition = { Bool = { "aws:SecureTransport" = "false" } } }] })\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
    },
  },
})
