import type { EventSubscription } from '@aws-sdk/client-rds'
import type { RdsEventSubscription } from '../../../model/rds.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { RDS_USAGE_ACTION, rdsHoldsNone } from './rds-account-usage.js'

type Where = { region: string; accountId: string; partition: string }

/** Pure. RDS reports categories in lower case; a subscription without categories sends them all. */
export function mapEventSubscription(s: EventSubscription, where: Where): RdsEventSubscription {
  const subscriptionName = s.CustSubscriptionId ?? ''
  const arn = s.EventSubscriptionArn ?? `arn:${where.partition}:rds:${where.region}:${where.accountId}:es:${subscriptionName}`
  return {
    id: arn,
    arn,
    name: subscriptionName,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    subscriptionName,
    ...(s.SourceType ? { sourceType: s.SourceType } : {}),
    eventCategories: (s.EventCategoriesList ?? []).map((c) => c.toLowerCase()),
    sourceIds: s.SourceIdsList ?? [],
    enabled: s.Enabled ?? false,
    snsTopicArn: s.SnsTopicArn ?? '',
    ...(s.Status ? { status: s.Status } : {}),
  }
}

/**
 * The region's RDS event notification subscriptions (DescribeEventSubscriptions).
 *
 * The FSBP controls over them (RDS.19–RDS.22) judge every subscription that exists, and a
 * subscription needs no database: one left in a region whose databases are gone is still judged,
 * so "no DB instance or cluster here" is no reason to skip the listing. What is: RDS's own count
 * of event subscriptions in the region (DescribeAccountAttributes, the usage probe every RDS
 * collector shares, rds-account-usage.ts). A region where RDS counts none costs no listing; a
 * failed probe or a count above zero lists them, and a failed listing is a gap.
 */
export const rdsEventSubscriptionCollector: Collector = {
  id: 'rds.event-subscription',
  produces: ['rds.event-subscription'],
  actions: [RDS_USAGE_ACTION, 'rds:DescribeEventSubscriptions'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    if (await rdsHoldsNone(ctx, region, 'EventSubscriptions')) return { resources: { 'rds.event-subscription': [] }, gaps: [] }
    const R = await import('@aws-sdk/client-rds')
    try {
      const items = await collectPages(
        (Marker) => ctx.send(region, 'rds:DescribeEventSubscriptions', new R.DescribeEventSubscriptionsCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.EventSubscriptionsList,
      )
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'rds.event-subscription': items.map((s) => mapEventSubscription(s, where)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.event-subscription', region)] }
    }
  },
}
