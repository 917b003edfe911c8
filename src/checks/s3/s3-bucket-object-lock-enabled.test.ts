import check from './s3-bucket-object-lock-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'Object Lock with default retention', resource: bucket() },
    { name: 'Object Lock without default retention', resource: bucket({ objectLock: { enabled: true } }) },
  ],
  invalid: [{ name: 'no Object Lock', resource: bucket({ objectLock: { enabled: false } }), messageId: 'disabled', at: 'objectLock.enabled' }],
  unknown: [
    { name: 'Object Lock configuration unreadable', resource: bucket({ objectLock: { enabled: false }, unresolved: { objectLock: 'AccessDenied (s3:GetBucketObjectLockConfiguration)' } }) },
    { name: 'not collected (older snapshot)', resource: bucket({ objectLock: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    VersioningConfiguration: { Status: Enabled }\n    ObjectLockEnabled: true\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "backups" {\n  bucket              = "backups"\n  object_lock_enabled = true\n}\n'],
      bad: ['resource "aws_s3_bucket" "backups" {\n  bucket = "backups"\n}\n'],
    },
  },
})
