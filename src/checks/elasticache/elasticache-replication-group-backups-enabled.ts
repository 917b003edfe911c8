import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-replication-group-backups-enabled',
    resourceType: 'elasticache.replication-group',
    title: 'ElastiCache replication group takes automatic backups',
    severity: 'high',
    categories: ['resilience'],
    description: 'Checks that automatic daily backups are on (a snapshot retention limit of at least `minRetentionDays`, default 1) for each Valkey or Redis OSS replication group.',
    risk: 'When a cache holds data that exists nowhere else (sessions, queues, leaderboards), losing the group — a bad FLUSHALL, an engine failure, a deleted group — loses the data for good.',
    remediation: {
      text: 'Set a snapshot retention limit (for example 7 days) and a snapshot window.',
      cli: 'aws elasticache modify-replication-group --replication-group-id <group> --snapshot-retention-limit 7 --snapshot-window 03:00-04:00 --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  ReplicationGroupDescription: sessions\n  Engine: valkey\n  CacheNodeType: cache.r7g.large\n  NumCacheClusters: 2\n  SnapshotRetentionLimit: 7',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  replication_group_id     = "sessions"\n  description              = "sessions"\n  engine                   = "valkey"\n  node_type                = "cache.r7g.large"\n  num_cache_clusters       = 2\n  snapshot_retention_limit = 7\n}',
    },
    messages: {
      enabled: 'Replication group {{name}} keeps automatic backups for {{days}} days.',
      off: 'Replication group {{name}} takes no automatic backups.',
      short: 'Replication group {{name}} keeps automatic backups for only {{days}} days (at least {{min}} expected).',
    },
    options: { minRetentionDays: 1 },
  },
  evaluate(g, { pass, fail, options }) {
    const min = Number(options.minRetentionDays ?? 1)
    const days = g.snapshotRetentionLimit
    if (days <= 0) return fail('off', { data: { name: g.name }, at: 'snapshotRetentionLimit' })
    if (days < min) return fail('short', { data: { name: g.name, days, min }, at: 'snapshotRetentionLimit' })
    return pass('enabled', { name: g.name, days })
  },
})
