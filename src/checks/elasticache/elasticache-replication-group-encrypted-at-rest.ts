import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-replication-group-encrypted-at-rest',
    resourceType: 'elasticache.replication-group',
    title: 'ElastiCache replication group is encrypted at rest',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each Valkey or Redis OSS replication group encrypts data at rest: what the nodes write to disk during sync, backup and swap, and the backups kept in S3. (Memcached clusters keep nothing on disk and have no such setting.)',
    risk: 'Unencrypted backups and swap files hold a copy of the cache — often sessions, tokens and personal data — readable by anyone who obtains the backup or the storage.',
    remediation: {
      text: 'At-rest encryption is chosen at creation: back the group up, create a new encrypted group from the backup (optionally with a customer managed KMS key), switch clients and delete the old group.',
      cli: 'aws elasticache create-snapshot --replication-group-id <group> --snapshot-name <group>-migrate\naws elasticache create-replication-group --replication-group-id <group>-enc --replication-group-description "encrypted" --snapshot-name <group>-migrate --at-rest-encryption-enabled --transit-encryption-enabled --engine valkey --cache-node-type <type>',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  ReplicationGroupDescription: sessions\n  Engine: valkey\n  CacheNodeType: cache.r7g.large\n  NumCacheClusters: 2\n  AtRestEncryptionEnabled: true',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  replication_group_id       = "sessions"\n  description                = "sessions"\n  engine                     = "valkey"\n  node_type                  = "cache.r7g.large"\n  num_cache_clusters         = 2\n  at_rest_encryption_enabled = true\n}',
    },
    messages: {
      encrypted: 'Replication group {{name}} is encrypted at rest.',
      unencrypted: 'Replication group {{name}} is not encrypted at rest.',
    },
  },
  evaluate(g, { pass, fail }) {
    return g.atRestEncryption ? pass('encrypted', { name: g.name }) : fail('unencrypted', { data: { name: g.name }, at: 'atRestEncryption' })
  },
})
