import check from './elasticache-replication-group-automatic-failover.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheReplicationGroup } from '../../../test/factories/index.js'

const rg = 'Rg:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    Engine: valkey\n    CacheNodeType: cache.r7g.large\n    NumCacheClusters: 2\n'
const tf = (extra: string) => `resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  engine               = "valkey"\n  node_type            = "cache.r7g.large"\n  num_cache_clusters   = 2\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'enabled', resource: cacheReplicationGroup() }, { name: 'being enabled', resource: cacheReplicationGroup({ automaticFailover: 'enabling' }) }],
  invalid: [{ name: 'disabled', resource: cacheReplicationGroup({ automaticFailover: 'disabled' }), messageId: 'disabled', at: 'automaticFailover' }],
  unknown: [{ name: 'from a condition', resource: cacheReplicationGroup({ unresolved: { automaticFailover: '!If HasReplica' } }) }],
  iac: {
    cloudformation: { good: [rg + '    AutomaticFailoverEnabled: true\n'], bad: [rg] },
    terraform: { good: [tf('  automatic_failover_enabled = true\n')], bad: [tf('')] },
  },
})
