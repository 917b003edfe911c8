import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-cluster-auto-minor-version-upgrade',
    resourceType: 'elasticache.cluster',
    title: 'ElastiCache cluster receives minor engine upgrades automatically',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Checks that automatic minor version upgrades are on for each cache cluster (Memcached, Valkey, Redis OSS; replication group members included), so that security patches of the engine are applied in the maintenance window.',
    risk: 'Engine vulnerabilities stay open until someone schedules an upgrade by hand.',
    remediation: {
      text: 'Turn automatic minor version upgrade on (for a replication group, modify the group).',
      cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <cluster> --auto-minor-version-upgrade --apply-immediately\n# replication group members:\naws elasticache modify-replication-group --replication-group-id <group> --auto-minor-version-upgrade --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::CacheCluster\nProperties:\n  Engine: memcached\n  CacheNodeType: cache.t4g.small\n  NumCacheNodes: 2\n  AutoMinorVersionUpgrade: true',
      terraform: 'resource "aws_elasticache_cluster" "this" {\n  cluster_id                 = "page-cache"\n  engine                     = "memcached"\n  node_type                  = "cache.t4g.small"\n  num_cache_nodes            = 2\n  auto_minor_version_upgrade = true\n}',
    },
    messages: {
      enabled: 'Cache cluster {{name}} receives minor engine upgrades automatically.',
      disabled: 'Cache cluster {{name}} does not receive minor engine upgrades automatically.',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.autoMinorVersionUpgrade ? pass('enabled', { name: c.name }) : fail('disabled', { data: { name: c.name }, at: 'autoMinorVersionUpgrade' })
  },
})
