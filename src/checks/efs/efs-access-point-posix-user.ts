import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'efs-access-point-posix-user',
    resourceType: 'efs.access-point',
    title: 'EFS access point enforces a POSIX user',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that each access point enforces a POSIX user (user id, group id and secondary groups). EFS then replaces the identity every NFS client claims with that one, so file permissions are evaluated for the application\'s own user. An enforced user id of 0 (root) is reported too.',
    risk: 'Without an enforced identity, NFS clients act as whatever user id they claim — root included — and file ownership stops separating one application\'s data from another\'s.',
    remediation: {
      text: 'Create an access point with a PosixUser for the application (never uid 0), move clients to it and delete the old access point; access points cannot be modified.',
      cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1001,Gid=1001 --root-directory \'Path=/app,CreationInfo={OwnerUid=1001,OwnerGid=1001,Permissions=750}\'',
      cloudformation: 'Type: AWS::EFS::AccessPoint\nProperties:\n  FileSystemId: !Ref FileSystem\n  PosixUser: { Uid: "1001", Gid: "1001" }\n  RootDirectory:\n    Path: /app\n    CreationInfo: { OwnerUid: "1001", OwnerGid: "1001", Permissions: "750" }',
      terraform: 'resource "aws_efs_access_point" "app" {\n  file_system_id = aws_efs_file_system.this.id\n  posix_user {\n    uid = 1001\n    gid = 1001\n  }\n  root_directory {\n    path = "/app"\n  }\n}',
    },
    messages: {
      enforced: 'Access point {{name}} enforces POSIX user {{uid}}:{{gid}}.',
      none: 'Access point {{name}} enforces no POSIX user: clients act as whatever user they claim.',
      root: 'Access point {{name}} enforces the root user (uid 0) on every client.',
    },
  },
  evaluate(ap, { pass, fail }) {
    if (!ap.posixUser) return fail('none', { data: { name: ap.name }, at: 'posixUser' })
    if (ap.posixUser.uid === 0) return fail('root', { data: { name: ap.name }, at: 'posixUser.uid' })
    return pass('enforced', { name: ap.name, uid: ap.posixUser.uid, gid: ap.posixUser.gid })
  },
})
