import check from './elasticache-replication-group-encrypted-at-rest.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheReplicationGroup } from '../../../test/factories/index.js'

const rg = 'Rg:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    Engine: valkey\n    CacheNodeType: cache.r7g.large\n    NumCacheClusters: 2\n'
const tf = (extra: string) => `resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  engine               = "valkey"\n  node_type            = "cache.r7g.large"\n  num_cache_clusters   = 2\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'encrypted', resource: cacheReplicationGroup() }],
  invalid: [{ name: 'unencrypted', resource: cacheReplicationGroup({ atRestEncryption: false }), messageId: 'unencrypted', at: 'atRestEncryption' }],
  unknown: [
    { name: 'from a parameter', resource: cacheReplicationGroup({ unresolved: { atRestEncryption: '!Ref Encrypt' } }) },
    { name: 'groups could not be listed', resource: cacheReplicationGroup(), gaps: [{ resourceType: 'elasticache.replication-group', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: { good: [rg + '    AtRestEncryptionEnabled: true\n'], bad: [rg] },
    terraform: { good: [tf('  at_rest_encryption_enabled = true\n')], bad: [tf('')] },
  },
})
