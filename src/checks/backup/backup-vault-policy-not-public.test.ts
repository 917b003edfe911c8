import check from './backup-vault-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { backupVault } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const doc = (...st: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: st })
const denyDelete: PolicyDocument['Statement'][number] = { Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }

testCheck(check, {
  valid: [
    { name: 'no policy', resource: backupVault() },
    { name: 'deny-only policy', resource: backupVault({ policy: doc(denyDelete) }) },
    { name: 'copy from the organisation', resource: backupVault({ policy: doc({ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }) },
  ],
  invalid: [
    { name: 'anyone may copy in and delete', resource: backupVault({ policy: doc({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['backup:CopyIntoBackupVault', 'backup:DeleteRecoveryPoint'], Resource: '*' }) }), messageId: 'public', at: 'policy' },
    { name: 'any AWS account', resource: backupVault({ policy: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 'backup:*', Resource: '*' }) }), messageId: 'publicAuthenticated' },
  ],
  unknown: [{ name: 'policy unreadable', resource: backupVault({ unresolved: { policy: 'AccessDenied (backup:GetBackupVaultAccessPolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Vault:\n  Type: AWS::Backup::BackupVault\n  Properties:\n    BackupVaultName: primary\n    AccessPolicy:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Deny, Principal: "*", Action: backup:DeleteRecoveryPoint, Resource: "*" }]\n'],
      bad: ['Vault:\n  Type: AWS::Backup::BackupVault\n  Properties:\n    BackupVaultName: primary\n    AccessPolicy:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: "*", Action: backup:*, Resource: "*" }]\n'],
    },
    terraform: {
      good: ['resource "aws_backup_vault" "v" {\n  name = "primary"\n}\n'],
      bad: ['resource "aws_backup_vault" "v" {\n  name = "primary"\n}\nresource "aws_backup_vault_policy" "p" {\n  backup_vault_name = aws_backup_vault.v.name\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "backup:CopyIntoBackupVault", Resource = "*" }]\n  })\n}\n'],
    },
  },
})
