import check from './elasticache-cluster-not-default-subnet-group.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheCluster } from '../../../test/factories/index.js'

const cl = (engine: string, extra = '') => `Cache:\n  Type: AWS::ElastiCache::CacheCluster\n  Properties:\n    Engine: ${engine}\n    CacheNodeType: cache.t4g.small\n    NumCacheNodes: 1\n${extra}`
const tf = (engine: string, extra = '') => `resource "aws_elasticache_cluster" "c" {\n  cluster_id      = "jobs"\n  engine          = "${engine}"\n  node_type       = "cache.t4g.small"\n  num_cache_nodes = 1\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'own subnet group', resource: cacheCluster() }],
  invalid: [{ name: 'default', resource: cacheCluster({ cacheSubnetGroupName: 'default' }), messageId: 'default', at: 'cacheSubnetGroupName' }],
  unknown: [
    { name: 'no subnet group reported', resource: cacheCluster({ cacheSubnetGroupName: undefined }) },
    { name: 'from a parameter', resource: cacheCluster({ unresolved: { cacheSubnetGroupName: '!Ref Subnets' } }) },
  ],
  iac: {
    cloudformation: { good: [cl('memcached', '    CacheSubnetGroupName: cache-private\n')], bad: [cl('memcached')] },
    terraform: { good: [tf('memcached', '  subnet_group_name = "cache-private"\n')], bad: [tf('memcached')] },
  },
})
