import check from './dynamodb-table-pitr-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { dynamoTable } from '../../../test/factories/index.js'

const table = 'Table:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    BillingMode: PAY_PER_REQUEST\n    AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n    KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n'
const tf = (extra: string) => `resource "aws_dynamodb_table" "t" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'PITR on', resource: dynamoTable() }],
  invalid: [{ name: 'PITR off', resource: dynamoTable({ pointInTimeRecovery: false }), messageId: 'disabled', at: 'pointInTimeRecovery' }],
  unknown: [
    { name: 'continuous backups unreadable', resource: dynamoTable({ pointInTimeRecovery: false, unresolved: { pointInTimeRecovery: 'AccessDenied (dynamodb:DescribeContinuousBackups)' } }) },
    { name: 'tables could not be listed', resource: dynamoTable(), gaps: [{ resourceType: 'dynamodb.table', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [table + '    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }\n'],
      bad: [table, table + '    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false }\n'],
    },
    terraform: {
      good: [tf('  point_in_time_recovery {\n    enabled = true\n  }\n')],
      bad: [tf(''), tf('  point_in_time_recovery {\n    enabled = false\n  }\n')],
    },
  },
})
