import check from './logs-log-group-kms-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { logGroup } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'customer managed key', resource: logGroup() }],
  invalid: [{ name: 'no key', resource: logGroup({ kmsKeyId: undefined }), messageId: 'notEncrypted', at: 'kmsKeyId' }],
  unknown: [{ name: 'key from an unresolved parameter', resource: logGroup({ kmsKeyId: undefined, unresolved: { kmsKeyId: '!Ref Key' } }) }],
  iac: {
    terraform: {
      good: [
        `
resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}
resource "aws_cloudwatch_log_group" "orders" {
  name       = "/app/orders"
  kms_key_id = aws_kms_key.logs.arn
}
`,
      ],
      bad: [
        `
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/app/orders"
  retention_in_days = 400
}
`,
      ],
    },
    cloudformation: {
      good: ['Type: AWS::Logs::LogGroup\nProperties: { LogGroupName: /app/orders, RetentionInDays: 400, KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab }'],
      bad: ['Type: AWS::Logs::LogGroup\nProperties: { LogGroupName: /app/orders, RetentionInDays: 400 }'],
    },
  },
})
