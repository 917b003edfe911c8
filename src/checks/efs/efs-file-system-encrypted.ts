import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'efs-file-system-encrypted',
    resourceType: 'efs.file-system',
    title: 'EFS file system is encrypted at rest',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each EFS file system encrypts its data and metadata at rest with KMS. CloudFormation and the API create unencrypted file systems unless told otherwise; only the console encrypts by default.',
    risk: 'Unencrypted file data has no KMS key policy between it and whoever gains access to the underlying storage or a backup copy, and fails most data-protection requirements outright.',
    remediation: {
      text: 'Encryption is chosen at creation. Create an encrypted file system, copy the data (AWS DataSync, or restore a backup into it), move the mount targets\' clients over and delete the old one.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id alias/<key> --tags Key=Name,Value=<name>\n# then copy the data with AWS DataSync or restore an AWS Backup recovery point into the new file system',
      cloudformation: 'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true',
      terraform: 'resource "aws_efs_file_system" "this" {\n  encrypted = true\n}',
    },
    messages: {
      encrypted: 'EFS file system {{name}} is encrypted at rest.',
      unencrypted: 'EFS file system {{name}} is not encrypted at rest.',
    },
  },
  evaluate(fs, { pass, fail }) {
    return fs.encrypted ? pass('encrypted', { name: fs.name }) : fail('unencrypted', { data: { name: fs.name }, at: 'encrypted' })
  },
})
