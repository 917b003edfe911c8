import check from './dynamodb-table-deletion-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { dynamoTable } from '../../../test/factories/index.js'

const table = 'Table:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    BillingMode: PAY_PER_REQUEST\n    AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n    KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n'

testCheck(check, {
  valid: [{ name: 'protected', resource: dynamoTable() }],
  invalid: [{ name: 'unprotected', resource: dynamoTable({ deletionProtection: false }), messageId: 'unprotected', at: 'deletionProtection' }],
  unknown: [{ name: 'from a parameter', resource: dynamoTable({ unresolved: { deletionProtection: '!Ref Protect' } }) }],
  iac: {
    cloudformation: { good: [table + '    DeletionProtectionEnabled: true\n'], bad: [table] },
    terraform: {
      good: ['resource "aws_dynamodb_table" "t" {\n  name                        = "orders"\n  hash_key                    = "pk"\n  deletion_protection_enabled = true\n}\n'],
      bad: ['resource "aws_dynamodb_table" "t" {\n  name     = "orders"\n  hash_key = "pk"\n}\n'],
    },
  },
})
