import check from './secretsmanager-secret-cmk-encryption.js'
import { testCheck } from '../../../test/check-tester.js'
import { secret } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'customer managed key', resource: secret({ kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }],
  invalid: [
    { name: 'no key (AWS managed)', resource: secret({ kmsKeyId: undefined }), messageId: 'aws-managed', at: 'kmsKeyId' },
    { name: 'AWS managed alias', resource: secret({ kmsKeyId: 'alias/aws/secretsmanager' }), messageId: 'aws-managed' },
  ],
  unknown: [{ name: 'key from a parameter', resource: secret({ unresolved: { kmsKeyId: '!Ref Key' } }) }],
  iac: {
    cloudformation: {
      good: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db, KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/k }\n'],
      bad: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\n'],
    },
    terraform: {
      good: ['resource "aws_secretsmanager_secret" "s" {\n  name       = "orders/db"\n  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/k"\n}\n'],
      bad: ['resource "aws_secretsmanager_secret" "s" {\n  name = "orders/db"\n}\n'],
    },
  },
})
