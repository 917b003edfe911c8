import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'dynamodb-table-deletion-protection-enabled',
    resourceType: 'dynamodb.table',
    title: 'DynamoDB table has deletion protection',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that deletion protection is on for each table, so that DeleteTable fails until the protection is turned off in a separate step.',
    risk: 'A table can be deleted by one API call — a mistaken script, a stack update that replaces it, or stolen credentials — taking every item with it; point-in-time recovery of a deleted table is possible only if it was on.',
    remediation: {
      text: 'Turn deletion protection on.',
      cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
      cloudformation: 'Type: AWS::DynamoDB::Table\nProperties:\n  BillingMode: PAY_PER_REQUEST\n  AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n  KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n  DeletionProtectionEnabled: true',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  name                        = "orders"\n  billing_mode                = "PAY_PER_REQUEST"\n  hash_key                    = "pk"\n  deletion_protection_enabled = true\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n}',
    },
    messages: {
      protected: 'Table {{name}} has deletion protection.',
      unprotected: 'Table {{name}} has no deletion protection.',
    },
  },
  evaluate(t, { pass, fail }) {
    return t.deletionProtection ? pass('protected', { name: t.name }) : fail('unprotected', { data: { name: t.name }, at: 'deletionProtection' })
  },
})
