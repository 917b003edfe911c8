import check from './elasticache-replication-group-auth-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheReplicationGroup } from '../../../test/factories/index.js'

const rg = 'Rg:\n  Type: AWS::ElastiCache::ReplicationGroup\n  Properties:\n    ReplicationGroupDescription: sessions\n    Engine: valkey\n    CacheNodeType: cache.r7g.large\n    NumCacheClusters: 2\n'
const tf = (extra: string) => `resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "sessions"\n  description          = "sessions"\n  engine               = "valkey"\n  node_type            = "cache.r7g.large"\n  num_cache_clusters   = 2\n${extra}}\n`

testCheck(check, {
  valid: [
    { name: 'RBAC user group', resource: cacheReplicationGroup() },
    { name: 'AUTH token', resource: cacheReplicationGroup({ userGroupIds: [], authTokenEnabled: true, engine: 'redis', engineVersion: '5.0.6' }) },
  ],
  invalid: [{ name: 'no authentication', resource: cacheReplicationGroup({ userGroupIds: [], authTokenEnabled: false }), messageId: 'none', at: 'authTokenEnabled' }],
  unknown: [{ name: 'user groups from a parameter', resource: cacheReplicationGroup({ userGroupIds: [], unresolved: { userGroupIds: '!Ref Groups' } }) }],
  iac: {
    cloudformation: {
      good: [rg + '    TransitEncryptionEnabled: true\n    AuthToken: "{{resolve:secretsmanager:cache-auth}}"\n', rg + '    TransitEncryptionEnabled: true\n    UserGroupIds: [sessions-users]\n'],
      bad: [rg + '    TransitEncryptionEnabled: true\n'],
    },
    terraform: {
      good: [tf('  transit_encryption_enabled = true\n  user_group_ids             = ["sessions-users"]\n')],
      bad: [tf('  transit_encryption_enabled = true\n')],
    },
  },
})
