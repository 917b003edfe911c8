import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'dynamodb-table-cmk-encryption',
    resourceType: 'dynamodb.table',
    title: 'DynamoDB table is encrypted with a customer managed KMS key',
    severity: 'low',
    categories: ['encryption'],
    description:
      'Every DynamoDB table is encrypted at rest; this checks which key does it. The default, an AWS owned key, is invisible to the account: no key policy, no CloudTrail record of its use. The AWS managed key `aws/dynamodb` is logged but its policy cannot be changed. Only a customer managed key lets the account decide who may decrypt, audit each use and revoke access by disabling the key. Low severity: the data is encrypted either way; this is about control.',
    risk: 'With an AWS owned or AWS managed key, anyone with DynamoDB read permissions reads the data; there is no second, key-level permission to separate duties or to cut off access to a table\'s data (and its backups and exports) in an incident.',
    remediation: {
      text: 'Switch the table to a customer managed KMS key (an online operation) and grant kms:Decrypt only to the roles that read the table.',
      cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
      cloudformation: 'Type: AWS::DynamoDB::Table\nProperties:\n  BillingMode: PAY_PER_REQUEST\n  AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n  KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n  SSESpecification:\n    SSEEnabled: true\n    SSEType: KMS\n    KMSMasterKeyId: !GetAtt TableKey.Arn',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.table.arn\n  }\n}',
    },
    messages: {
      customer: 'Table {{name}} is encrypted with a customer managed KMS key.',
      awsOwned: 'Table {{name}} is encrypted with an AWS owned key (the default), which the account cannot control or audit.',
      awsManaged: 'Table {{name}} is encrypted with the AWS managed key aws/dynamodb, whose policy the account cannot change.',
    },
  },
  evaluate(t, { pass, fail }) {
    const type = t.encryption.keyType
    if (type === 'CUSTOMER_MANAGED') return pass('customer', { name: t.name })
    return fail(type === 'AWS_MANAGED' ? 'awsManaged' : 'awsOwned', { data: { name: t.name }, at: 'encryption.keyType' })
  },
})
