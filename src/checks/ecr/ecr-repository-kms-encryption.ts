import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-kms-encryption',
    resourceType: 'ecr.repository',
    title: 'ECR repository encrypts images with KMS',
    severity: 'low',
    categories: ['encryption'],
    description: 'Informational: checks that images are encrypted with an AWS KMS key (KMS or KMS_DSSE) rather than the default S3-managed AES-256 keys. A KMS key (ideally customer managed) adds key policies, CloudTrail records of every decryption and the option to revoke access. The setting can only be chosen when the repository is created.',
    risk: 'With AES256 encryption there is no separate key policy protecting the images and no audit trail of key use; access depends on the ECR permissions alone.',
    remediation: {
      text: 'Create a new repository with KMS encryption (a customer managed key), push the images there and retire the old repository (encryption cannot be changed in place).',
      cli: 'aws ecr create-repository --repository-name <name> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
      cloudformation: 'Repository:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryName: orders\n    EncryptionConfiguration: { EncryptionType: KMS, KmsKey: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab }',
      terraform: 'resource "aws_ecr_repository" "orders" {\n  name = "orders"\n\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}',
    },
    messages: {
      kms: 'Repository {{name}} encrypts images with KMS ({{type}}).',
      aes256: 'Repository {{name}} encrypts images with S3-managed keys (AES256), not KMS.',
    },
  },
  evaluate(repo, { pass, fail }) {
    return repo.encryptionType.startsWith('KMS') ? pass('kms', { name: repo.name, type: repo.encryptionType }) : fail('aes256', { data: { name: repo.name }, at: 'encryptionType' })
  },
})
