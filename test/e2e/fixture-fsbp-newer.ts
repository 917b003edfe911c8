/**
 * Newer FSBP controls in the fixture account: API Gateway custom domains on a recommended
 * security policy (APIGateway.11), EKS managed node groups on a supported Kubernetes version
 * (EKS.9) and Aurora MySQL global databases on a supported engine version (RDS.51).
 *
 * It adds a domain on an enhanced policy next to fixture-edge.ts's two legacy-policy domains,
 * node groups to fixture-edge.ts's two EKS clusters (so it must be applied after it), and three
 * account-level global databases. The verdicts for the other designs' domains are stated in
 * OTHERS: a domain nobody stated a verdict for makes the expectation throw, never guess.
 */
import type { FixtureAccount } from '../aws-server/fixture.js'
import type { FixtureRdsGlobalCluster } from '../aws-server/services/rds-global-clusters.js'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const US = 'us-east-1'
const EU = 'eu-west-1'
/** The regions the live e2e scan covers. */
const SCANNED = [US, EU]

const RECOMMENDED_POLICY = 'apigateway-domain-recommended-security-policy'
const TLS_1_2 = 'apigateway-domain-tls-1-2'
const NODEGROUP_VERSION = 'eks-nodegroup-supported-version'
const GLOBAL_AURORA_MYSQL = 'rds-global-cluster-aurora-mysql-supported-version'

/** A REST domain on the TLS 1.3-only enhanced policy: passes both domain checks. */
const DOMAINS: { name: string; securityPolicy: string; endpointType?: string; expect: Partial<Record<string, Status>> }[] = [
  { name: 'secure-api.example.com', securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', expect: { [RECOMMENDED_POLICY]: 'pass', [TLS_1_2]: 'pass' } },
]

/** APIGateway.11 verdicts for the domains fixture-edge.ts declares (legacy TLS_1_2 and TLS_1_0 policies). */
const OTHERS: Record<string, Status> = {
  [`${US}/api.example.com`]: 'fail',
  [`${US}/legacy-api.example.com`]: 'fail',
}

/** Node groups added to fixture-edge.ts's clusters: platform runs 1.36 (newer than the version table), legacy-k8s 1.28. */
const NODEGROUPS: { cluster: string; name: string; version?: string; expect: Status }[] = [
  { cluster: 'platform', name: 'workers', expect: 'pass' }, // no version: the cluster's 1.36
  { cluster: 'platform', name: 'batch', version: '1.32', expect: 'fail' }, // extended support until 2027-03-23, past it afterwards
  { cluster: 'legacy-k8s', name: 'old-nodes', expect: 'fail' }, // the cluster's 1.28, past extended support
]

const GLOBAL_CLUSTERS: { cluster: FixtureRdsGlobalCluster; region: string; expect: Status }[] = [
  { cluster: { identifier: 'orders-global', engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.2', members: [{ region: US, clusterIdentifier: 'orders-aurora' }, { region: EU, clusterIdentifier: 'orders-aurora-eu' }] }, region: US, expect: 'pass' },
  { cluster: { identifier: 'legacy-global', engine: 'aurora-mysql', engineVersion: '5.7.mysql_aurora.2.12.1', members: [{ region: EU, clusterIdentifier: 'legacy-aurora' }] }, region: EU, expect: 'fail' },
  { cluster: { identifier: 'reports-global', engine: 'aurora-postgresql', engineVersion: '16.4', members: [{ region: US, clusterIdentifier: 'reports-aurora' }] }, region: US, expect: 'skip' },
]

/** Adds the design; after fixture-edge.ts, whose domains and clusters it extends. */
export function applyFsbpNewerDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  us.apiDomainNames = [...(us.apiDomainNames ?? []), ...DOMAINS.map(({ expect: _expect, ...d }) => d)]
  for (const ng of NODEGROUPS) {
    const cluster = (us.eksClusters ?? []).find((c) => c.name === ng.cluster)
    if (!cluster) throw new Error(`fixture-fsbp-newer.ts: apply after fixture-edge.ts (no EKS cluster ${ng.cluster})`)
    cluster.nodegroups = [...(cluster.nodegroups ?? []), { name: ng.name, ...(ng.version ? { version: ng.version } : {}) }]
  }
  account.rdsGlobalClusters = [...(account.rdsGlobalClusters ?? []), ...GLOBAL_CLUSTERS.map((g) => g.cluster)]
}

/** `checkId region/name status` for every verdict of this design and of APIGateway.11 over the other domains. */
export function fsbpNewerExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  const ours = new Set(DOMAINS.map((d) => d.name))
  for (const d of DOMAINS) for (const [check, s] of Object.entries(d.expect)) out.push(`${check} ${US}/${d.name} ${s}`)
  for (const region of SCANNED) {
    for (const d of account.regions[region]?.apiDomainNames ?? []) {
      if (ours.has(d.name)) continue
      const status = OTHERS[`${region}/${d.name}`]
      if (!status) throw new Error(`fixture-fsbp-newer.ts: state the ${RECOMMENDED_POLICY} verdict for ${region}/${d.name}`)
      out.push(`${RECOMMENDED_POLICY} ${region}/${d.name} ${status}`)
    }
  }
  for (const ng of NODEGROUPS) out.push(`${NODEGROUP_VERSION} ${US}/${ng.cluster}/${ng.name} ${ng.expect}`)
  for (const g of GLOBAL_CLUSTERS) out.push(`${GLOBAL_AURORA_MYSQL} ${g.region}/${g.cluster.identifier} ${g.expect}`)
  return out
}

export const FSBP_NEWER_COVERED_CHECKS = [RECOMMENDED_POLICY, NODEGROUP_VERSION, GLOBAL_AURORA_MYSQL]
