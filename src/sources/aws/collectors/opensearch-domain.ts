import type { DomainStatus } from '@aws-sdk/client-opensearch'
import type { Unresolved } from '../../../model/common.js'
import type { OpenSearchDomain, OpenSearchLogPublishing } from '../../../model/opensearch.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { parsePolicyDocument } from '../policy-document.js'

/** Pure. An empty AccessPolicies string means the domain has no access policy. */
export function mapDomain(d: DomainStatus, where: { region: string; accountId: string; partition: string }): OpenSearchDomain {
  const name = d.DomainName ?? ''
  const arn = d.ARN ?? `arn:${where.partition}:es:${where.region}:${where.accountId}:domain/${name}`
  const unresolved: Unresolved = {}
  let accessPolicy: OpenSearchDomain['accessPolicy'] = null
  if (d.AccessPolicies && d.AccessPolicies.trim()) {
    const parsed = parsePolicyDocument(d.AccessPolicies)
    if (parsed.ok) accessPolicy = parsed.document
    else unresolved.accessPolicy = `ParseError (${parsed.error})`
  }
  const logs: Record<string, OpenSearchLogPublishing> = {}
  for (const [type, opt] of Object.entries(d.LogPublishingOptions ?? {})) logs[type] = { enabled: opt.Enabled ?? false, ...(opt.CloudWatchLogsLogGroupArn ? { logGroupArn: opt.CloudWatchLogsLogGroupArn } : {}) }
  const vpc = d.VPCOptions && (d.VPCOptions.SubnetIds?.length || d.VPCOptions.VPCId) ? { ...(d.VPCOptions.VPCId ? { vpcId: d.VPCOptions.VPCId } : {}), subnetIds: d.VPCOptions.SubnetIds ?? [], securityGroupIds: d.VPCOptions.SecurityGroupIds ?? [] } : null
  const c = d.ClusterConfig
  const out: OpenSearchDomain = {
    id: arn,
    arn,
    name,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    domainName: name,
    ...(d.EngineVersion ? { engineVersion: d.EngineVersion } : {}),
    encryptionAtRest: d.EncryptionAtRestOptions?.Enabled ?? false,
    ...(d.EncryptionAtRestOptions?.KmsKeyId ? { kmsKeyId: d.EncryptionAtRestOptions.KmsKeyId } : {}),
    nodeToNodeEncryption: d.NodeToNodeEncryptionOptions?.Enabled ?? false,
    enforceHttps: d.DomainEndpointOptions?.EnforceHTTPS ?? false,
    ...(d.DomainEndpointOptions?.TLSSecurityPolicy ? { tlsSecurityPolicy: d.DomainEndpointOptions.TLSSecurityPolicy } : {}),
    vpc,
    accessPolicy,
    fineGrainedAccessControl: d.AdvancedSecurityOptions?.Enabled ?? false,
    ...(d.AdvancedSecurityOptions?.InternalUserDatabaseEnabled !== undefined ? { internalUserDatabase: d.AdvancedSecurityOptions.InternalUserDatabaseEnabled } : {}),
    logPublishing: logs,
    ...(c?.InstanceCount !== undefined ? { instanceCount: c.InstanceCount } : {}),
    ...(c?.DedicatedMasterEnabled !== undefined ? { dedicatedMasterEnabled: c.DedicatedMasterEnabled } : {}),
    ...(c?.ZoneAwarenessEnabled !== undefined ? { zoneAwareness: c.ZoneAwarenessEnabled } : {}),
    ...(c?.DedicatedMasterEnabled && c.DedicatedMasterCount !== undefined ? { dedicatedMasterCount: c.DedicatedMasterCount } : {}),
    ...(d.ServiceSoftwareOptions?.UpdateAvailable !== undefined ? { softwareUpdateAvailable: d.ServiceSoftwareOptions.UpdateAvailable } : {}),
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

/** DescribeDomains takes at most five names per call. */
const BATCH = 5

/**
 * Every OpenSearch Service domain of the region, OpenSearch and legacy Elasticsearch:
 * ListDomainNames, then DescribeDomains in batches of five. Domains being deleted are left out.
 */
export const openSearchDomainCollector: Collector = {
  id: 'opensearch.domain',
  produces: ['opensearch.domain'],
  actions: ['es:ListDomainNames', 'es:DescribeDomains'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const O = await import('@aws-sdk/client-opensearch')
    try {
      const listed = await ctx.send(region, 'es:ListDomainNames', new O.ListDomainNamesCommand({}))
      const names = (listed.DomainNames ?? []).map((d) => d.DomainName).filter((n): n is string => !!n)
      const statuses: DomainStatus[] = []
      for (let i = 0; i < names.length; i += BATCH) {
        const page = await ctx.send(region, 'es:DescribeDomains', new O.DescribeDomainsCommand({ DomainNames: names.slice(i, i + BATCH) }))
        statuses.push(...(page.DomainStatusList ?? []))
      }
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'opensearch.domain': statuses.filter((d) => !d.Deleted).map((d) => mapDomain(d, where)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'opensearch.domain', region)] }
    }
  },
}
