import { defineCheck } from '../../core/check.js'

/** The configured expiration, when the option holds a whole number of days (1 or more). */
function targetDays(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined
}

export default defineCheck({
  meta: {
    id: 's3-directory-bucket-lifecycle-configured',
    resourceType: 's3.directory-bucket',
    title: 'S3 directory bucket has an active lifecycle rule',
    severity: 'low',
    categories: ['lifecycle'],
    description:
      'Passes when the S3 Express One Zone directory bucket has at least one lifecycle rule with status Enabled (directory buckets support two actions only: expiring objects a number of days after creation, and aborting incomplete multipart uploads). Fails when there is no lifecycle configuration or every rule is disabled. With the `targetExpirationDays` option set (no default, as in Security Hub S3.25), an enabled rule must also expire objects, and every enabled rule that expires objects must do so after exactly that many days.',
    risk: 'Directory buckets hold high-performance, usually short-lived data (job inputs, checkpoints, caches) in a storage class that costs several times S3 Standard: without a lifecycle rule that data and abandoned multipart uploads stay and are billed until someone deletes them by hand.',
    remediation: {
      text: 'Add a lifecycle configuration to the directory bucket: expire objects once the workload no longer needs them and abort incomplete multipart uploads after a few days.',
      cli: 'aws s3api put-bucket-lifecycle-configuration --region <region> --bucket <name>--<zone-id>--x-s3 --lifecycle-configuration \'{"Rules":[{"ID":"expire-scratch","Status":"Enabled","Filter":{"Prefix":""},"Expiration":{"Days":30},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}\'',
      cloudformation:
        'Type: AWS::S3Express::DirectoryBucket\nProperties:\n  DataRedundancy: SingleAvailabilityZone\n  LocationName: use1-az4\n  LifecycleConfiguration:\n    Rules:\n      - Id: expire-scratch\n        Status: Enabled\n        ExpirationInDays: 30\n        AbortIncompleteMultipartUpload:\n          DaysAfterInitiation: 7',
      terraform:
        'resource "aws_s3_bucket_lifecycle_configuration" "scratch" {\n  bucket = aws_s3_directory_bucket.scratch.bucket\n  rule {\n    id     = "expire-scratch"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 30\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
    },
    messages: {
      configured: 'Directory bucket {{name}} has {{count}} active lifecycle rule(s).',
      none: 'Directory bucket {{name}} has no lifecycle configuration.',
      allDisabled: 'Every lifecycle rule of directory bucket {{name}} is disabled.',
      noExpiration: 'No active lifecycle rule of directory bucket {{name}} expires objects (expected after {{target}} days).',
      expirationMismatch: 'Directory bucket {{name}}: lifecycle rule(s) {{rules}} expire objects after other than {{target}} days.',
    },
    options: { targetExpirationDays: null },
  },
  evaluate(bucket, { pass, fail, options }) {
    const rules = bucket.lifecycleRules
    const active = rules.filter((r) => r.enabled)
    if (!active.length) return fail(rules.length ? 'allDisabled' : 'none', { data: { name: bucket.name }, at: 'lifecycleRules' })
    const target = targetDays(options.targetExpirationDays)
    if (target !== undefined) {
      const expiring = active.filter((r) => r.expirationDays !== undefined)
      if (!expiring.length) return fail('noExpiration', { data: { name: bucket.name, target }, at: 'lifecycleRules' })
      const off = expiring.filter((r) => r.expirationDays !== target)
      if (off.length) return fail('expirationMismatch', { data: { name: bucket.name, target, rules: off.map((r) => r.id ?? '(unnamed)').join(', ') }, at: 'lifecycleRules' })
    }
    return pass('configured', { name: bucket.name, count: active.length })
  },
})
