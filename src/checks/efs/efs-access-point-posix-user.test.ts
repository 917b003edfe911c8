import check from './efs-access-point-posix-user.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsAccessPoint } from '../../../test/factories/index.js'

const fs = 'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true }\n'
const tfFs = 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n'

testCheck(check, {
  valid: [{ name: 'uid 1001', resource: efsAccessPoint() }],
  invalid: [
    { name: 'no POSIX user', resource: efsAccessPoint({ posixUser: null }), messageId: 'none', at: 'posixUser' },
    { name: 'root user enforced', resource: efsAccessPoint({ posixUser: { uid: 0, gid: 0, secondaryGids: [] } }), messageId: 'root', at: 'posixUser.uid' },
  ],
  unknown: [{ name: 'uid from a parameter', resource: efsAccessPoint({ unresolved: { 'posixUser.uid': '!Ref Uid' } }) }],
  iac: {
    cloudformation: {
      good: [fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n    PosixUser: { Uid: "1001", Gid: "1001" }\n'],
      bad: [fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n    RootDirectory: { Path: /app }\n', fs + 'Ap:\n  Type: AWS::EFS::AccessPoint\n  Properties:\n    FileSystemId: !Ref Fs\n    PosixUser: { Uid: "0", Gid: "0" }\n'],
    },
    terraform: {
      good: [tfFs + 'resource "aws_efs_access_point" "ap" {\n  file_system_id = aws_efs_file_system.fs.id\n  posix_user {\n    uid = 1001\n    gid = 1001\n  }\n}\n'],
      bad: [tfFs + 'resource "aws_efs_access_point" "ap" {\n  file_system_id = aws_efs_file_system.fs.id\n}\n'],
    },
  },
})
