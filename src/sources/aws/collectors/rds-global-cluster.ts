/**
 * Aurora global databases: DescribeGlobalClusters, once per scan. A global database is an
 * account-level object. The API documents a `region` filter that narrows the answer to those with
 * a member in given regions, so an unfiltered call lists all of them and asking each region would
 * only repeat the same list. Each one is reported in the region of its writer cluster;
 * one without member clusters has no region and is reported as global.
 */
import type { GlobalCluster } from '@aws-sdk/client-rds'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { RdsGlobalCluster } from '../../../model/rds-global.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

/** `us-east-1` from `arn:aws:rds:us-east-1:111122223333:cluster:orders`; undefined for another shape. */
function arnRegion(arn: string | undefined): string | undefined {
  const region = arn?.split(':')[3]
  return region ? region : undefined
}

/** Maps one DescribeGlobalClusters entry. Pure. */
export function mapGlobalCluster(g: GlobalCluster, accountId: string, partition: string): RdsGlobalCluster {
  const id = g.GlobalClusterIdentifier ?? ''
  const arn = g.GlobalClusterArn ?? `arn:${partition}:rds::${accountId}:global-cluster:${id}`
  const members = g.GlobalClusterMembers ?? []
  const writer = members.find((m) => m.IsWriter) ?? members[0]
  const memberArns = [...(writer?.DBClusterArn ? [writer.DBClusterArn] : []), ...members.filter((m) => m !== writer && m.DBClusterArn).map((m) => m.DBClusterArn!)]
  const out: RdsGlobalCluster = {
    id: arn,
    arn,
    name: id,
    accountId,
    region: arnRegion(writer?.DBClusterArn) ?? GLOBAL_REGION,
    globalClusterIdentifier: id,
    engine: g.Engine ?? '',
    engineVersion: g.EngineVersion ?? '',
    ...(g.Status ? { status: g.Status } : {}),
    memberClusterArns: memberArns,
  }
  if (!g.EngineVersion) out.unresolved = { engineVersion: 'DescribeGlobalClusters reported no engine version' }
  return out
}

export const rdsGlobalClusterCollector: Collector = {
  id: 'rds.global-cluster',
  produces: ['rds.global-cluster'],
  actions: ['rds:DescribeGlobalClusters'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const R = await import('@aws-sdk/client-rds')
    try {
      const items = await collectPages(
        (Marker) => ctx.send(region, 'rds:DescribeGlobalClusters', new R.DescribeGlobalClustersCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.GlobalClusters,
      )
      return { resources: { 'rds.global-cluster': items.map((g) => mapGlobalCluster(g, ctx.accountId, ctx.partition)).sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.global-cluster', GLOBAL_REGION)] }
    }
  },
}
