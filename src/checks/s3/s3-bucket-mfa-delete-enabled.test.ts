import check from './s3-bucket-mfa-delete-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'MFA delete on', resource: bucket() }],
  invalid: [
    { name: 'versioning without MFA delete', resource: bucket({ versioning: { status: 'Enabled', mfaDelete: false } }), messageId: 'disabled', at: 'versioning.mfaDelete' },
    { name: 'no versioning at all', resource: bucket({ versioning: { status: 'Off', mfaDelete: false } }), messageId: 'disabled' },
  ],
  unknown: [
    { name: 'versioning unreadable', resource: bucket({ unresolved: { versioning: 'AccessDenied (s3:GetBucketVersioning)' } }) },
    { name: 'not collected (older snapshot)', resource: bucket({ versioning: undefined }) },
  ],
  iac: {
    cloudformation: { good: [], bad: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration: { Status: Enabled }\n'] },
    terraform: {
      good: ['resource "aws_s3_bucket" "records" {\n  bucket = "records"\n}\n\nresource "aws_s3_bucket_versioning" "records" {\n  bucket = aws_s3_bucket.records.id\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n'],
      bad: ['resource "aws_s3_bucket" "records" {\n  bucket = "records"\n}\n\nresource "aws_s3_bucket_versioning" "records" {\n  bucket = aws_s3_bucket.records.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'],
    },
  },
})
