/**
 * RDS event notification subscriptions (DescribeEventSubscriptions, query protocol) from a
 * region's `dbEventSubscriptions`: merged into the RDS service's operations.
 */
import { XmlList } from '../protocols/xml.js'
import { maxRecordsPage } from './max-records-page.js'
import { ApiError } from '../errors.js'
import type { ServiceDef } from './types.js'

export interface FixtureDbEventSubscription {
  name: string
  /** Absent: every source type. */
  sourceType?: string
  /** Absent or empty: every category. */
  categories?: string[]
  sourceIds?: string[]
  /** Default true. */
  enabled?: boolean
  topic: string
  /** Default `active`. */
  status?: string
}

declare module '../fixture.js' {
  interface FixtureRegion {
    dbEventSubscriptions?: FixtureDbEventSubscription[]
  }
}

export const rdsEventSubscriptionOperations: ServiceDef['operations'] = {
  DescribeEventSubscriptions: {
    handle(input, ctx) {
      const all = (ctx.data.dbEventSubscriptions ?? []).filter((s) => input.SubscriptionName === undefined || s.name === input.SubscriptionName)
      if (input.SubscriptionName !== undefined && all.length === 0) throw new ApiError('SubscriptionNotFound', `Subscription ${String(input.SubscriptionName)} not found.`, 404)
      const p = maxRecordsPage(all, input, ctx, 'DescribeEventSubscriptions')
      return {
        EventSubscriptionsList: new XmlList(
          'EventSubscription',
          p.items.map((s) => ({
            CustomerAwsId: ctx.accountId,
            CustSubscriptionId: s.name,
            SnsTopicArn: s.topic,
            Status: s.status ?? 'active',
            SubscriptionCreationTime: 'Mon Oct 12 09:00:00 UTC 2026',
            SourceType: s.sourceType,
            SourceIdsList: new XmlList('SourceId', s.sourceIds ?? []),
            EventCategoriesList: new XmlList('EventCategory', s.categories ?? []),
            Enabled: s.enabled ?? true,
            EventSubscriptionArn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:es:${s.name}`,
          })),
        ),
        Marker: p.next,
      }
    },
  },
}
