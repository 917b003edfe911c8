/**
 * aws_opensearch_domain and the legacy aws_elasticsearch_domain (+ aws_opensearch_domain_policy
 * / aws_elasticsearch_domain_policy) → `opensearch.domain`. Defaults: no encryption, HTTP
 * allowed, a public endpoint (no vpc_options), no fine-grained access control, no log
 * publishing, one data node without zone awareness. A TLS policy left out is not filled in.
 */
import type { OpenSearchLogPublishing } from '../../../model/opensearch.js'
import { identity, Unknown } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptOpenSearch(ctx: AdapterContext): void {
  const domainPolicies = [...ctx.byType('aws_opensearch_domain_policy'), ...ctx.byType('aws_elasticsearch_domain_policy')]
  for (const inst of [...ctx.byType('aws_opensearch_domain'), ...ctx.byType('aws_elasticsearch_domain')]) {
    const f = new Fields(ctx, inst)
    const legacy = inst.type === 'aws_elasticsearch_domain'
    const name = f.ident('domainName', inst.values.domain_name ?? inst.computed('domain_name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const version = legacy ? f.str('engineVersion', 'elasticsearch_version') : f.str('engineVersion', 'engine_version')
    const hasVpc = f.get('vpc_options.0') !== undefined
    const vpc = hasVpc ? { subnetIds: f.strList('vpc.subnetIds', 'vpc_options.0.subnet_ids') ?? [], securityGroupIds: f.strList('vpc.securityGroupIds', 'vpc_options.0.security_group_ids') ?? [] } : null
    if (hasVpc) f.locate('vpc', 'vpc_options')
    const logs: Record<string, OpenSearchLogPublishing> = {}
    const logBlocks = f.get('log_publishing_options')
    if (logBlocks instanceof Unknown) f.mark('logPublishing', logBlocks.reason)
    blocksOf(logBlocks).forEach((b, i) => {
      const type = typeof b.log_type === 'string' ? b.log_type : undefined
      if (!type) {
        f.mark('logPublishing', `log_publishing_options ${i + 1}: log_type is not known`)
        return
      }
      f.locate(`logPublishing.${type}`, `log_publishing_options.${i}`)
      const enabled = b.enabled
      if (enabled instanceof Unknown) f.mark(`logPublishing.${type}`, enabled.reason)
      const group = identity(b.cloudwatch_log_group_arn)
      logs[type] = { enabled: enabled instanceof Unknown ? false : enabled !== false && enabled !== 'false', ...(group ? { logGroupArn: group } : {}) }
    })
    let accessPolicy = f.policy('accessPolicy', 'access_policies') ?? null
    const joined: TfInstance[] = []
    for (const p of domainPolicies) {
      const target = identity(p.values.domain_name)
      if (target === undefined) {
        if (p.values.domain_name instanceof Unknown) f.mark('accessPolicy', `${p.address}: domain_name ${p.values.domain_name.reason}`)
        continue
      }
      if (target !== name) continue
      joined.push(p)
      f.locateResource('accessPolicy', p)
      accessPolicy = f.policy('accessPolicy', 'access_policies', p) ?? null
    }
    const tls = f.str('tlsSecurityPolicy', 'domain_endpoint_options.0.tls_security_policy')
    const kmsKeyId = f.id('kmsKeyId', 'encrypt_at_rest.0.kms_key_id')
    const internalDb = f.bool('internalUserDatabase', 'advanced_security_options.0.internal_user_database_enabled')
    const masterCount = f.num('dedicatedMasterCount', 'cluster_config.0.dedicated_master_count')
    ctx.emit(
      'opensearch.domain',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        domainName: name,
        ...(version ? { engineVersion: version } : {}),
        encryptionAtRest: f.bool('encryptionAtRest', 'encrypt_at_rest.0.enabled') ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        nodeToNodeEncryption: f.bool('nodeToNodeEncryption', 'node_to_node_encryption.0.enabled') ?? false,
        enforceHttps: f.bool('enforceHttps', 'domain_endpoint_options.0.enforce_https') ?? false,
        ...(tls ? { tlsSecurityPolicy: tls } : {}),
        vpc,
        accessPolicy,
        fineGrainedAccessControl: f.bool('fineGrainedAccessControl', 'advanced_security_options.0.enabled') ?? false,
        ...(internalDb !== undefined ? { internalUserDatabase: internalDb } : {}),
        logPublishing: logs,
        instanceCount: f.num('instanceCount', 'cluster_config.0.instance_count') ?? 1,
        dedicatedMasterEnabled: f.bool('dedicatedMasterEnabled', 'cluster_config.0.dedicated_master_enabled') ?? false,
        ...(masterCount !== undefined ? { dedicatedMasterCount: masterCount } : {}),
        zoneAwareness: f.bool('zoneAwareness', 'cluster_config.0.zone_awareness_enabled') ?? false,
      }),
      inst,
      joined,
    )
  }
}
