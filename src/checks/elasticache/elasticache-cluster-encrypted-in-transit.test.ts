import check from './elasticache-cluster-encrypted-in-transit.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheCluster } from '../../../test/factories/index.js'

const cl = (engine: string, extra = '') => `Cache:\n  Type: AWS::ElastiCache::CacheCluster\n  Properties:\n    Engine: ${engine}\n    CacheNodeType: cache.t4g.small\n    NumCacheNodes: 1\n${extra}`
const tf = (engine: string, extra = '') => `resource "aws_elasticache_cluster" "c" {\n  cluster_id      = "jobs"\n  engine          = "${engine}"\n  node_type       = "cache.t4g.small"\n  num_cache_nodes = 1\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'Memcached with TLS', resource: cacheCluster() }],
  invalid: [
    { name: 'Memcached without TLS', resource: cacheCluster({ transitEncryption: false }), messageId: 'off', at: 'transitEncryption' },
    { name: 'stand-alone Redis in preferred mode', resource: cacheCluster({ engine: 'redis', transitEncryptionMode: 'preferred' }), messageId: 'preferred' },
  ],
  unknown: [{ name: 'from a parameter', resource: cacheCluster({ unresolved: { transitEncryption: '!Ref Tls' } }) }],
  skip: [{ name: 'replication group member', resource: cacheCluster({ engine: 'redis', replicationGroupId: 'sessions', transitEncryption: false }) }],
  iac: {
    cloudformation: { good: [cl('memcached', '    EngineVersion: 1.6.22\n    TransitEncryptionEnabled: true\n')], bad: [cl('memcached')] },
    terraform: { good: [tf('memcached', '  transit_encryption_enabled = true\n')], bad: [tf('memcached')] },
  },
})
