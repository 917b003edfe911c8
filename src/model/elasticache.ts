import type { ResourceBase } from './common.js'

/**
 * `elasticache.replication-group`: a Valkey or Redis OSS replication group (node-based; every
 * cluster-mode-enabled or multi-node Valkey/Redis deployment is one). Memcached has no
 * replication groups.
 */
export interface ElastiCacheReplicationGroup extends ResourceBase {
  replicationGroupId: string
  /** `redis` or `valkey`. */
  engine: string
  /** Engine version of the member clusters, when known. */
  engineVersion?: string
  status?: string
  atRestEncryption: boolean
  kmsKeyId?: string
  transitEncryption: boolean
  /** `preferred` accepts unencrypted connections too (a migration state); `required` does not. */
  transitEncryptionMode?: 'preferred' | 'required'
  /** Valkey/Redis AUTH token set. */
  authTokenEnabled: boolean
  /** Role-based access control: user groups attached to the group. */
  userGroupIds: string[]
  /** Days automatic backups are kept; 0 = automatic backups are off. */
  snapshotRetentionLimit: number
  /** `enabled`, `disabled`, `enabling`, `disabling`. */
  automaticFailover: string
  multiAz?: string
  memberClusters: string[]
  autoMinorVersionUpgrade?: boolean
}

/**
 * `elasticache.cluster`: a node-based cache cluster (DescribeCacheClusters): a Memcached
 * cluster, a stand-alone Valkey/Redis node, or a node of a replication group
 * (`replicationGroupId` set; its encryption, AUTH and backups are the group's).
 */
export interface ElastiCacheCluster extends ResourceBase {
  cacheClusterId: string
  /** `redis`, `valkey` or `memcached`. */
  engine: string
  engineVersion?: string
  replicationGroupId?: string
  status?: string
  atRestEncryption: boolean
  transitEncryption: boolean
  transitEncryptionMode?: 'preferred' | 'required'
  authTokenEnabled: boolean
  snapshotRetentionLimit: number
  autoMinorVersionUpgrade: boolean
  /** `default` is the subnet group ElastiCache creates in the default VPC. */
  cacheSubnetGroupName?: string
  securityGroupIds: string[]
  /** The port clients connect to (absent when the source does not know it). */
  port?: number
  numCacheNodes?: number
}
