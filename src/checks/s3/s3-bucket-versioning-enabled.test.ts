import check from './s3-bucket-versioning-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'versioning enabled', resource: bucket() }],
  invalid: [
    { name: 'never enabled', resource: bucket({ versioning: { status: 'Off', mfaDelete: false } }), messageId: 'off', at: 'versioning.status' },
    { name: 'suspended', resource: bucket({ versioning: { status: 'Suspended', mfaDelete: false } }), messageId: 'suspended' },
  ],
  unknown: [
    { name: 'versioning unreadable', resource: bucket({ versioning: { status: 'Off', mfaDelete: false }, unresolved: { versioning: 'AccessDenied (s3:GetBucketVersioning)' } }) },
    { name: 'not collected (older snapshot)', resource: bucket({ versioning: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration: { Status: Enabled }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n', 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration: { Status: Suspended }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
    },
  },
})
