import check from './backup-vault-encrypted-with-cmk.js'
import { testCheck } from '../../../test/check-tester.js'
import { backupVault } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'customer managed key', resource: backupVault() }],
  invalid: [{ name: 'aws/backup', resource: backupVault({ encryptionKeyManager: 'AWS', encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/bbbb' }), messageId: 'aws', at: 'encryptionKeyManager' }],
  unknown: [
    { name: 'key manager unreadable', resource: backupVault({ unresolved: { encryptionKeyManager: 'AccessDenied (kms:DescribeKey)' } }) },
    { name: 'vaults could not be listed', resource: backupVault(), gaps: [{ resourceType: 'backup.vault', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Vault:\n  Type: AWS::Backup::BackupVault\n  Properties:\n    BackupVaultName: primary\n    EncryptionKeyArn: !GetAtt Key.Arn\nKey:\n  Type: AWS::KMS::Key\n  Properties: { EnableKeyRotation: true }\n'],
      bad: ['Vault:\n  Type: AWS::Backup::BackupVault\n  Properties:\n    BackupVaultName: primary\n'],
    },
    terraform: {
      good: ['resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\nresource "aws_backup_vault" "v" {\n  name        = "primary"\n  kms_key_arn = aws_kms_key.k.arn\n}\n'],
      bad: ['resource "aws_backup_vault" "v" {\n  name = "primary"\n}\n'],
    },
  },
})
