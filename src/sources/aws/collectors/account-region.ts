import type { AccountRegion } from '../../../model/account.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'

/** The `account.region` resource of one scanned region. Pure. */
export function accountRegion(accountId: string, region: string): AccountRegion {
  return { id: `${accountId}/${region}`, name: `account ${accountId} in ${region}`, accountId, region }
}

/**
 * One `account.region` per scanned region, without any AWS call: account-level checks need a
 * resource to report on even when the thing they look for (a trail) does not exist. A region
 * that turns out not to be enabled is dropped by the runner together with everything else
 * collected there.
 */
export const accountRegionCollector: Collector = {
  id: 'account.region',
  produces: ['account.region'],
  actions: [],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    return { resources: { 'account.region': [accountRegion(ctx.accountId, region)] }, gaps: [] }
  },
}
