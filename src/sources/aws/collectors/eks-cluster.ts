/** EKS clusters: ListClusters, then DescribeCluster per cluster (endpoint access, encryption, logging, version). */
import type { Cluster } from '@aws-sdk/client-eks'
import type { EksCluster } from '../../../model/eks.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'

/** Maps DescribeCluster. Pure. */
export function mapEksCluster(c: Cluster, where: { region: string; accountId: string }): EksCluster {
  const arn = c.arn ?? ''
  const vpc = c.resourcesVpcConfig
  const key = c.encryptionConfig?.find((e) => (e.resources ?? []).includes('secrets'))?.provider?.keyArn
  const logTypes = (c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? [])
  return {
    id: arn,
    arn,
    name: c.name ?? arn,
    accountId: where.accountId,
    region: where.region,
    ...(c.tags && Object.keys(c.tags).length ? { tags: c.tags } : {}),
    version: c.version ?? '',
    ...(c.status ? { status: c.status } : {}),
    endpointPublicAccess: vpc?.endpointPublicAccess ?? true,
    endpointPrivateAccess: vpc?.endpointPrivateAccess ?? false,
    publicAccessCidrs: [...(vpc?.publicAccessCidrs ?? [])],
    ...(key ? { secretsEncryptionKeyArn: key } : {}),
    enabledLogTypes: [...new Set(logTypes)].sort(),
    ...(c.upgradePolicy?.supportType ? { upgradeSupportType: c.upgradePolicy.supportType } : {}),
  }
}

export const eksClusterCollector: Collector = {
  id: 'eks.cluster',
  produces: ['eks.cluster'],
  actions: ['eks:ListClusters', 'eks:DescribeCluster'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-eks')
    let names: string[]
    try {
      names = await collectPages((nextToken) => ctx.send(region, 'eks:ListClusters', new E.ListClustersCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })), (p) => p.nextToken, (p) => p.clusters)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'eks.cluster', region)] }
    }
    const failures: { target: string; reason: string }[] = []
    const where = { region, accountId: ctx.accountId }
    const out = (
      await Promise.all(
        names.map(async (name) => {
          const r = await fetchOptional(ctx.send(region, 'eks:DescribeCluster', new E.DescribeClusterCommand({ name })))
          if (r.ok && r.value.cluster) return [mapEksCluster(r.value.cluster, where)]
          if (!r.ok && !r.absent) failures.push({ target: name, reason: r.reason })
          return []
        }),
      )
    ).flat()
    return { resources: { 'eks.cluster': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('eks.cluster', region, 'cluster', failures) }
  },
}
