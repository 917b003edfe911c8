import type { MountTargetDescription } from '@aws-sdk/client-efs'
import type { EfsMountTarget } from '../../../model/efs.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'

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
    const failures: { target: string; reason: string }[] = []
    const lists = await mapLimit(systems, 4, async (fs) => {
      try {
        return await collectPages(
          (Marker) => ctx.send(region, 'elasticfilesystem:DescribeMountTargets', new E.DescribeMountTargetsCommand({ FileSystemId: fs.fileSystemId, MaxItems: 100, ...(Marker ? { Marker } : {}) })),
          (p) => p.NextMarker,
          (p) => p.MountTargets,
        )
      } catch (err) {
        const gap = gapFrom(err, 'efs.mount-target', region)
        failures.push({ target: fs.fileSystemId, reason: `${gap.code} (elasticfilesystem:DescribeMountTargets)` })
        return []
      }
    })
    if (failures.length) return { resources: {}, gaps: lookupGap('efs.mount-target', region, 'file system\'s mount target', failures) }
    const where = { region, accountId: ctx.accountId }
    return { resources: { 'efs.mount-target': lists.flat().map((mt) => mapMountTarget(mt, where)) }, gaps: [] }
  },
}
