import check from './s3-bucket-kms-encryption.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'SSE-KMS with a customer managed key', resource: bucket() },
    { name: 'SSE-KMS with the AWS managed key', resource: bucket({ encryption: { algorithm: 'aws:kms' } }) },
    { name: 'dual-layer SSE-KMS', resource: bucket({ encryption: { algorithm: 'aws:kms:dsse' } }) },
  ],
  invalid: [
    { name: 'SSE-S3', resource: bucket({ encryption: { algorithm: 'AES256' } }), messageId: 'sseS3', at: 'encryption.algorithm' },
    { name: 'no default encryption', resource: bucket({ encryption: null }), messageId: 'none', at: 'encryption' },
  ],
  unknown: [
    { name: 'encryption unreadable', resource: bucket({ encryption: null, unresolved: { encryption: 'AccessDenied (s3:GetEncryptionConfiguration)' } }) },
    { name: 'not collected (older snapshot)', resource: bucket({ encryption: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketEncryption:\n      ServerSideEncryptionConfiguration:\n        - ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: alias/data }\n          BucketKeyEnabled: true\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n', 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketEncryption:\n      ServerSideEncryptionConfiguration:\n        - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }\n'],
    },
    terraform: {
      good: ['resource "aws_kms_key" "data" {\n  enable_key_rotation = true\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n  }\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
    },
  },
})
