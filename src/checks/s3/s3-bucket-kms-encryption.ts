import { defineCheck } from '../../core/check.js'

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse'])

export default defineCheck({
  meta: {
    id: 's3-bucket-kms-encryption',
    resourceType: 's3.bucket',
    title: 'S3 bucket encrypts new objects with AWS KMS by default',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Passes when the bucket\'s default encryption is SSE-KMS (`aws:kms`) or dual-layer SSE-KMS (`aws:kms:dsse`). Every bucket is encrypted at rest — S3 has applied SSE-S3 (AES256) to all new objects since January 2023 — so this check is about control over the key: with SSE-KMS, reading an object also needs kms:Decrypt on the key, each use is logged in CloudTrail, and access can be revoked by changing the key policy. A bucket that receives S3 server access logs can use SSE-KMS only with a customer managed key whose key policy lets the log delivery service use it (not with the AWS managed aws/s3 key).',
    risk: 'With SSE-S3, anyone whose IAM or bucket policy allows s3:GetObject reads the data: the encryption adds no second control and no key-level audit trail. Data that must stay readable only to specific roles, or must be made unreadable quickly (crypto-shredding), needs a KMS key.',
    remediation: {
      text: 'Set the bucket\'s default encryption to SSE-KMS with a customer managed key whose policy limits who can decrypt, and enable S3 Bucket Keys to keep KMS request costs down. Existing objects keep their encryption until they are copied over.',
      cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  BucketEncryption:\n    ServerSideEncryptionConfiguration:\n      - ServerSideEncryptionByDefault:\n          SSEAlgorithm: aws:kms\n          KMSMasterKeyID: !GetAtt DataKey.Arn\n        BucketKeyEnabled: true',
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
    },
    messages: {
      kms: 'Bucket {{name}} encrypts new objects with SSE-KMS ({{algorithm}}).',
      sseS3: 'Bucket {{name}} encrypts new objects with S3 managed keys (SSE-S3), not with a KMS key.',
      none: 'Bucket {{name}} has no default encryption configuration.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    if (bucket.encryption === undefined) return unknown('default encryption was not collected for this bucket')
    if (bucket.encryption === null) return fail('none', { data: { name: bucket.name }, at: 'encryption' })
    const algorithm = bucket.encryption.algorithm
    return KMS_ALGORITHMS.has(algorithm) ? pass('kms', { name: bucket.name, algorithm }) : fail('sseS3', { data: { name: bucket.name }, at: 'encryption.algorithm' })
  },
})
