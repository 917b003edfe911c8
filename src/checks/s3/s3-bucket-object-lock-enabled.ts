import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-object-lock-enabled',
    resourceType: 's3.bucket',
    title: 'S3 bucket has Object Lock enabled',
    severity: 'info',
    categories: ['resilience'],
    description:
      'Informational. Passes when the bucket was created with S3 Object Lock (write-once-read-many): object versions can then be protected from deletion and overwrite for a retention period, in governance mode (privileged users may override) or compliance mode (nobody can, not even the root user). Object Lock suits backups, audit logs and records with legal retention; most buckets do not need it, hence the informational severity.',
    risk: 'Backups and logs without Object Lock can be deleted by anyone who obtains enough S3 permissions — typically the first thing ransomware operators and intruders covering their tracks do.',
    remediation: {
      text: 'For buckets that hold backups, audit logs or regulated records, enable Object Lock with a default retention. Existing buckets can have Object Lock enabled (versioning must be on); new buckets can be created with it.',
      cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  VersioningConfiguration:\n    Status: Enabled\n  ObjectLockEnabled: true\n  ObjectLockConfiguration:\n    ObjectLockEnabled: Enabled\n    Rule:\n      DefaultRetention:\n        Mode: GOVERNANCE\n        Days: 30',
      terraform: 'resource "aws_s3_bucket" "backups" {\n  bucket              = "backups-example"\n  object_lock_enabled = true\n}\n\nresource "aws_s3_bucket_object_lock_configuration" "backups" {\n  bucket = aws_s3_bucket.backups.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
    },
    messages: {
      enabled: 'Bucket {{name}} has Object Lock enabled.',
      disabled: 'Bucket {{name}} does not have Object Lock enabled.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    if (bucket.objectLock === undefined) return unknown('the Object Lock configuration was not collected for this bucket')
    return bucket.objectLock.enabled ? pass('enabled', { name: bucket.name }) : fail('disabled', { data: { name: bucket.name }, at: 'objectLock.enabled' })
  },
})
