import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-mfa-delete-enabled',
    resourceType: 's3.bucket',
    title: 'S3 bucket requires MFA to delete versions or change versioning',
    severity: 'low',
    categories: ['resilience'],
    description:
      'Passes when MFA delete is enabled on the bucket\'s versioning configuration: permanently deleting an object version, or changing the versioning state, then needs the root user\'s MFA code in the request. Only the root user can turn MFA delete on, and only through the API or CLI; CloudFormation cannot set it. Buckets that must accept lifecycle expiration of versions cannot use it (lifecycle rules are not allowed with MFA delete), which is why it is a CIS Level 2 control.',
    risk: 'Without MFA delete, a principal with s3:DeleteObjectVersion and s3:PutBucketVersioning — a compromised administrator, or malware running with an administrator role — can suspend versioning and purge every version, defeating the protection versioning gives.',
    remediation: {
      text: 'As the root user, with its MFA device, enable versioning with MFA delete. For buckets that need lifecycle expiration, use S3 Object Lock (governance or compliance mode) instead.',
      cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
      terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}" # applied with root credentials\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
    },
    messages: {
      enabled: 'Bucket {{name}} requires MFA to delete object versions.',
      disabled: 'Bucket {{name}} does not require MFA to delete object versions or suspend versioning.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    const v = bucket.versioning
    if (v === undefined) return unknown('versioning was not collected for this bucket')
    return v.mfaDelete ? pass('enabled', { name: bucket.name }) : fail('disabled', { data: { name: bucket.name }, at: 'versioning.mfaDelete' })
  },
})
