import check from './efs-file-system-automatic-backups-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsFileSystem } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'enabled', resource: efsFileSystem() }, { name: 'being enabled', resource: efsFileSystem({ backupPolicyStatus: 'ENABLING' }) }],
  invalid: [
    { name: 'disabled', resource: efsFileSystem({ backupPolicyStatus: 'DISABLED' }), messageId: 'disabled', at: 'backupPolicyStatus' },
    { name: 'being disabled', resource: efsFileSystem({ backupPolicyStatus: 'DISABLING' }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'backup policy unreadable', resource: efsFileSystem({ unresolved: { backupPolicyStatus: 'AccessDenied (elasticfilesystem:DescribeBackupPolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true, BackupPolicy: { Status: ENABLED } }\n'],
      bad: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true }\n', 'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true, BackupPolicy: { Status: DISABLED } }\n'],
    },
    terraform: {
      good: ['resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\nresource "aws_efs_backup_policy" "b" {\n  file_system_id = aws_efs_file_system.fs.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}\n'],
      bad: ['resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n'],
    },
  },
})
