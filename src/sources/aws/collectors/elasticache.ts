import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache'
import type { ElastiCacheCluster, ElastiCacheReplicationGroup } from '../../../model/elasticache.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { listedNone } from './listed-none.js'

type Where = { region: string; accountId: string; partition: string }

const mode = (m: string | undefined): { transitEncryptionMode?: 'preferred' | 'required' } => (m === 'preferred' || m === 'required' ? { transitEncryptionMode: m } : {})

/** Pure. */
export function mapReplicationGroup(g: ReplicationGroup, where: Where): ElastiCacheReplicationGroup {
  const id = g.ReplicationGroupId ?? ''
  const arn = g.ARN ?? `arn:${where.partition}:elasticache:${where.region}:${where.accountId}:replicationgroup:${id}`
  return {
    id: arn,
    arn,
    name: id,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    replicationGroupId: id,
    engine: (g.Engine ?? 'redis').toLowerCase(),
    ...(g.Status ? { status: g.Status } : {}),
    atRestEncryption: g.AtRestEncryptionEnabled ?? false,
    ...(g.KmsKeyId ? { kmsKeyId: g.KmsKeyId } : {}),
    transitEncryption: g.TransitEncryptionEnabled ?? false,
    ...mode(g.TransitEncryptionMode),
    authTokenEnabled: g.AuthTokenEnabled ?? false,
    userGroupIds: g.UserGroupIds ?? [],
    snapshotRetentionLimit: g.SnapshotRetentionLimit ?? 0,
    automaticFailover: g.AutomaticFailover ?? 'disabled',
    ...(g.MultiAZ ? { multiAz: g.MultiAZ } : {}),
    memberClusters: g.MemberClusters ?? [],
    ...(g.AutoMinorVersionUpgrade !== undefined ? { autoMinorVersionUpgrade: g.AutoMinorVersionUpgrade } : {}),
  }
}

/** Pure. The port is the configuration endpoint's (Memcached) or the first node's. */
export function mapCacheCluster(c: CacheCluster, where: Where): ElastiCacheCluster {
  const id = c.CacheClusterId ?? ''
  const arn = c.ARN ?? `arn:${where.partition}:elasticache:${where.region}:${where.accountId}:cluster:${id}`
  const port = c.ConfigurationEndpoint?.Port ?? c.CacheNodes?.find((n) => n.Endpoint?.Port)?.Endpoint?.Port
  return {
    id: arn,
    arn,
    name: id,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    cacheClusterId: id,
    engine: (c.Engine ?? '').toLowerCase(),
    ...(c.EngineVersion ? { engineVersion: c.EngineVersion } : {}),
    ...(c.ReplicationGroupId ? { replicationGroupId: c.ReplicationGroupId } : {}),
    ...(c.CacheClusterStatus ? { status: c.CacheClusterStatus } : {}),
    atRestEncryption: c.AtRestEncryptionEnabled ?? false,
    transitEncryption: c.TransitEncryptionEnabled ?? false,
    ...mode(c.TransitEncryptionMode),
    authTokenEnabled: c.AuthTokenEnabled ?? false,
    snapshotRetentionLimit: c.SnapshotRetentionLimit ?? 0,
    autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade ?? false,
    ...(c.CacheSubnetGroupName ? { cacheSubnetGroupName: c.CacheSubnetGroupName } : {}),
    securityGroupIds: (c.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? '').filter(Boolean),
    ...(port ? { port } : {}),
    ...(c.NumCacheNodes !== undefined ? { numCacheNodes: c.NumCacheNodes } : {}),
  }
}

const where = (ctx: AwsContext, region: string): Where => ({ region, accountId: ctx.accountId, partition: ctx.partition })

/**
 * Every Valkey/Redis OSS replication group of the region (one paginated listing).
 *
 * A replication group is made of node-based clusters: it has at least one node group with at
 * least one node, each node being a cache cluster of the group. DescribeCacheClusters without a
 * cluster id returns every provisioned cluster, members of replication groups included (only the
 * opt-in `ShowCacheClustersNotInReplicationGroups` flag leaves them out), and clusters that are
 * still being created. So when the scan lists clusters anyway (`uses`) and the region has none,
 * it has no replication group either, and this listing is skipped. Serverless caches are another
 * API (DescribeServerlessCaches) and are not replication groups. A failed cluster listing passes
 * no list, and the groups are then listed as without it.
 */
export const elastiCacheReplicationGroupCollector: Collector = {
  id: 'elasticache.replication-group',
  produces: ['elasticache.replication-group'],
  actions: ['elasticache:DescribeReplicationGroups'],
  scope: 'regional',
  uses: ['elasticache.cluster'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    if (listedNone(sofar, 'elasticache.cluster')) return { resources: { 'elasticache.replication-group': [] }, gaps: [] }
    const E = await import('@aws-sdk/client-elasticache')
    try {
      const groups = await collectPages(
        (Marker) => ctx.send(region, 'elasticache:DescribeReplicationGroups', new E.DescribeReplicationGroupsCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.ReplicationGroups,
      )
      return { resources: { 'elasticache.replication-group': groups.map((g) => mapReplicationGroup(g, where(ctx, region))) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'elasticache.replication-group', region)] }
    }
  },
}

/** Every node-based cache cluster of the region, with node endpoints for the port (one paginated listing). */
export const elastiCacheClusterCollector: Collector = {
  id: 'elasticache.cluster',
  produces: ['elasticache.cluster'],
  actions: ['elasticache:DescribeCacheClusters'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-elasticache')
    try {
      const clusters = await collectPages(
        (Marker) => ctx.send(region, 'elasticache:DescribeCacheClusters', new E.DescribeCacheClustersCommand({ MaxRecords: 100, ShowCacheNodeInfo: true, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.CacheClusters,
      )
      return { resources: { 'elasticache.cluster': clusters.map((c) => mapCacheCluster(c, where(ctx, region))) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'elasticache.cluster', region)] }
    }
  },
}
