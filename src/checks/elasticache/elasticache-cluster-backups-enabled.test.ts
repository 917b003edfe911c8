import check from './elasticache-cluster-backups-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheCluster } from '../../../test/factories/index.js'

const cl = (engine: string, extra = '') => `Cache:\n  Type: AWS::ElastiCache::CacheCluster\n  Properties:\n    Engine: ${engine}\n    CacheNodeType: cache.t4g.small\n    NumCacheNodes: 1\n${extra}`
const tf = (engine: string, extra = '') => `resource "aws_elasticache_cluster" "c" {\n  cluster_id      = "jobs"\n  engine          = "${engine}"\n  node_type       = "cache.t4g.small"\n  num_cache_nodes = 1\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'stand-alone Redis with backups', resource: cacheCluster({ engine: 'redis', snapshotRetentionLimit: 3 }) }],
  invalid: [
    { name: 'stand-alone Valkey without backups', resource: cacheCluster({ engine: 'valkey', snapshotRetentionLimit: 0 }), messageId: 'off', at: 'snapshotRetentionLimit' },
    { name: 'below the configured minimum', resource: cacheCluster({ engine: 'redis', snapshotRetentionLimit: 1 }), options: { minRetentionDays: 3 }, messageId: 'short' },
  ],
  unknown: [{ name: 'from a parameter', resource: cacheCluster({ engine: 'redis', unresolved: { snapshotRetentionLimit: '!Ref Days' } }) }],
  skip: [
    { name: 'Memcached', resource: cacheCluster() },
    { name: 'replication group member', resource: cacheCluster({ engine: 'redis', replicationGroupId: 'sessions' }) },
  ],
  iac: {
    cloudformation: { good: [cl('redis', '    SnapshotRetentionLimit: 7\n')], bad: [cl('redis')] },
    terraform: { good: [tf('redis', '  snapshot_retention_limit = 7\n')], bad: [tf('redis')] },
  },
})
