import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'efs-file-system-automatic-backups-enabled',
    resourceType: 'efs.file-system',
    title: 'EFS file system has automatic backups',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks the file system\'s backup policy: automatic backups (status ENABLED or ENABLING) put it into the AWS Backup plan EFS manages (daily, kept 35 days). File systems created through the API or CloudFormation have them off unless asked for; only the console turns them on by default.',
    risk: 'Without a backup, files deleted or encrypted by ransomware on a client, or destroyed with the file system, cannot be recovered.',
    remediation: {
      text: 'Turn on automatic backups (or assign the file system to one of your own AWS Backup plans).',
      cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
      cloudformation: 'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true\n  BackupPolicy:\n    Status: ENABLED',
      terraform: 'resource "aws_efs_file_system" "this" {\n  encrypted = true\n}\n\nresource "aws_efs_backup_policy" "this" {\n  file_system_id = aws_efs_file_system.this.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
    },
    messages: {
      enabled: 'EFS file system {{name}} has automatic backups.',
      disabled: 'EFS file system {{name}} has automatic backups turned off ({{status}}).',
    },
  },
  evaluate(fs, { pass, fail }) {
    const status = fs.backupPolicyStatus
    return status === 'ENABLED' || status === 'ENABLING' ? pass('enabled', { name: fs.name }) : fail('disabled', { data: { name: fs.name, status }, at: 'backupPolicyStatus' })
  },
})
