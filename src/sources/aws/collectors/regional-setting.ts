import type { ResourceOf, ResourceType } from '../../../model/resource-types.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'

/**
 * The identity of a regional account setting (EBS encryption by default, VPC Block Public
 * Access, a Systems Manager service setting): one resource per account and region, named after
 * the setting, since the setting has no ARN of its own. Pure.
 */
export function regionalSettingBase(w: { region: string; accountId: string }, kind: string, title: string) {
  return { id: `${w.accountId}/${w.region}/${kind}`, name: `${title} in ${w.region}`, accountId: w.accountId, region: w.region }
}

/**
 * A collector for one regional account setting: one read per region, made whatever the region
 * holds (the setting exists, with AWS's default, everywhere). A failed read is a gap.
 */
export function regionalSettingCollector<T extends ResourceType>(spec: { type: T; action: string; read: (ctx: AwsContext, region: string) => Promise<ResourceOf<T>> }): Collector {
  return {
    id: spec.type,
    produces: [spec.type],
    actions: [spec.action],
    scope: 'regional',
    async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
      try {
        return { resources: { [spec.type]: [await spec.read(ctx, region)] }, gaps: [] }
      } catch (err) {
        return { resources: {}, gaps: [gapFrom(err, spec.type, region)] }
      }
    },
  }
}
