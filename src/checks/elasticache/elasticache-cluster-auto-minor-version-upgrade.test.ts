import check from './elasticache-cluster-auto-minor-version-upgrade.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheCluster } from '../../../test/factories/index.js'

const cl = (engine: string, extra = '') => `Cache:\n  Type: AWS::ElastiCache::CacheCluster\n  Properties:\n    Engine: ${engine}\n    CacheNodeType: cache.t4g.small\n    NumCacheNodes: 1\n${extra}`
const tf = (engine: string, extra = '') => `resource "aws_elasticache_cluster" "c" {\n  cluster_id      = "jobs"\n  engine          = "${engine}"\n  node_type       = "cache.t4g.small"\n  num_cache_nodes = 1\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'on', resource: cacheCluster() }],
  invalid: [{ name: 'off', resource: cacheCluster({ autoMinorVersionUpgrade: false }), messageId: 'disabled', at: 'autoMinorVersionUpgrade' }],
  unknown: [{ name: 'from a parameter', resource: cacheCluster({ unresolved: { autoMinorVersionUpgrade: '!Ref Upgrade' } }) }],
  iac: {
    cloudformation: { good: [cl('memcached')], bad: [cl('memcached', '    AutoMinorVersionUpgrade: false\n')] },
    terraform: { good: [tf('memcached')], bad: [tf('redis', '  auto_minor_version_upgrade = false\n')] },
  },
})
