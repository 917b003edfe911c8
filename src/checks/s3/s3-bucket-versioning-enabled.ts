import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-versioning-enabled',
    resourceType: 's3.bucket',
    title: 'S3 bucket keeps object versions',
    severity: 'low',
    categories: ['resilience'],
    description: 'Passes when versioning is Enabled. Fails when it was never enabled, or was enabled and then suspended (existing versions are kept, but overwrites and deletes no longer keep the previous data).',
    risk: 'Without versioning an overwrite or a delete — by a bug, a compromised credential or ransomware — destroys the data for good. With versioning the previous version stays recoverable, and a lifecycle rule can expire old versions to bound the cost.',
    remediation: {
      text: 'Enable versioning, and add a lifecycle rule that expires noncurrent versions after the recovery window you need.',
      cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  VersioningConfiguration:\n    Status: Enabled\n  LifecycleConfiguration:\n    Rules:\n      - Id: expire-noncurrent\n        Status: Enabled\n        NoncurrentVersionExpiration:\n          NoncurrentDays: 90',
      terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
    },
    messages: {
      enabled: 'Bucket {{name}} keeps object versions.',
      off: 'Bucket {{name}} has never had versioning enabled: overwrites and deletes are final.',
      suspended: 'Versioning of bucket {{name}} is suspended: new overwrites and deletes are final.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    const v = bucket.versioning
    if (v === undefined) return unknown('versioning was not collected for this bucket')
    if (v.status === 'Enabled') return pass('enabled', { name: bucket.name })
    return fail(v.status === 'Suspended' ? 'suspended' : 'off', { data: { name: bucket.name }, at: 'versioning.status' })
  },
})
