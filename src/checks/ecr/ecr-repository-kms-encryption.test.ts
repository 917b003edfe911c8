import check from './ecr-repository-kms-encryption.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'KMS', resource: ecrRepository() }, { name: 'KMS DSSE', resource: ecrRepository({ encryptionType: 'KMS_DSSE' }) }],
  invalid: [{ name: 'AES256', resource: ecrRepository({ encryptionType: 'AES256', kmsKey: undefined }), messageId: 'aes256', at: 'encryptionType' }],
  unknown: [{ name: 'from a parameter', resource: ecrRepository({ unresolved: { encryptionType: '!Ref Enc' } }) }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { EncryptionConfiguration: { EncryptionType: KMS } }\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { RepositoryName: orders }\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n  encryption_configuration {\n    encryption_type = "KMS"\n  }\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\n'],
    },
  },
})
