/**
 * AWS::OpenSearchService::Domain and the legacy AWS::Elasticsearch::Domain → `opensearch.domain`.
 * Defaults: no encryption, HTTP allowed, a public endpoint (no VPCOptions), no fine-grained
 * access control, no log publishing, one data node without zone awareness. A TLS policy left
 * out is not filled in: AWS chooses it.
 */
import type { OpenSearchLogPublishing } from '../../../model/opensearch.js'
import type { Stack } from '../stack.js'
import { asBoolean, asString, isRecord, isUnresolved } from '../values.js'

export function adaptOpenSearch(stack: Stack): void {
  for (const res of [...stack.ofType('AWS::OpenSearchService::Domain'), ...stack.ofType('AWS::Elasticsearch::Domain')]) {
    const f = stack.fields(res)
    const legacy = res.type === 'AWS::Elasticsearch::Domain'
    const domainName = f.str('domainName', ['DomainName']) ?? String(stack.ref(res)).toLowerCase()
    const clusterKey = legacy ? 'ElasticsearchClusterConfig' : 'ClusterConfig'
    const version = legacy ? f.str('engineVersion', ['ElasticsearchVersion']) : f.str('engineVersion', ['EngineVersion'])
    const vpcRaw = f.get(['VPCOptions'])
    let vpc: { subnetIds: string[]; securityGroupIds: string[] } | null = null
    if (isUnresolved(vpcRaw)) f.mark('vpc', vpcRaw.reason)
    else if (isRecord(vpcRaw)) vpc = { subnetIds: f.strList('vpc.subnetIds', ['VPCOptions', 'SubnetIds']) ?? [], securityGroupIds: f.strList('vpc.securityGroupIds', ['VPCOptions', 'SecurityGroupIds']) ?? [] }
    if (vpc) f.locate('vpc', ['VPCOptions'])
    const logs: Record<string, OpenSearchLogPublishing> = {}
    const logRaw = f.get(['LogPublishingOptions'])
    if (isUnresolved(logRaw)) f.mark('logPublishing', logRaw.reason)
    else if (isRecord(logRaw)) {
      for (const [type, opt] of Object.entries(logRaw)) {
        f.locate(`logPublishing.${type}`, ['LogPublishingOptions', type])
        if (isUnresolved(opt)) {
          f.mark(`logPublishing.${type}`, opt.reason)
          logs[type] = { enabled: false }
          continue
        }
        if (!isRecord(opt)) continue
        const enabled = opt.Enabled
        if (isUnresolved(enabled)) f.mark(`logPublishing.${type}`, enabled.reason)
        const group = asString(opt.CloudWatchLogsLogGroupArn)
        // Enabled defaults to true when a log group is given.
        logs[type] = { enabled: isUnresolved(enabled) ? false : (asBoolean(enabled) ?? true), ...(group ? { logGroupArn: group } : {}) }
      }
    }
    const tls = f.str('tlsSecurityPolicy', ['DomainEndpointOptions', 'TLSSecurityPolicy'])
    const kmsKeyId = f.str('kmsKeyId', ['EncryptionAtRestOptions', 'KmsKeyId'])
    const internalDb = f.bool('internalUserDatabase', ['AdvancedSecurityOptions', 'InternalUserDatabaseEnabled'])
    const masterCount = f.num('dedicatedMasterCount', [clusterKey, 'DedicatedMasterCount'])
    stack.emit(
      'opensearch.domain',
      f.finish({
        ...f.base(stack.resourceId(res), domainName, { arn: f.text('arn', stack.getAtt(res, 'Arn')) }),
        domainName,
        ...(version ? { engineVersion: version } : {}),
        encryptionAtRest: f.bool('encryptionAtRest', ['EncryptionAtRestOptions', 'Enabled']) ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        nodeToNodeEncryption: f.bool('nodeToNodeEncryption', ['NodeToNodeEncryptionOptions', 'Enabled']) ?? false,
        enforceHttps: f.bool('enforceHttps', ['DomainEndpointOptions', 'EnforceHTTPS']) ?? false,
        ...(tls ? { tlsSecurityPolicy: tls } : {}),
        vpc,
        accessPolicy: f.policy('accessPolicy', ['AccessPolicies']) ?? null,
        fineGrainedAccessControl: f.bool('fineGrainedAccessControl', ['AdvancedSecurityOptions', 'Enabled']) ?? false,
        ...(internalDb !== undefined ? { internalUserDatabase: internalDb } : {}),
        logPublishing: logs,
        instanceCount: f.num('instanceCount', [clusterKey, 'InstanceCount']) ?? 1,
        dedicatedMasterEnabled: f.bool('dedicatedMasterEnabled', [clusterKey, 'DedicatedMasterEnabled']) ?? false,
        ...(masterCount !== undefined ? { dedicatedMasterCount: masterCount } : {}),
        zoneAwareness: f.bool('zoneAwareness', [clusterKey, 'ZoneAwarenessEnabled']) ?? false,
      }),
      res,
    )
  }
}
