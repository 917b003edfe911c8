import check from './s3-directory-bucket-lifecycle-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3DirectoryBucket } from '../../../test/factories/index.js'

const cfn = (lifecycle: string) => `Scratch:\n  Type: AWS::S3Express::DirectoryBucket\n  Properties:\n    BucketName: scratch--use1-az4--x-s3\n    DataRedundancy: SingleAvailabilityZone\n    LocationName: use1-az4\n${lifecycle}`
const tfBucket = 'resource "aws_s3_directory_bucket" "scratch" {\n  bucket = "scratch--use1-az4--x-s3"\n  location {\n    name = "use1-az4"\n  }\n}\n'
const tfLifecycle = (target: string, status: string) =>
  `\nresource "aws_s3_bucket_lifecycle_configuration" "scratch" {\n  bucket = ${target}\n  rule {\n    id     = "expire-scratch"\n    status = "${status}"\n    filter {}\n    expiration {\n      days = 30\n    }\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'an enabled expiration rule', resource: s3DirectoryBucket() },
    { name: 'one disabled, one enabled rule', resource: s3DirectoryBucket({ lifecycleRules: [{ id: 'old', enabled: false }, { id: 'uploads', enabled: true, abortIncompleteUploadDays: 3 }] }) },
    { name: 'target expiration met', resource: s3DirectoryBucket(), options: { targetExpirationDays: 30 } },
    { name: 'target expiration met, an upload-only rule besides', resource: s3DirectoryBucket({ lifecycleRules: [{ id: 'e', enabled: true, expirationDays: 7 }, { id: 'u', enabled: true, abortIncompleteUploadDays: 1 }] }), options: { targetExpirationDays: '7' } },
  ],
  invalid: [
    { name: 'no lifecycle configuration', resource: s3DirectoryBucket({ lifecycleRules: [] }), messageId: 'none', at: 'lifecycleRules' },
    { name: 'every rule disabled', resource: s3DirectoryBucket({ lifecycleRules: [{ id: 'paused', enabled: false, expirationDays: 30 }] }), messageId: 'allDisabled' },
    { name: 'target set, no rule expires objects', resource: s3DirectoryBucket({ lifecycleRules: [{ id: 'u', enabled: true, abortIncompleteUploadDays: 7 }] }), options: { targetExpirationDays: 30 }, messageId: 'noExpiration' },
    { name: 'target set, another expiration', resource: s3DirectoryBucket(), options: { targetExpirationDays: 14 }, messageId: 'expirationMismatch', at: 'lifecycleRules' },
  ],
  unknown: [
    { name: 'lifecycle unreadable', resource: s3DirectoryBucket({ lifecycleRules: [], unresolved: { lifecycleRules: 'AccessDenied (s3express:GetLifecycleConfiguration)' } }) },
    { name: 'lifecycle configuration of an unresolved bucket', resource: s3DirectoryBucket({ lifecycleRules: [], unresolved: { lifecycleRules: 'var.bucket' } }) },
  ],
  iac: {
    cloudformation: {
      good: [cfn('    LifecycleConfiguration:\n      Rules:\n        - { Id: expire, Status: Enabled, ExpirationInDays: 30 }\n')],
      bad: [cfn(''), cfn('    LifecycleConfiguration:\n      Rules:\n        - { Id: expire, Status: Disabled, ExpirationInDays: 30 }\n')],
    },
    terraform: {
      good: [tfBucket + tfLifecycle('aws_s3_directory_bucket.scratch.bucket', 'Enabled'), tfBucket + tfLifecycle('aws_s3_directory_bucket.scratch.id', 'Enabled'), tfBucket + tfLifecycle('"scratch--use1-az4--x-s3"', 'Enabled')],
      bad: [tfBucket, tfBucket + tfLifecycle('aws_s3_directory_bucket.scratch.bucket', 'Disabled')],
    },
  },
})
