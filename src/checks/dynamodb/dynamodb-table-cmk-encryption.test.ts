import check from './dynamodb-table-cmk-encryption.js'
import { testCheck } from '../../../test/check-tester.js'
import { dynamoTable } from '../../../test/factories/index.js'

const table = 'Table:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    BillingMode: PAY_PER_REQUEST\n    AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n    KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n'
const tf = (extra: string) => `resource "aws_dynamodb_table" "t" {\n  name     = "orders"\n  hash_key = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'customer managed key', resource: dynamoTable() }],
  invalid: [
    { name: 'AWS owned key (default)', resource: dynamoTable({ encryption: { keyType: 'AWS_OWNED' } }), messageId: 'awsOwned', at: 'encryption.keyType' },
    { name: 'aws/dynamodb', resource: dynamoTable({ encryption: { keyType: 'AWS_MANAGED', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/aaaa' } }), messageId: 'awsManaged' },
  ],
  unknown: [{ name: 'key manager unreadable', resource: dynamoTable({ unresolved: { 'encryption.keyType': 'AccessDenied (kms:DescribeKey)' } }) }],
  iac: {
    cloudformation: {
      good: [table + '    SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !GetAtt Key.Arn }\nKey:\n  Type: AWS::KMS::Key\n  Properties: { EnableKeyRotation: true }\n'],
      bad: [table, table + '    SSESpecification: { SSEEnabled: true }\n', table + '    SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: alias/aws/dynamodb }\n'],
    },
    terraform: {
      good: ['resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n' + tf('  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.k.arn\n  }\n')],
      bad: [tf(''), tf('  server_side_encryption {\n    enabled = true\n  }\n')],
    },
  },
})
