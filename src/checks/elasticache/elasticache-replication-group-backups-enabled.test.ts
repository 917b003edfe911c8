import check from './elasticache-replication-group-backups-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheReplicationGroup } from '../../../test/factories/index.js'

const rg = 'Rg:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    Engine: valkey\n    CacheNodeType: cache.r7g.large\n    NumCacheClusters: 2\n'
const tf = (extra: string) => `resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  engine               = "valkey"\n  node_type            = "cache.r7g.large"\n  num_cache_clusters   = 2\n${extra}}\n`

testCheck(check, {
  valid: [{ name: '7 days', resource: cacheReplicationGroup() }],
  invalid: [
    { name: 'off', resource: cacheReplicationGroup({ snapshotRetentionLimit: 0 }), messageId: 'off', at: 'snapshotRetentionLimit' },
    { name: 'below the configured minimum', resource: cacheReplicationGroup({ snapshotRetentionLimit: 2 }), options: { minRetentionDays: 7 }, messageId: 'short' },
  ],
  unknown: [{ name: 'from a parameter', resource: cacheReplicationGroup({ unresolved: { snapshotRetentionLimit: '!Ref Days' } }) }],
  iac: {
    cloudformation: { good: [rg + '    SnapshotRetentionLimit: 5\n'], bad: [rg] },
    terraform: { good: [tf('  snapshot_retention_limit = 5\n')], bad: [tf('')] },
  },
})
