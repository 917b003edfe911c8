import check from './efs-file-system-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsFileSystem } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'encrypted', resource: efsFileSystem() }],
  invalid: [{ name: 'unencrypted', resource: efsFileSystem({ encrypted: false, kmsKeyId: undefined }), messageId: 'unencrypted', at: 'encrypted' }],
  unknown: [
    { name: 'from a parameter', resource: efsFileSystem({ unresolved: { encrypted: '!Ref Encrypt' } }) },
    { name: 'file systems could not be listed', resource: efsFileSystem(), gaps: [{ resourceType: 'efs.file-system', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true, FileSystemTags: [{ Key: Name, Value: uploads }] }\n'],
      bad: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { PerformanceMode: generalPurpose }\n', 'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: false }\n'],
    },
    terraform: {
      good: ['resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n'],
      bad: ['resource "aws_efs_file_system" "fs" {\n  creation_token = "uploads"\n}\n'],
    },
  },
})
