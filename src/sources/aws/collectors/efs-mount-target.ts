import type { MountTargetDescription } from '@aws-sdk/client-efs'
import type { EfsMountTarget } from '../../../model/efs.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { collectPages } from '../paginate.js'
import { listPerParent } from './per-parent.js'

/** Pure. Mount targets have no ARN: their id is unique in the account. */
export function mapMountTarget(mt: MountTargetDescription, where: { region: string; accountId: string }): EfsMountTarget {
  const id = mt.MountTargetId ?? ''
  return {
    id,
    name: id,
    accountId: mt.OwnerId || where.accountId,
    region: where.region,
    mountTargetId: id,
    fileSystemId: mt.FileSystemId ?? '',
    subnetId: mt.SubnetId ?? '',
    ...(mt.VpcId ? { vpcId: mt.VpcId } : {}),
    ...(mt.AvailabilityZoneName ? { availabilityZone: mt.AvailabilityZoneName } : {}),
  }
}

/**
 * The mount targets of every file system of the region (DescribeMountTargets per file system,
 * which is how the API is asked: a region without file systems costs nothing more).
 */
export const efsMountTargetCollector: Collector = {
  id: 'efs.mount-target',
  produces: ['efs.mount-target'],
  actions: ['elasticfilesystem:DescribeMountTargets'],
  scope: 'regional',
  dependsOn: ['efs.file-system'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-efs')
    const systems = (sofar['efs.file-system'] ?? []).filter((fs) => fs.region === region)
    const listed = await listPerParent(systems, 'efs.mount-target', region, { action: 'elasticfilesystem:DescribeMountTargets', noun: 'file system\'s mount target', target: (fs) => fs.fileSystemId }, (fs) =>
      collectPages(
        (Marker) => ctx.send(region, 'elasticfilesystem:DescribeMountTargets', new E.DescribeMountTargetsCommand({ FileSystemId: fs.fileSystemId, MaxItems: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
        (p) => p.MountTargets,
      ),
    )
    if ('gaps' in listed) return { resources: {}, gaps: listed.gaps }
    const where = { region, accountId: ctx.accountId }
    return { resources: { 'efs.mount-target': listed.items.map((mt) => mapMountTarget(mt, where)) }, gaps: [] }
  },
}
