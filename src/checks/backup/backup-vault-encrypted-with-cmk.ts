import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'backup-vault-encrypted-with-cmk',
    resourceType: 'backup.vault',
    title: 'AWS Backup vault is encrypted with a customer managed KMS key',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each backup vault encrypts its recovery points with a customer managed KMS key rather than the AWS managed `aws/backup` key (the default) or an AWS owned key. Recovery points of services that Backup fully manages take the vault\'s key.',
    risk: 'With the AWS managed key, anyone allowed to restore from the vault can decrypt its recovery points; the key policy cannot add a second control, restrict restores to a recovery account, or make cross-account copies possible.',
    remediation: {
      text: 'A vault\'s key is fixed at creation: create a vault with a customer managed key, point the backup plans\' rules at it, and let the old vault\'s recovery points expire (or copy them over).',
      cli: 'aws backup create-backup-vault --backup-vault-name <vault> --encryption-key-arn <key-arn>\n# then update each backup plan rule\'s TargetBackupVaultName',
      cloudformation: 'Type: AWS::Backup::BackupVault\nProperties:\n  BackupVaultName: primary\n  EncryptionKeyArn: !GetAtt BackupKey.Arn',
      terraform: 'resource "aws_backup_vault" "primary" {\n  name        = "primary"\n  kms_key_arn = aws_kms_key.backup.arn\n}',
    },
    messages: {
      customer: 'Backup vault {{name}} is encrypted with a customer managed KMS key.',
      aws: 'Backup vault {{name}} is encrypted with a key AWS manages, not a customer managed key.',
    },
  },
  evaluate(v, { pass, fail }) {
    return v.encryptionKeyManager === 'CUSTOMER' ? pass('customer', { name: v.name }) : fail('aws', { data: { name: v.name }, at: 'encryptionKeyManager' })
  },
})
