import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-lifecycle-configured',
    resourceType: 's3.bucket',
    title: 'S3 bucket has an active lifecycle rule',
    severity: 'low',
    categories: ['lifecycle'],
    description: 'Passes when the bucket has at least one lifecycle rule with status Enabled (expiring objects or noncurrent versions, moving them to colder storage, aborting incomplete multipart uploads). Fails when there is no lifecycle configuration, or every rule is disabled.',
    risk: 'Without lifecycle rules data is kept forever: old versions and abandoned multipart uploads pile up, storage costs grow unnoticed, and personal data outlives the retention period the organisation promised to keep.',
    remediation: {
      text: 'Add lifecycle rules that match the data\'s retention: expire noncurrent versions after the recovery window, abort incomplete multipart uploads after a few days, and expire or transition current objects when they are no longer needed.',
      cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration \'{"Rules":[{"ID":"housekeeping","Status":"Enabled","Filter":{},"NoncurrentVersionExpiration":{"NoncurrentDays":90},"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7}}]}\'',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  LifecycleConfiguration:\n    Rules:\n      - Id: housekeeping\n        Status: Enabled\n        NoncurrentVersionExpiration:\n          NoncurrentDays: 90\n        AbortIncompleteMultipartUpload:\n          DaysAfterInitiation: 7',
      terraform: 'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "housekeeping"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
    },
    messages: {
      configured: 'Bucket {{name}} has {{count}} active lifecycle rule(s).',
      none: 'Bucket {{name}} has no lifecycle configuration.',
      allDisabled: 'Every lifecycle rule of bucket {{name}} is disabled.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    const rules = bucket.lifecycleRules
    if (rules === undefined) return unknown('the lifecycle configuration was not collected for this bucket')
    const active = rules.filter((r) => r.enabled).length
    if (active) return pass('configured', { name: bucket.name, count: active })
    return fail(rules.length ? 'allDisabled' : 'none', { data: { name: bucket.name }, at: 'lifecycleRules' })
  },
})
