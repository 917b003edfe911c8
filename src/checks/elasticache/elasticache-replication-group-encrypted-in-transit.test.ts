import check from './elasticache-replication-group-encrypted-in-transit.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheReplicationGroup } from '../../../test/factories/index.js'

const rg = 'Rg:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    Engine: valkey\n    CacheNodeType: cache.r7g.large\n    NumCacheClusters: 2\n'
const tf = (extra: string) => `resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  engine               = "valkey"\n  node_type            = "cache.r7g.large"\n  num_cache_clusters   = 2\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'TLS required', resource: cacheReplicationGroup() }, { name: 'TLS on, mode not reported (older engines: always required)', resource: cacheReplicationGroup({ transitEncryptionMode: undefined }) }],
  invalid: [
    { name: 'TLS off', resource: cacheReplicationGroup({ transitEncryption: false, transitEncryptionMode: undefined }), messageId: 'off', at: 'transitEncryption' },
    { name: 'preferred mode', resource: cacheReplicationGroup({ transitEncryptionMode: 'preferred' }), messageId: 'preferred', at: 'transitEncryptionMode' },
  ],
  unknown: [{ name: 'from a variable', resource: cacheReplicationGroup({ unresolved: { transitEncryption: 'var.tls' } }) }],
  iac: {
    cloudformation: { good: [rg + '    TransitEncryptionEnabled: true\n    TransitEncryptionMode: required\n'], bad: [rg, rg + '    TransitEncryptionEnabled: true\n    TransitEncryptionMode: preferred\n'] },
    terraform: { good: [tf('  transit_encryption_enabled = true\n')], bad: [tf(''), tf('  transit_encryption_enabled = true\n  transit_encryption_mode    = "preferred"\n')] },
  },
})
