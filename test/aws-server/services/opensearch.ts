/**
 * Amazon OpenSearch Service (REST-JSON, API 2021-01-01): ListDomainNames and DescribeDomains
 * (at most five names per call, as AWS enforces) from a region's `searchDomains`.
 */
import { ApiError } from '../errors.js'
import type { PolicyDocument } from '../fixture.js'
import type { CallContext, ServiceDef } from './types.js'

export interface FixtureSearchDomain {
  name: string
  engineVersion?: string
  encryptionAtRest?: boolean
  nodeToNode?: boolean
  enforceHttps?: boolean
  tlsPolicy?: string
  /** Subnets: the domain lives in a VPC; absent: a public endpoint. */
  vpcSubnets?: string[]
  accessPolicy?: PolicyDocument
  fineGrained?: boolean
  /** Log types published (enabled) to CloudWatch Logs. */
  logs?: string[]
  instanceCount?: number
  zoneAwareness?: boolean
  /** Dedicated master nodes; default three when the domain has three or more data nodes, none otherwise. */
  dedicatedMasters?: number
  /** A service software update waits to be installed (default false). */
  updateAvailable?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    searchDomains?: FixtureSearchDomain[]
  }
}

const ERRORS: ServiceDef['errors'] = {
  accessDenied: { code: 'AccessDeniedException', status: 403 },
  throttling: { code: 'ThrottlingException', status: 429 },
  invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
  internal: { code: 'InternalException' },
  unavailable: { code: 'ServiceUnavailableException' },
}

function masters(d: FixtureSearchDomain) {
  const count = d.dedicatedMasters ?? ((d.instanceCount ?? 1) >= 3 ? 3 : 0)
  return count > 0 ? { DedicatedMasterEnabled: true, DedicatedMasterType: 'm7g.large.search', DedicatedMasterCount: count } : { DedicatedMasterEnabled: false }
}

function status(ctx: CallContext, d: FixtureSearchDomain) {
  const arn = `arn:aws:es:${ctx.region}:${ctx.accountId}:domain/${d.name}`
  return {
    DomainId: `${ctx.accountId}/${d.name}`,
    DomainName: d.name,
    ARN: arn,
    Created: true,
    Deleted: false,
    Processing: false,
    EngineVersion: d.engineVersion ?? 'OpenSearch_2.17',
    ClusterConfig: { InstanceType: 'r7g.large.search', InstanceCount: d.instanceCount ?? 1, ...masters(d), ZoneAwarenessEnabled: d.zoneAwareness ?? false },
    ServiceSoftwareOptions: { CurrentVersion: 'OpenSearch_2_17_R20250101', NewVersion: d.updateAvailable ? 'OpenSearch_2_17_R20251101' : '', UpdateAvailable: d.updateAvailable ?? false, Cancellable: false, UpdateStatus: d.updateAvailable ? 'ELIGIBLE' : 'COMPLETED', Description: d.updateAvailable ? 'An update is available.' : 'There is no software update available for this domain.', OptionalDeployment: true },
    AccessPolicies: d.accessPolicy ? JSON.stringify(d.accessPolicy) : '',
    VPCOptions: d.vpcSubnets ? { VPCId: 'vpc-0a1b2c3d4e5f60001', SubnetIds: d.vpcSubnets, SecurityGroupIds: ['sg-0search0000000001'], AvailabilityZones: ['us-east-1a'] } : undefined,
    EncryptionAtRestOptions: { Enabled: d.encryptionAtRest ?? false },
    NodeToNodeEncryptionOptions: { Enabled: d.nodeToNode ?? false },
    DomainEndpointOptions: { EnforceHTTPS: d.enforceHttps ?? false, TLSSecurityPolicy: d.tlsPolicy ?? 'Policy-Min-TLS-1-0-2019-07' },
    AdvancedSecurityOptions: { Enabled: d.fineGrained ?? false, InternalUserDatabaseEnabled: false },
    LogPublishingOptions: Object.fromEntries((d.logs ?? []).map((t) => [t, { CloudWatchLogsLogGroupArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/aws/opensearch/${d.name}/${t}`, Enabled: true }])),
  }
}

export const opensearch: ServiceDef = {
  signingName: 'es',
  iamPrefix: 'es',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: ERRORS,
  operations: {
    ListDomainNames: {
      http: { method: 'GET', path: '/2021-01-01/domain' },
      handle: (_input, ctx) => ({ DomainNames: (ctx.data.searchDomains ?? []).map((d) => ({ DomainName: d.name, EngineType: (d.engineVersion ?? 'OpenSearch').startsWith('Elasticsearch') ? 'Elasticsearch' : 'OpenSearch' })) }),
    },
    DescribeDomains: {
      http: { method: 'POST', path: '/2021-01-01/opensearch/domain-info' },
      handle(input, ctx) {
        const names = (input.DomainNames ?? []) as string[]
        if (names.length > 5) throw new ApiError('ValidationException', 'Please provide a maximum of 5 domain names to describe.', 400)
        return { DomainStatusList: names.map((n) => (ctx.data.searchDomains ?? []).find((d) => d.name === n)).filter((d): d is FixtureSearchDomain => !!d).map((d) => status(ctx, d)) }
      },
    },
  },
}
