import check from './efs-access-point-root-directory.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsAccessPoint } from '../../../test/factories/index.js'

const fs = 'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true }\n'
const tfFs = 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n'

testCheck(check, {
  valid: [{ name: '/uploads', resource: efsAccessPoint() }],
  invalid: [
    { name: 'root', resource: efsAccessPoint({ rootDirectory: '/' }), messageId: 'wholeFileSystem', at: 'rootDirectory' },
    { name: 'root written twice', resource: efsAccessPoint({ rootDirectory: '//' }), messageId: 'wholeFileSystem' },
  ],
  unknown: [{ name: 'path from a parameter', resource: efsAccessPoint({ unresolved: { rootDirectory: '!Ref Path' } }) }],
  iac: {
    cloudformation: {
      good: [fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n    RootDirectory: { Path: /app }\n'],
      bad: [fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n', fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n    RootDirectory: { Path: / }\n'],
    },
    terraform: {
      good: [tfFs + 'resource "aws_efs_access_point" "ap" {\n  file_system_id = aws_efs_file_system.fs.id\n  root_directory {\n    path = "/app"\n  }\n}\n'],
      bad: [tfFs + 'resource "aws_efs_access_point" "ap" {\n  file_system_id = aws_efs_file_system.fs.id\n}\n'],
    },
  },
})
