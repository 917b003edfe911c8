import check from './s3-bucket-lifecycle-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'one enabled rule', resource: bucket() },
    { name: 'one disabled, one enabled', resource: bucket({ lifecycleRules: [{ id: 'old', enabled: false }, { id: 'new', enabled: true }] }) },
  ],
  invalid: [
    { name: 'no lifecycle configuration', resource: bucket({ lifecycleRules: [] }), messageId: 'none', at: 'lifecycleRules' },
    { name: 'every rule disabled', resource: bucket({ lifecycleRules: [{ id: 'paused', enabled: false }] }), messageId: 'allDisabled' },
  ],
  unknown: [
    { name: 'lifecycle unreadable', resource: bucket({ lifecycleRules: [], unresolved: { lifecycleRules: 'AccessDenied (s3:GetLifecycleConfiguration)' } }) },
    { name: 'not collected (older snapshot)', resource: bucket({ lifecycleRules: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LifecycleConfiguration:\n      Rules:\n        - { Id: housekeeping, Status: Enabled, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n', 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LifecycleConfiguration:\n      Rules:\n        - { Id: paused, Status: Disabled, ExpirationInDays: 30 }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "housekeeping"\n    status = "Enabled"\n    filter {}\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
    },
  },
})
