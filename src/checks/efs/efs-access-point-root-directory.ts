import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'efs-access-point-root-directory',
    resourceType: 'efs.access-point',
    title: 'EFS access point confines clients to a subdirectory',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that each access point sets a root directory other than `/`. Clients that mount through an access point see its root directory as the top of the file system and cannot go above it.',
    risk: 'An access point rooted at `/` gives every application that uses it the whole file system: other applications\' files, and any data a compromised client should never reach.',
    remediation: {
      text: 'Access points cannot be changed: create one whose root directory is the application\'s own path (with CreationInfo so EFS creates it with the right owner), move the clients to it and delete the old one.',
      cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory \'Path=/app,CreationInfo={OwnerUid=1001,OwnerGid=1001,Permissions=750}\' --posix-user Uid=1001,Gid=1001',
      cloudformation: 'Type: AWS::EFS::AccessPoint\nProperties:\n  FileSystemId: !Ref FileSystem\n  RootDirectory:\n    Path: /app\n    CreationInfo: { OwnerUid: "1001", OwnerGid: "1001", Permissions: "750" }\n  PosixUser: { Uid: "1001", Gid: "1001" }',
      terraform: 'resource "aws_efs_access_point" "app" {\n  file_system_id = aws_efs_file_system.this.id\n  root_directory {\n    path = "/app"\n    creation_info {\n      owner_uid   = 1001\n      owner_gid   = 1001\n      permissions = "750"\n    }\n  }\n  posix_user {\n    uid = 1001\n    gid = 1001\n  }\n}',
    },
    messages: {
      confined: 'Access point {{name}} confines clients to {{path}}.',
      wholeFileSystem: 'Access point {{name}} exposes the whole file system (root directory /).',
    },
  },
  evaluate(ap, { pass, fail }) {
    // `/`, `//` and an empty path all mean the file system's root.
    const path = ap.rootDirectory.replace(/\/+$/, '')
    return path === '' ? fail('wholeFileSystem', { data: { name: ap.name }, at: 'rootDirectory' }) : pass('confined', { name: ap.name, path: ap.rootDirectory })
  },
})
