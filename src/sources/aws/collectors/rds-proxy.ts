import type { DBProxy } from '@aws-sdk/client-rds'
import type { RdsProxy } from '../../../model/rds.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

type Where = { region: string; accountId: string; partition: string }

/** Pure. */
export function mapDbProxy(p: DBProxy, where: Where): RdsProxy {
  const proxyName = p.DBProxyName ?? ''
  const arn = p.DBProxyArn ?? `arn:${where.partition}:rds:${where.region}:${where.accountId}:db-proxy:${proxyName}`
  return {
    id: arn,
    arn,
    name: proxyName,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    proxyName,
    ...(p.EngineFamily ? { engineFamily: p.EngineFamily } : {}),
    requireTls: p.RequireTLS ?? false,
    ...(p.Status ? { status: p.Status } : {}),
    ...(p.VpcId ? { vpcId: p.VpcId } : {}),
  }
}

/**
 * The region's RDS proxies, from DescribeDBProxies alone (RequireTLS is in the listing).
 *
 * One call per region, always: RDS's quota usage probe (DescribeAccountAttributes) names no
 * proxy quota in its documented list, and a proxy can outlive the databases it pointed at (its
 * targets can be removed), so neither that probe nor empty instance and cluster listings prove
 * a region holds no proxy.
 */
export const rdsProxyCollector: Collector = {
  id: 'rds.proxy',
  produces: ['rds.proxy'],
  actions: ['rds:DescribeDBProxies'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const R = await import('@aws-sdk/client-rds')
    try {
      const items = await collectPages(
        (Marker) => ctx.send(region, 'rds:DescribeDBProxies', new R.DescribeDBProxiesCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.DBProxies,
      )
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'rds.proxy': items.map((p) => mapDbProxy(p, where)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.proxy', region)] }
    }
  },
}
