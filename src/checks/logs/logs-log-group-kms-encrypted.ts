import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'logs-log-group-kms-encrypted',
    resourceType: 'logs.log-group',
    title: 'CloudWatch Logs log group is encrypted with a customer managed KMS key',
    severity: 'low',
    categories: ['encryption', 'logging'],
    description:
      'Checks that the log group names a KMS key. CloudWatch Logs always encrypts at rest with a key AWS owns; associating a customer managed key adds a key policy that decides who can read the events, and a record of every use of the key. Live scans list log groups up to CLEARSKY_MAX_LOG_GROUPS per region (default 10,000).',
    risk: 'Logs hold request payloads, identifiers and sometimes secrets an application printed. With the AWS owned key, anyone with logs:GetLogEvents reads them; with a customer managed key, reading also needs kms:Decrypt on a key whose policy you control, and revoking the key makes the data unreadable everywhere.',
    remediation: {
      text: 'Create a customer managed key whose policy lets the logs service principal of the region use it (with a kms:EncryptionContext:aws:logs:arn condition), then associate it with the log group. Only events ingested afterwards are encrypted with it.',
      cli: 'aws logs associate-kms-key --log-group-name <log-group> --kms-key-id <key-arn>',
      cloudformation: 'Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: /app/orders\n  RetentionInDays: 365\n  KmsKeyId: !GetAtt LogsKey.Arn',
      terraform: 'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app/orders"\n  retention_in_days = 365\n  kms_key_id        = aws_kms_key.logs.arn\n}',
    },
    messages: {
      encrypted: 'Log group {{name}} is encrypted with KMS key {{key}}.',
      notEncrypted: 'Log group {{name}} uses no customer managed KMS key.',
    },
  },
  evaluate(group, { pass, fail }) {
    return group.kmsKeyId ? pass('encrypted', { name: group.name, key: group.kmsKeyId }) : fail('notEncrypted', { data: { name: group.name }, at: 'kmsKeyId' })
  },
})
