import check from './cloudtrail-kms-encryption-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { trail } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'KMS key set', resource: trail() }],
  invalid: [{ name: 'no KMS key', resource: trail({ kmsKeyId: undefined }), messageId: 'notEncrypted', at: 'kmsKeyId' }],
  unknown: [{ name: 'key from an unresolved parameter', resource: trail({ kmsKeyId: undefined, unresolved: { kmsKeyId: '!Ref Key' } }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::CloudTrail::Trail\nProperties: { IsLogging: true, S3BucketName: logs, KMSKeyId: alias/trail }'],
      bad: ['Type: AWS::CloudTrail::Trail\nProperties: { IsLogging: true, S3BucketName: logs }'],
    },
    terraform: {
      good: [
        `
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:alias/trail"
}
`,
      ],
      bad: [
        `
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
}
`,
      ],
    },
  },
})
