/**
 * aws_efs_file_system (+ aws_efs_file_system_policy, aws_efs_backup_policy) →
 * `efs.file-system`; aws_efs_access_point → `efs.access-point`. File systems are unencrypted
 * and without automatic backups unless configured; access points are rooted at `/` with no
 * enforced user unless their blocks say otherwise.
 */
import type { PolicyDocument } from '../../../model/common.js'
import { identity, Unknown } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptEfs(ctx: AdapterContext): void {
  const policies = ctx.byType('aws_efs_file_system_policy')
  const backups = ctx.byType('aws_efs_backup_policy')
  for (const inst of ctx.byType('aws_efs_file_system')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('fileSystemId', inst.computed('id')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const joined: TfInstance[] = []
    const targets = (sibling: TfInstance, path: string): boolean => {
      const t = sibling.values.file_system_id
      const v = identity(t)
      if (v === undefined) {
        if (t instanceof Unknown) f.mark(path, `${sibling.address}: file_system_id ${t.reason}`)
        return false
      }
      return v === id
    }
    let policy: PolicyDocument | null = null
    for (const p of policies) {
      if (!targets(p, 'policy')) continue
      joined.push(p)
      f.locateResource('policy', p)
      policy = f.policy('policy', 'policy', p) ?? null
    }
    let backupStatus = 'DISABLED'
    for (const b of backups) {
      if (!targets(b, 'backupPolicyStatus')) continue
      joined.push(b)
      f.locateResource('backupPolicyStatus', b)
      const s = b.values.backup_policy
      const block = Array.isArray(s) ? s[0] : s
      const status = block && typeof block === 'object' && !(block instanceof Unknown) && !Array.isArray(block) ? (block as Record<string, unknown>).status : undefined
      if (status instanceof Unknown) f.mark('backupPolicyStatus', status.reason)
      else if (typeof status === 'string') backupStatus = status
    }
    const name = f.tags()?.Name
    const kmsKeyId = f.id('kmsKeyId', 'kms_key_id')
    ctx.emit(
      'efs.file-system',
      f.finish({
        ...f.base(inst.id, name && name !== PLACEHOLDER ? name : id, { arn }),
        fileSystemId: id,
        encrypted: f.bool('encrypted', 'encrypted') ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        policy,
        backupPolicyStatus: backupStatus,
      }),
      inst,
      joined,
    )
  }
  for (const inst of ctx.byType('aws_efs_access_point')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('accessPointId', inst.computed('id')) ?? PLACEHOLDER
    const hasUser = f.get('posix_user.0') !== undefined
    const posixUser = hasUser
      ? {
          uid: f.num('posixUser.uid', 'posix_user.0.uid') ?? -1,
          gid: f.num('posixUser.gid', 'posix_user.0.gid') ?? -1,
          secondaryGids: (f.strList('posixUser.secondaryGids', 'posix_user.0.secondary_gids', false) ?? []).map(Number),
        }
      : null
    if (hasUser) f.locate('posixUser', 'posix_user')
    const name = f.tags()?.Name
    ctx.emit(
      'efs.access-point',
      f.finish({
        ...f.base(inst.id, name && name !== PLACEHOLDER ? name : id),
        accessPointId: id,
        fileSystemId: f.id('fileSystemId', 'file_system_id') ?? PLACEHOLDER,
        rootDirectory: f.str('rootDirectory', 'root_directory.0.path') ?? '/',
        posixUser,
      }),
      inst,
    )
  }
}
