import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elasticache-cluster-encrypted-in-transit',
    resourceType: 'elasticache.cluster',
    title: 'Stand-alone ElastiCache cluster requires TLS',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks in-transit encryption of cache clusters that are not part of a replication group: Memcached clusters (TLS from Memcached 1.6.12) and single-node Valkey or Redis OSS clusters. Replication group members follow the group (elasticache-replication-group-encrypted-in-transit). A cluster in `preferred` mode still accepts clear-text connections and fails.',
    risk: 'Without TLS, cached values, keys and credentials cross the VPC network in clear text.',
    remediation: {
      text: 'Recreate Memcached clusters with in-transit encryption (it cannot be turned on later) on engine 1.6.12 or later; for a stand-alone Valkey/Redis node, enable TLS or move it into a replication group with TLS required.',
      cli: 'aws elasticache create-cache-cluster --cache-cluster-id <cluster>-tls --engine memcached --engine-version 1.6.22 --cache-node-type <type> --num-cache-nodes 2 --transit-encryption-enabled',
      cloudformation: 'Type: AWS::ElastiCache::CacheCluster\nProperties:\n  Engine: memcached\n  EngineVersion: 1.6.22\n  CacheNodeType: cache.t4g.small\n  NumCacheNodes: 2\n  TransitEncryptionEnabled: true',
      terraform: 'resource "aws_elasticache_cluster" "this" {\n  cluster_id                 = "page-cache"\n  engine                     = "memcached"\n  engine_version             = "1.6.22"\n  node_type                  = "cache.t4g.small"\n  num_cache_nodes            = 2\n  transit_encryption_enabled = true\n}',
    },
    messages: {
      required: 'Cache cluster {{name}} requires TLS.',
      off: 'Cache cluster {{name}} does not encrypt traffic in transit.',
      preferred: 'Cache cluster {{name}} encrypts in transit only in preferred mode: unencrypted connections are still accepted.',
    },
  },
  evaluate(c, { pass, fail, skip }) {
    if (c.replicationGroupId) return skip(`encryption is set on replication group ${c.replicationGroupId}`)
    if (!c.transitEncryption) return fail('off', { data: { name: c.name }, at: 'transitEncryption' })
    if (c.transitEncryptionMode === 'preferred') return fail('preferred', { data: { name: c.name }, at: 'transitEncryptionMode' })
    return pass('required', { name: c.name })
  },
})
