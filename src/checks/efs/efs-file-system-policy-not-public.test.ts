import check from './efs-file-system-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsFileSystem } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const doc = (...st: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: st })
const mountOnly: PolicyDocument['Statement'][number] = { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: '*', Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }
const denyHttp: PolicyDocument['Statement'][number] = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }

testCheck(check, {
  valid: [
    { name: 'no policy', resource: efsFileSystem() },
    { name: 'one role', resource: efsFileSystem({ policy: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'elasticfilesystem:ClientMount', Resource: '*' }) }) },
    { name: 'console default: only through mount targets, HTTP denied', resource: efsFileSystem({ policy: doc(mountOnly, denyHttp) }) },
    { name: 'anyone in the organisation', resource: efsFileSystem({ policy: doc({ Effect: 'Allow', Principal: '*', Action: 'elasticfilesystem:ClientMount', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }) },
  ],
  invalid: [
    { name: 'open to everyone', resource: efsFileSystem({ policy: doc({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientRootAccess'], Resource: '*' }, denyHttp) }), messageId: 'public', at: 'policy' },
    { name: 'mount-target condition set to false does not bound it', resource: efsFileSystem({ policy: doc({ ...mountOnly, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'false' } } }) }), messageId: 'public' },
  ],
  unknown: [{ name: 'policy unreadable', resource: efsFileSystem({ policy: null, unresolved: { policy: 'AccessDenied (elasticfilesystem:DescribeFileSystemPolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    FileSystemPolicy:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { AWS: "*" }\n          Action: elasticfilesystem:ClientMount\n          Resource: "*"\n          Condition: { Bool: { elasticfilesystem:AccessedViaMountTarget: "true" } }\n'],
      bad: ['Fs:\n  Type: AWS::EFS::FileSystem\n  Properties:\n    Encrypted: true\n    FileSystemPolicy:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: "*"\n          Action: elasticfilesystem:*\n          Resource: "*"\n'],
    },
    terraform: {
      good: ['resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n'],
      bad: ['resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\nresource "aws_efs_file_system_policy" "p" {\n  file_system_id = aws_efs_file_system.fs.id\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "elasticfilesystem:ClientWrite", Resource = "*" }]\n  })\n}\n'],
    },
  },
})
