/**
 * Amazon ElastiCache (query protocol, API 2015-02-02): replication groups and cache clusters
 * from a region's `cacheReplicationGroups` and `cacheClusters`. Lists are named after their
 * members (`<CacheClusters><CacheCluster>`), as ElastiCache does.
 */
import { maxRecordsPage as page } from './max-records-page.js'
import { XmlList } from '../protocols/xml.js'
import { QUERY_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureCacheReplicationGroup {
  id: string
  engine?: 'redis' | 'valkey'
  atRestEncryption?: boolean
  transitEncryption?: boolean
  transitEncryptionMode?: 'preferred' | 'required'
  authToken?: boolean
  userGroupIds?: string[]
  snapshotRetentionLimit?: number
  automaticFailover?: 'enabled' | 'disabled'
  members: string[]
}

export interface FixtureCacheCluster {
  id: string
  engine: 'redis' | 'valkey' | 'memcached'
  engineVersion?: string
  replicationGroupId?: string
  transitEncryption?: boolean
  snapshotRetentionLimit?: number
  /** Default true. */
  autoMinorVersionUpgrade?: boolean
  /** Default `default`. */
  subnetGroup?: string
  securityGroupIds?: string[]
  port?: number
  nodes?: number
}

declare module '../fixture.js' {
  interface FixtureRegion {
    cacheReplicationGroups?: FixtureCacheReplicationGroup[]
    cacheClusters?: FixtureCacheCluster[]
  }
}

const arn = (ctx: CallContext, kind: string, id: string) => `arn:aws:elasticache:${ctx.region}:${ctx.accountId}:${kind}:${id}`

export const elasticache: ServiceDef = {
  signingName: 'elasticache',
  iamPrefix: 'elasticache',
  protocol: 'query',
  apiVersion: '2015-02-02',
  xmlns: 'http://elasticache.amazonaws.com/doc/2015-02-02/',
  defaultFamily: 'read',
  errors: QUERY_ERRORS,
  operations: {
    DescribeReplicationGroups: {
      handle(input, ctx) {
        const p = page(ctx.data.cacheReplicationGroups ?? [], input, ctx, 'DescribeReplicationGroups')
        return {
          ReplicationGroups: new XmlList(
            'ReplicationGroup',
            p.items.map((g) => ({
              ReplicationGroupId: g.id,
              ARN: arn(ctx, 'replicationgroup', g.id),
              Engine: g.engine ?? 'redis',
              Status: 'available',
              MemberClusters: new XmlList('ClusterId', g.members),
              AutomaticFailover: g.automaticFailover ?? 'disabled',
              MultiAZ: g.automaticFailover === 'enabled' ? 'enabled' : 'disabled',
              SnapshotRetentionLimit: g.snapshotRetentionLimit ?? 0,
              AtRestEncryptionEnabled: g.atRestEncryption ?? false,
              TransitEncryptionEnabled: g.transitEncryption ?? false,
              TransitEncryptionMode: g.transitEncryption ? (g.transitEncryptionMode ?? 'required') : undefined,
              AuthTokenEnabled: g.authToken ?? false,
              UserGroupIds: g.userGroupIds ?? [],
              AutoMinorVersionUpgrade: true,
            })),
          ),
          Marker: p.next,
        }
      },
    },
    DescribeCacheClusters: {
      handle(input, ctx) {
        const p = page(ctx.data.cacheClusters ?? [], input, ctx, 'DescribeCacheClusters')
        const showNodes = input.ShowCacheNodeInfo === 'true'
        return {
          CacheClusters: new XmlList(
            'CacheCluster',
            p.items.map((c) => {
              const port = c.port ?? (c.engine === 'memcached' ? 11211 : 6379)
              const host = `${c.id}.abc123.cache.amazonaws.com`
              return {
                CacheClusterId: c.id,
                ARN: arn(ctx, 'cluster', c.id),
                Engine: c.engine,
                EngineVersion: c.engineVersion ?? (c.engine === 'memcached' ? '1.6.22' : '7.1'),
                CacheClusterStatus: 'available',
                NumCacheNodes: c.nodes ?? 1,
                ReplicationGroupId: c.replicationGroupId,
                AutoMinorVersionUpgrade: c.autoMinorVersionUpgrade ?? true,
                CacheSubnetGroupName: c.subnetGroup ?? 'default',
                SecurityGroups: (c.securityGroupIds ?? []).map((id) => ({ SecurityGroupId: id, Status: 'active' })),
                ConfigurationEndpoint: c.engine === 'memcached' ? { Address: host, Port: port } : undefined,
                CacheNodes: showNodes ? new XmlList('CacheNode', Array.from({ length: c.nodes ?? 1 }, (_, n) => ({ CacheNodeId: String(n + 1).padStart(4, '0'), Endpoint: { Address: host, Port: port } }))) : undefined,
                TransitEncryptionEnabled: c.transitEncryption ?? false,
                AtRestEncryptionEnabled: false,
                AuthTokenEnabled: false,
                SnapshotRetentionLimit: c.snapshotRetentionLimit ?? 0,
              }
            }),
          ),
          Marker: p.next,
        }
      },
    },
  },
}
