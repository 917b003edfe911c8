import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-kms-encryption-enabled',
    resourceType: 'cloudtrail.trail',
    title: 'CloudTrail trail encrypts its log files with a KMS key',
    severity: 'medium',
    categories: ['encryption', 'logging'],
    description:
      'Checks that the trail names a KMS key (SSE-KMS) for its log files. Without one, CloudTrail delivers with the bucket\'s default encryption (SSE-S3), where anyone allowed to read the bucket can read the logs.',
    risk: 'Audit logs name every principal, resource and source address in the account. With SSE-KMS, reading them also needs kms:Decrypt on a key whose policy you control, and every decryption is itself logged; with SSE-S3, bucket read access alone exposes them.',
    remediation: {
      text: 'Create a customer managed key whose policy lets cloudtrail.amazonaws.com encrypt for this trail (kms:GenerateDataKey* with an aws:SourceArn or kms:EncryptionContext:aws:cloudtrail:arn condition) and lets log readers decrypt, then set it on the trail.',
      cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
      cloudformation: 'Type: AWS::CloudTrail::Trail\nProperties:\n  IsLogging: true\n  S3BucketName: !Ref TrailBucket\n  KMSKeyId: !GetAtt TrailKey.Arn',
      terraform: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  kms_key_id     = aws_kms_key.trail.arn\n}',
    },
    messages: {
      encrypted: 'Trail {{name}} encrypts its log files with KMS key {{key}}.',
      notEncrypted: 'Trail {{name}} does not encrypt its log files with a KMS key.',
    },
  },
  evaluate(trail, { pass, fail }) {
    return trail.kmsKeyId ? pass('encrypted', { name: trail.name, key: trail.kmsKeyId }) : fail('notEncrypted', { data: { name: trail.name }, at: 'kmsKeyId' })
  },
})
