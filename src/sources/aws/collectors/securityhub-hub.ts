import type { DescribeHubResponse } from '@aws-sdk/client-securityhub'
import type { SecurityHubHub } from '../../../model/securityhub.js'
import { AwsCallError } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'

/** Maps DescribeHub. Pure. */
export function mapHub(h: DescribeHubResponse, w: { region: string; accountId: string; partition: string }): SecurityHubHub {
  const arn = h.HubArn ?? `arn:${w.partition}:securityhub:${w.region}:${w.accountId}:hub/default`
  return {
    id: arn,
    arn,
    name: 'default',
    accountId: w.accountId,
    region: w.region,
    ...(h.SubscribedAt ? { subscribedAt: h.SubscribedAt } : {}),
    ...(h.AutoEnableControls !== undefined ? { autoEnableControls: h.AutoEnableControls } : {}),
  }
}

/**
 * DescribeHub answers InvalidAccessException ("Account … is not subscribed to AWS Security Hub")
 * when Security Hub is off in the region — a real answer, not a permissions problem — so it gives
 * no hub rather than a gap. (An IAM denial is AccessDeniedException.)
 */
export function isNotSubscribed(err: unknown): boolean {
  if (!(err instanceof AwsCallError)) return false
  return err.code === 'InvalidAccessException' || (err.kind === 'NotFound' && /not subscribed|hub/i.test(err.message))
}

export const securityHubHubCollector: Collector = {
  id: 'securityhub.hub',
  produces: ['securityhub.hub'],
  actions: ['securityhub:DescribeHub'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const { DescribeHubCommand } = await import('@aws-sdk/client-securityhub')
    try {
      const hub = await ctx.send(region, 'securityhub:DescribeHub', new DescribeHubCommand({}))
      return { resources: { 'securityhub.hub': [mapHub(hub, { region, accountId: ctx.accountId, partition: ctx.partition })] }, gaps: [] }
    } catch (err) {
      if (isNotSubscribed(err)) return { resources: { 'securityhub.hub': [] }, gaps: [] }
      return { resources: {}, gaps: [gapFrom(err, 'securityhub.hub', region)] }
    }
  },
}
