import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-replication-group-auth-enabled',
    resourceType: 'elasticache.replication-group',
    title: 'ElastiCache replication group requires clients to authenticate',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that each Valkey or Redis OSS replication group authenticates clients, either with an AUTH token or with role-based access control (user groups, which also carry IAM authentication). Without either, every connection is the all-powerful default user.',
    risk: 'Anything that can open a connection to the cache port — any workload in the VPC, a compromised container — can read every key, overwrite sessions, flush the data, or use the engine\'s scripting to pivot.',
    remediation: {
      text: 'Attach an RBAC user group whose default user is disabled (Valkey 7.2+/Redis 6+), or set an AUTH token; both require in-transit encryption.',
      cli: 'aws elasticache modify-replication-group --replication-group-id <group> --user-group-ids-to-add <user-group> --apply-immediately\n# or, for older engines:\naws elasticache modify-replication-group --replication-group-id <group> --auth-token <token> --auth-token-update-strategy SET --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  ReplicationGroupDescription: sessions\n  Engine: valkey\n  CacheNodeType: cache.r7g.large\n  NumCacheClusters: 2\n  TransitEncryptionEnabled: true\n  UserGroupIds: [!Ref SessionUsers]',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  replication_group_id       = "sessions"\n  description                = "sessions"\n  engine                     = "valkey"\n  node_type                  = "cache.r7g.large"\n  num_cache_clusters         = 2\n  transit_encryption_enabled = true\n  user_group_ids             = [aws_elasticache_user_group.sessions.id]\n}',
    },
    messages: {
      rbac: 'Replication group {{name}} authenticates clients through user groups ({{groups}}).',
      token: 'Replication group {{name}} requires an AUTH token.',
      none: 'Replication group {{name}} lets any client connect without authenticating.',
    },
  },
  evaluate(g, { pass, fail }) {
    if (g.userGroupIds.length) return pass('rbac', { name: g.name, groups: g.userGroupIds.join(', ') })
    if (g.authTokenEnabled) return pass('token', { name: g.name })
    return fail('none', { data: { name: g.name }, at: 'authTokenEnabled' })
  },
})
