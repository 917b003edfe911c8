import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-replication-group-automatic-failover',
    resourceType: 'elasticache.replication-group',
    title: 'ElastiCache replication group fails over automatically',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that automatic failover is enabled (or being enabled) for each Valkey or Redis OSS replication group, so that a replica is promoted when the primary fails. It requires at least one replica.',
    risk: 'Without automatic failover, a failed primary leaves the group unable to accept writes until someone intervenes by hand.',
    remediation: {
      text: 'Add a replica if there is none, then enable automatic failover (and Multi-AZ, so replicas sit in other zones).',
      cli: 'aws elasticache modify-replication-group --replication-group-id <group> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  ReplicationGroupDescription: sessions\n  Engine: valkey\n  CacheNodeType: cache.r7g.large\n  NumCacheClusters: 2\n  AutomaticFailoverEnabled: true\n  MultiAZEnabled: true',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  replication_group_id       = "sessions"\n  description                = "sessions"\n  engine                     = "valkey"\n  node_type                  = "cache.r7g.large"\n  num_cache_clusters         = 2\n  automatic_failover_enabled = true\n  multi_az_enabled           = true\n}',
    },
    messages: {
      enabled: 'Replication group {{name}} fails over automatically.',
      disabled: 'Replication group {{name}} has automatic failover {{state}}.',
    },
  },
  evaluate(g, { pass, fail }) {
    const state = g.automaticFailover.toLowerCase()
    return state === 'enabled' || state === 'enabling' ? pass('enabled', { name: g.name }) : fail('disabled', { data: { name: g.name, state }, at: 'automaticFailover' })
  },
})
