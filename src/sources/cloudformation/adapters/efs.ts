/**
 * AWS::EFS::FileSystem → `efs.file-system` (FileSystemPolicy and BackupPolicy inline; tags under
 * FileSystemTags), AWS::EFS::AccessPoint → `efs.access-point` (tags under AccessPointTags).
 * Templates create unencrypted file systems without automatic backups unless told otherwise,
 * and access points rooted at `/` without an enforced user.
 */
import type { Stack } from '../stack.js'
import { asNumber, isRecord, isUnresolved } from '../values.js'

export function adaptEfs(stack: Stack): void {
  for (const res of stack.ofType('AWS::EFS::FileSystem')) {
    const f = stack.fields(res)
    const fileSystemId = String(stack.ref(res))
    const tags = f.tags(['FileSystemTags'])
    const kmsKeyId = f.str('kmsKeyId', ['KmsKeyId'])
    stack.emit(
      'efs.file-system',
      f.finish({
        ...f.base(stack.resourceId(res), tags?.Name && !tags.Name.includes('{{') ? tags.Name : fileSystemId, { arn: f.text('arn', stack.getAtt(res, 'Arn')) }),
        ...(tags && Object.keys(tags).length ? { tags } : {}),
        fileSystemId,
        encrypted: f.bool('encrypted', ['Encrypted']) ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        policy: f.policy('policy', ['FileSystemPolicy']) ?? null,
        backupPolicyStatus: f.str('backupPolicyStatus', ['BackupPolicy', 'Status']) ?? 'DISABLED',
      }),
      res,
    )
  }
  for (const res of stack.ofType('AWS::EFS::AccessPoint')) {
    const f = stack.fields(res)
    const accessPointId = String(stack.ref(res))
    const tags = f.tags(['AccessPointTags'])
    const posix = f.get(['PosixUser'])
    let posixUser: { uid: number; gid: number; secondaryGids: number[] } | null = null
    if (isUnresolved(posix)) f.mark('posixUser', posix.reason)
    else if (isRecord(posix)) {
      f.locate('posixUser', ['PosixUser'])
      const id = (k: string): number => {
        const v = posix[k]
        if (isUnresolved(v)) {
          f.mark(`posixUser.${k === 'Uid' ? 'uid' : 'gid'}`, v.reason)
          return -1
        }
        return asNumber(v) ?? -1
      }
      const secondary = Array.isArray(posix.SecondaryGids) ? posix.SecondaryGids.map((g) => asNumber(g) ?? -1) : []
      posixUser = { uid: id('Uid'), gid: id('Gid'), secondaryGids: secondary }
    }
    stack.emit(
      'efs.access-point',
      f.finish({
        ...f.base(stack.resourceId(res), tags?.Name && !tags.Name.includes('{{') ? tags.Name : accessPointId),
        ...(tags && Object.keys(tags).length ? { tags } : {}),
        accessPointId,
        fileSystemId: f.str('fileSystemId', ['FileSystemId']) ?? '',
        rootDirectory: f.str('rootDirectory', ['RootDirectory', 'Path']) ?? '/',
        posixUser,
      }),
      res,
    )
  }
}
