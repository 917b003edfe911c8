import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'dynamodb-table-pitr-enabled',
    resourceType: 'dynamodb.table',
    title: 'DynamoDB table has point-in-time recovery',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that point-in-time recovery (continuous backups) is on for each table, so that it can be restored to any second of the recovery window (up to 35 days).',
    risk: 'Without point-in-time recovery, items deleted or overwritten by a bug, a bad migration or an attacker with write access are gone unless an on-demand backup happens to be recent enough.',
    remediation: {
      text: 'Turn point-in-time recovery on for the table.',
      cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
      cloudformation: 'Type: AWS::DynamoDB::Table\nProperties:\n  BillingMode: PAY_PER_REQUEST\n  AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n  KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n  PointInTimeRecoverySpecification:\n    PointInTimeRecoveryEnabled: true',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
    },
    messages: {
      enabled: 'Table {{name}} has point-in-time recovery.',
      disabled: 'Table {{name}} has no point-in-time recovery.',
    },
  },
  evaluate(t, { pass, fail }) {
    return t.pointInTimeRecovery ? pass('enabled', { name: t.name }) : fail('disabled', { data: { name: t.name }, at: 'pointInTimeRecovery' })
  },
})
