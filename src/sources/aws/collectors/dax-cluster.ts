/**
 * DynamoDB Accelerator (DAX) clusters: one paginated DescribeClusters per region, which carries
 * both encryption settings. DAX is not offered in every region (data/dax-regions.json).
 */
import type { Cluster } from '@aws-sdk/client-dax'
import daxRegions from '../../../../data/dax-regions.json' with { type: 'json' }
import type { DaxCluster } from '../../../model/dax.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { collectPages } from '../paginate.js'
import { notOfferedOrGap, offeredRegions } from './not-offered.js'

const DAX_REGIONS = offeredRegions(daxRegions)

/** Pure. A cluster that reports no endpoint encryption type predates the setting: plain connections. */
export function mapDaxCluster(c: Cluster, where: { region: string; accountId: string; partition: string }): DaxCluster {
  const name = c.ClusterName ?? ''
  const arn = c.ClusterArn ?? `arn:${where.partition}:dax:${where.region}:${where.accountId}:cache/${name}`
  return {
    id: arn,
    arn,
    name,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    clusterName: name,
    ...(c.Status ? { status: c.Status } : {}),
    encryptedAtRest: c.SSEDescription?.Status === 'ENABLED',
    endpointEncryption: c.ClusterEndpointEncryptionType === 'TLS' ? 'TLS' : 'NONE',
  }
}

export const daxClusterCollector: Collector = {
  id: 'dax.cluster',
  produces: ['dax.cluster'],
  actions: ['dax:DescribeClusters'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const D = await import('@aws-sdk/client-dax')
    try {
      const clusters = await collectPages(
        (NextToken) => ctx.send(region, 'dax:DescribeClusters', new D.DescribeClustersCommand({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.Clusters,
      )
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'dax.cluster': clusters.map((c) => mapDaxCluster(c, where)) }, gaps: [] }
    } catch (err) {
      return notOfferedOrGap(err, 'dax.cluster', region, DAX_REGIONS, { service: 'DAX', none: 'DAX clusters' })
    }
  },
}
