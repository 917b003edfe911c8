import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-cluster-not-default-subnet-group',
    resourceType: 'elasticache.cluster',
    title: 'ElastiCache cluster uses its own subnet group',
    severity: 'high',
    categories: ['network'],
    description: 'Checks that each cache cluster uses a subnet group of its own rather than `default`, the group ElastiCache creates from the default VPC\'s subnets when none is given. A template that names no subnet group gets `default`.',
    risk: 'The default VPC\'s subnets are all public (they route to an internet gateway) and are shared by everything launched without a network choice, so the cache ends up next to unrelated, often internet-facing workloads.',
    remediation: {
      text: 'Create a subnet group of private subnets for the cache and recreate the cluster in it (the subnet group of an existing cluster cannot be changed).',
      cli: 'aws elasticache create-cache-subnet-group --cache-subnet-group-name cache-private --cache-subnet-group-description "private cache subnets" --subnet-ids <subnet-a> <subnet-b>',
      cloudformation: 'Type: AWS::ElastiCache::CacheCluster\nProperties:\n  Engine: memcached\n  CacheNodeType: cache.t4g.small\n  NumCacheNodes: 2\n  CacheSubnetGroupName: !Ref CacheSubnets',
      terraform: 'resource "aws_elasticache_cluster" "this" {\n  cluster_id        = "page-cache"\n  engine            = "memcached"\n  node_type         = "cache.t4g.small"\n  num_cache_nodes   = 2\n  subnet_group_name = aws_elasticache_subnet_group.private.name\n}',
    },
    messages: {
      own: 'Cache cluster {{name}} uses subnet group {{group}}.',
      default: 'Cache cluster {{name}} uses the default subnet group (the default VPC\'s subnets).',
    },
  },
  evaluate(c, { pass, fail, unknown }) {
    const group = c.cacheSubnetGroupName
    if (group === undefined) return unknown('the subnet group is not known (an EC2-Classic cluster has none)', { at: 'cacheSubnetGroupName' })
    return group.toLowerCase() === 'default' ? fail('default', { data: { name: c.name }, at: 'cacheSubnetGroupName' }) : pass('own', { name: c.name, group })
  },
})
