/** aws_efs_mount_target → `efs.mount-target` (the file system and subnet it joins). */
import type { AdapterContext } from './fields.js'
import { Fields, PLACEHOLDER } from './fields.js'

export function adaptEfsMountTargets(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_efs_mount_target')) {
    const f = new Fields(ctx, inst)
    const mountTargetId = f.ident('mountTargetId', inst.computed('id')) ?? PLACEHOLDER
    ctx.emit(
      'efs.mount-target',
      f.finish({
        ...f.base(inst.id, mountTargetId),
        mountTargetId,
        fileSystemId: f.id('fileSystemId', 'file_system_id') ?? PLACEHOLDER,
        subnetId: f.id('subnetId', 'subnet_id') ?? PLACEHOLDER,
      }),
      inst,
    )
  }
}
