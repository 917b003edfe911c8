import { defineCheck } from '../../core/check.js'
import { isRedisLike } from '../../analysis/elasticache-engines.js'

export default defineCheck({
  meta: {
    id: 'elasticache-cluster-backups-enabled',
    resourceType: 'elasticache.cluster',
    title: 'Stand-alone Valkey or Redis OSS cache cluster takes automatic backups',
    severity: 'high',
    categories: ['resilience'],
    description: 'Checks that automatic backups are on (snapshot retention limit of at least `minRetentionDays`, default 1) for single-node Valkey and Redis OSS clusters that do not belong to a replication group. Members of a replication group are backed up through the group (elasticache-replication-group-backups-enabled); Memcached has no backups and is skipped.',
    risk: 'A single node without backups loses everything it holds when the node fails or the cluster is deleted.',
    remediation: {
      text: 'Set a snapshot retention limit on the cluster (or, better, move it into a replication group with a replica and backups).',
      cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <cluster> --snapshot-retention-limit 7 --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::CacheCluster\nProperties:\n  Engine: redis\n  CacheNodeType: cache.t4g.small\n  NumCacheNodes: 1\n  SnapshotRetentionLimit: 7',
      terraform: 'resource "aws_elasticache_cluster" "this" {\n  cluster_id               = "jobs"\n  engine                   = "redis"\n  node_type                = "cache.t4g.small"\n  num_cache_nodes          = 1\n  snapshot_retention_limit = 7\n}',
    },
    messages: {
      enabled: 'Cache cluster {{name}} keeps automatic backups for {{days}} days.',
      off: 'Cache cluster {{name}} takes no automatic backups.',
      short: 'Cache cluster {{name}} keeps automatic backups for only {{days}} days (at least {{min}} expected).',
    },
    options: { minRetentionDays: 1 },
  },
  evaluate(c, { pass, fail, skip, options }) {
    if (!isRedisLike(c.engine)) return skip(`${c.engine} has no backups`)
    if (c.replicationGroupId) return skip(`backed up through replication group ${c.replicationGroupId}`)
    const min = Number(options.minRetentionDays ?? 1)
    const days = c.snapshotRetentionLimit
    if (days <= 0) return fail('off', { data: { name: c.name }, at: 'snapshotRetentionLimit' })
    if (days < min) return fail('short', { data: { name: c.name, days, min }, at: 'snapshotRetentionLimit' })
    return pass('enabled', { name: c.name, days })
  },
})
