/** AWS::EFS::MountTarget → `efs.mount-target` (the file system and subnet it joins). */
import type { Stack } from '../stack.js'
import { PLACEHOLDER } from '../values.js'

export function adaptEfsMountTargets(stack: Stack): void {
  for (const res of stack.ofType('AWS::EFS::MountTarget')) {
    const f = stack.fields(res)
    const mountTargetId = String(stack.ref(res))
    stack.emit(
      'efs.mount-target',
      f.finish({
        ...f.base(stack.resourceId(res), mountTargetId),
        mountTargetId,
        fileSystemId: f.str('fileSystemId', ['FileSystemId']) ?? PLACEHOLDER,
        subnetId: f.str('subnetId', ['SubnetId']) ?? PLACEHOLDER,
      }),
      res,
    )
  }
}
