import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-replication-group-encrypted-in-transit',
    resourceType: 'elasticache.replication-group',
    title: 'ElastiCache replication group requires TLS',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks that in-transit encryption is on and in `required` mode for each Valkey or Redis OSS replication group. The `preferred` mode, meant only for migrating, still accepts unencrypted connections and fails.',
    risk: 'Without TLS, commands, cached values and the AUTH token cross the network in clear text, readable by anything that can observe traffic in the VPC (a compromised instance, a mirrored port).',
    remediation: {
      text: 'Turn in-transit encryption on (preferred mode first, update clients to TLS, then switch to required).',
      cli: 'aws elasticache modify-replication-group --replication-group-id <group> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately\n# once every client uses TLS:\naws elasticache modify-replication-group --replication-group-id <group> --transit-encryption-mode required --apply-immediately',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  ReplicationGroupDescription: sessions\n  Engine: valkey\n  CacheNodeType: cache.r7g.large\n  NumCacheClusters: 2\n  TransitEncryptionEnabled: true\n  TransitEncryptionMode: required',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  replication_group_id       = "sessions"\n  description                = "sessions"\n  engine                     = "valkey"\n  node_type                  = "cache.r7g.large"\n  num_cache_clusters         = 2\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}',
    },
    messages: {
      required: 'Replication group {{name}} requires TLS.',
      off: 'Replication group {{name}} does not encrypt traffic in transit.',
      preferred: 'Replication group {{name}} encrypts in transit only in preferred mode: unencrypted connections are still accepted.',
    },
  },
  evaluate(g, { pass, fail }) {
    if (!g.transitEncryption) return fail('off', { data: { name: g.name }, at: 'transitEncryption' })
    if (g.transitEncryptionMode === 'preferred') return fail('preferred', { data: { name: g.name }, at: 'transitEncryptionMode' })
    return pass('required', { name: g.name })
  },
})
