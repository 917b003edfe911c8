/**
 * What a service the account does not use costs a live scan. The real CLI scans, with every
 * check, an account that holds nothing, through the loopback AWS server; the server's call log is
 * then counted per service and region. The goal (issue 9) is one call per service and region;
 * where AWS offers no single call that proves every kind of the service absent, the table below
 * names the calls and why each is needed (docs/live-scan-cost.md says the same for users).
 *
 * The short-cuts must never turn into a false pass: with the RDS usage probe denied, the RDS
 * listings run as before, and the fixture account's verdicts are the same with the probe and
 * without it.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/cli/main.js'
import { CHECKS } from '../../src/checks/index.js'
import type { ResourceType } from '../../src/model/resource-types.js'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import type { FixtureAccount } from '../aws-server/fixture.js'
import type { CallRecord } from '../aws-server/call-log.js'
import { resolveLocalhostSubdomains } from '../aws-server/localhost-dns.js'
import { EU, FIXTURE_ACCOUNT, US, expectedFindings } from './fixture-account.js'

const EMPTY: FixtureAccount = { accountId: '210987654321', iam: { roles: [] }, regions: {}, emptyRegions: [US, EU] }

/**
 * The calls a region without the service costs, by the service's signing name. One call where
 * one call can prove every kind absent; otherwise one listing per kind that can exist alone.
 */
const EMPTY_REGION_CALLS: Record<string, { calls: string[]; why: string }> = {
  // DescribeAccountAttributes counts instances, clusters and manual snapshots of both kinds;
  // its documented quota list has no proxy count, and a proxy outlives its targets.
  rds: { calls: ['DescribeAccountAttributes', 'DescribeDBProxies'], why: 'one usage probe proves every counted kind absent; proxies are listed' },
  // The trail-bucket join costs nothing here: there is no trail and no bucket.
  s3: { calls: ['ListAllMyBuckets'], why: 'one ListBuckets per region (BucketRegion filter)' },
  apigateway: { calls: ['GetApis', 'GetDomainNames', 'GetRestApis'], why: 'REST APIs (v1), HTTP/WebSocket APIs (v2) and custom domain names each exist without the others' },
  ecs: { calls: ['DescribeCapacityProviders', 'ListClusters', 'ListTaskDefinitionFamilies'], why: 'task definitions and capacity providers exist without clusters' },
  elasticloadbalancing: { calls: ['DescribeLoadBalancers', 'DescribeLoadBalancers'], why: 'ELBv2 (2015-12-01) and Classic (2012-06-01) are separate APIs, neither lists the other' },
  // Metric filters are parts of log groups: no log group, no DescribeMetricFilters.
  logs: { calls: ['DescribeLogGroups'], why: 'metric filters belong to log groups' },
  // Replication groups are made of cache clusters: no cluster, no DescribeReplicationGroups.
  elasticache: { calls: ['DescribeCacheClusters'], why: 'DescribeCacheClusters lists replication group members too' },
  // Recovery points live in vaults: no vault, no ListRecoveryPointsByBackupVault.
  backup: { calls: ['ListBackupPlans', 'ListBackupVaults'], why: 'a vault exists without a plan (on-demand backups), a plan outlives the vault it names' },
  // Both encryption settings come with the listing.
  dax: { calls: ['DescribeClusters'], why: 'one listing of DAX clusters' },
  // Two regional service settings (Automation script logging, public document sharing): one read each, whatever the region holds.
  ssm: { calls: ['DescribeInstanceInformation', 'DescribeParameters', 'GetServiceSetting', 'GetServiceSetting', 'ListDocuments'], why: 'parameters, own documents and managed nodes (also non-EC2 hybrid nodes) are independent; two settings' },
  // Regional web ACLs and rule groups; the CloudFront scope is counted once (ONCE_PER_SCAN).
  wafv2: { calls: ['ListRuleGroups', 'ListWebACLs'], why: 'a rule group exists without a web ACL that uses it, and the reverse' },
  // Without a VPC: no subnet, route table, network ACL, NAT gateway or VPC endpoint listing (owner-only kinds).
  ec2: {
    calls: [
      'DescribeVpcs',
      // A participant of a shared VPC owns these, and they outlive the owner's unsharing.
      'DescribeSecurityGroups', 'DescribeNetworkInterfaces',
      // (No DescribeInstances: every instance has a primary network interface, and there is none.)
      // Flow logs also watch transit gateways, and those of a deleted VPC are only eventually removed.
      'DescribeFlowLogs', 'DescribeTransitGateways', 'DescribeVpcPeeringConnections',
      'DescribeVolumes', 'DescribeSnapshots', 'DescribeImages',
      // Two regional account settings: one read each, whatever the region holds.
      'GetEbsEncryptionByDefault', 'GetSerialConsoleAccessStatus',
      // VPN connections can end on a transit gateway or a detached virtual private gateway, so no VPC
      // listing speaks for them or for Client VPN endpoints; VPC Block Public Access is a third setting.
      'DescribeVpnConnections', 'DescribeClientVpnEndpoints', 'DescribeVpcBlockPublicAccessOptions',
      // Launch templates and Spot Fleet requests need no VPC, instance or each other; template versions are read only when templates exist.
      'DescribeLaunchTemplates', 'DescribeSpotFleetRequests',
    ],
    why: 'sixteen calls: VPCs, network interfaces, twelve kinds neither speaks for, three settings',
  },
  's3-control': { calls: ['ListAccessPoints'], why: 'an access point can front another account\'s bucket, so ListBuckets says nothing about it' },
  // Directory buckets are another namespace (s3express), which ListBuckets does not list.
  s3express: { calls: ['ListAllMyDirectoryBuckets'], why: 'ListBuckets lists general purpose buckets only; directory buckets have their own listing' },
}

/**
 * Calls made once per scan, in the region global services are called in (US here): they read
 * the account, not a region.
 */
const ONCE_PER_SCAN: Record<string, string[]> = {
  // Which regions are enabled (the scan's own setup).
  ec2: ['DescribeRegions'],
  // Web ACLs and rule groups for CloudFront exist only in us-east-1 (Scope CLOUDFRONT).
  wafv2: ['ListRuleGroups', 'ListWebACLs'],
  // The account-level Block Public Access setting (a 404 when it was never set).
  's3-control': ['GetAccountPublicAccessBlock'],
  // Aurora global databases are account-level: every region lists all of them, so they are listed once.
  rds: ['DescribeGlobalClusters'],
}

/** Calls made once per scan in a fixed region other than the home region: `service region` → operations. */
const ONCE_PER_SCAN_ELSEWHERE: Record<string, string[]> = {
  // Multi-Region Access Points have one control plane, in us-west-2.
  's3-control us-west-2': ['ListMultiRegionAccessPoints'],
}

/** S3 Control signs as `s3` too, but is another API (s3-control.ts): counted apart. */
const S3_CONTROL = new Set(['ListAccessPoints', 'GetAccountPublicAccessBlock', 'ListMultiRegionAccessPoints'])
const serviceOf = (c: CallRecord) => (c.service === 's3' && S3_CONTROL.has(c.operation) ? 's3-control' : c.service)

/** `service region` → sorted operations, for the services named. */
function callsBy(records: readonly CallRecord[], services: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const c of records) {
    const service = serviceOf(c)
    if (!services.includes(service)) continue
    ;(out[`${service} ${c.region}`] ??= []).push(c.operation)
  }
  for (const ops of Object.values(out)) ops.sort()
  return out
}

interface Report {
  findings: { checkId: string; region: string; resourceName: string; status: string }[]
  gaps: { resourceType: string; region?: string; code: string }[]
}

/**
 * The container short-cuts (src/sources/aws/collectors/listed-none.ts): kinds that cannot exist
 * without a container kind are not listed where the container listing came back empty.
 */
const CONTAINERS: { name: string; container: ResourceType; listing: string; contained: ResourceType[]; skipped: string[] }[] = [
  { name: 'metric filters in log groups', container: 'logs.log-group', listing: 'logs:DescribeLogGroups', contained: ['logs.metric-filter'], skipped: ['DescribeMetricFilters'] },
  { name: 'replication groups of cache clusters', container: 'elasticache.cluster', listing: 'elasticache:DescribeCacheClusters', contained: ['elasticache.replication-group'], skipped: ['DescribeReplicationGroups'] },
  {
    name: 'what only a VPC owner creates',
    container: 'ec2.vpc',
    listing: 'ec2:DescribeVpcs',
    contained: ['ec2.subnet', 'ec2.route-table', 'ec2.network-acl', 'ec2.nat-gateway', 'ec2.vpc-endpoint'],
    skipped: ['DescribeNatGateways', 'DescribeNetworkAcls', 'DescribeRouteTables', 'DescribeSubnets', 'DescribeVpcEndpoints'],
  },
  { name: 'instances and their network interfaces', container: 'ec2.network-interface', listing: 'ec2:DescribeNetworkInterfaces', contained: ['ec2.instance'], skipped: ['DescribeInstances'] },
]

const touches = (types: readonly ResourceType[]) => CHECKS.filter((c) => [c.meta.resourceType, ...(c.meta.reads ?? [])].some((t) => types.includes(t))).map((c) => c.meta.id)

const identities = (r: Report) => r.findings.map((f) => `${f.checkId} ${f.region}/${f.resourceName} ${f.status}`).sort()

describe('e2e: what an account without a service costs a scan', () => {
  let tmp: string
  let n = 0
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'clearsky-cost-'))
    writeFileSync(join(tmp, 'config'), '')
    writeFileSync(join(tmp, 'credentials'), '')
    resolveLocalhostSubdomains()
  })
  after(() => rmSync(tmp, { recursive: true, force: true }))

  /** Scans `account` in US and EU with the CLI in this process (`checks`: a --checks value, or every check). */
  async function scan(account: FixtureAccount, checks?: string): Promise<{ report: Report; calls: readonly CallRecord[] }> {
    const server: AwsServer = await startAwsServer({ account })
    const saved = { ...process.env }
    const output = join(tmp, `report-${++n}.json`)
    try {
      for (const k of Object.keys(process.env)) if (k.startsWith('AWS_') || k.startsWith('CLEARSKY_')) delete process.env[k]
      Object.assign(process.env, {
        AWS_ENDPOINT_URL: server.url,
        AWS_ENDPOINT_URL_S3_CONTROL: `http://localhost:${server.port}`,
        AWS_ACCESS_KEY_ID: 'AKIAE2ECOSTTESTKEY01',
        AWS_SECRET_ACCESS_KEY: 'cost-test-secret-not-real',
        AWS_REGION: US,
        AWS_CONFIG_FILE: join(tmp, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      })
      const err = process.stderr.write.bind(process.stderr)
      let stderr = ''
      process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write
      let code: number
      try {
        code = await run(['scan', 'aws', '--region', US, '--region', EU, ...(checks ? ['--checks', checks] : []), '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'])
      } finally {
        process.stderr.write = err
      }
      assert.equal(code, 0, stderr)
      return { report: JSON.parse(readFileSync(output, 'utf8')) as Report, calls: [...server.calls.records] }
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
      await server.close()
    }
  }

  it('every check, empty account: each service costs its table entry per region, and nothing fails', async () => {
    const { report, calls } = await scan(EMPTY)
    assert.deepEqual(report.gaps, [])
    // Nothing fails, except the account-level Block Public Access read, whose 404 means "never set".
    assert.deepEqual(
      calls.filter((c) => c.status !== 200 && Object.keys(EMPTY_REGION_CALLS).includes(serviceOf(c)) && !(c.operation === 'GetAccountPublicAccessBlock' && c.status === 404)),
      [],
    )
    const expected: Record<string, string[]> = {}
    for (const region of [EU, US]) for (const [service, { calls: ops }] of Object.entries(EMPTY_REGION_CALLS)) expected[`${service} ${region}`] = [...ops, ...(region === US ? (ONCE_PER_SCAN[service] ?? []) : [])].sort()
    Object.assign(expected, ONCE_PER_SCAN_ELSEWHERE)
    assert.deepEqual(callsBy(calls, Object.keys(EMPTY_REGION_CALLS)), expected)
    // Exactly one call where one call can prove the service empty.
    for (const region of [EU, US]) {
      assert.equal(calls.filter((c) => c.service === 'rds' && c.region === region && c.operation !== 'DescribeDBProxies' && c.operation !== 'DescribeGlobalClusters').length, 1, `rds ${region}`)
      assert.equal(calls.filter((c) => serviceOf(c) === 's3' && c.region === region).length, 1, `s3 ${region}`)
      assert.equal(calls.filter((c) => c.service === 'logs' && c.region === region).length, 1, `logs ${region}`)
      assert.equal(calls.filter((c) => c.service === 'elasticache' && c.region === region).length, 1, `elasticache ${region}`)
    }
  })

  it('S3 checks alone: one ListBuckets per region, and no trail is listed for the trail-bucket join', async () => {
    const { report, calls } = await scan(EMPTY, 's3-bucket-*')
    assert.deepEqual(report.gaps, [])
    assert.deepEqual(callsBy(calls, ['s3', 'cloudtrail']), { [`s3 ${US}`]: ['ListAllMyBuckets'], [`s3 ${EU}`]: ['ListAllMyBuckets'] })
  })

  it('a denied RDS usage probe is no emptiness: every RDS listing runs, as without the probe', async () => {
    const { report, calls } = await scan({ ...EMPTY, denied: [{ action: 'rds:DescribeAccountAttributes' }] }, 'rds-*')
    assert.deepEqual(report.gaps, [])
    const rds = callsBy(calls, ['rds'])
    // The other RDS collectors (event subscriptions) fall back to their listings the same way.
    const probeAndListings = (ops: string[] | undefined) => (ops ?? []).filter((op) => /^Describe(AccountAttributes|DBInstances|DBClusters|DBSnapshots|DBClusterSnapshots)$/.test(op))
    for (const region of [EU, US]) assert.deepEqual(probeAndListings(rds[`rds ${region}`]), ['DescribeAccountAttributes', 'DescribeDBClusterSnapshots', 'DescribeDBClusters', 'DescribeDBInstances', 'DescribeDBSnapshots'])
  })

  for (const { name, container, listing, contained, skipped } of CONTAINERS) {
    const [service, op] = listing.split(':') as [string, string]
    it(`${name}: a denied ${op} is no emptiness: the contained kinds are listed, and only ${container} has a gap`, async () => {
      const { report, calls } = await scan({ ...EMPTY, denied: [{ action: listing }] }, touches([container, ...contained]).join(','))
      const listed = callsBy(calls, [service])
      for (const region of [EU, US]) for (const s of skipped) assert.ok(listed[`${service} ${region}`]?.includes(s), `${s} in ${region}`)
      assert.deepEqual([...new Set(report.gaps.map((g) => g.resourceType))], [container])
    })

    it(`${name}: the fixture account's verdicts are the designed ones with ${container} collected, without it, and with ${op} denied`, async () => {
      // Checks on the contained kinds that do not read the container themselves: a denied
      // container listing must leave their verdicts as designed.
      const containedChecks = touches(contained).filter((id) => !touches([container]).includes(id))
      const designed = expectedFindings().filter((e) => containedChecks.includes(e.split(' ')[0]!))
      assert.ok(designed.some((e) => e.endsWith(' pass')) && designed.some((e) => e.endsWith(' fail')), 'the fixture has verdicts to compare')
      const withContainer = [...containedChecks, ...touches([container])].join(',')
      const alone = await scan(FIXTURE_ACCOUNT, containedChecks.join(','))
      const joined = await scan(FIXTURE_ACCOUNT, withContainer)
      const denied = await scan({ ...FIXTURE_ACCOUNT, denied: [...(FIXTURE_ACCOUNT.denied ?? []), { action: listing }] }, withContainer)
      const mine = (r: Report) => identities(r).filter((e) => containedChecks.includes(e.split(' ')[0]!))
      assert.deepEqual(mine(alone.report), designed)
      assert.deepEqual(mine(joined.report), designed)
      assert.deepEqual(mine(denied.report), designed)
      // Denying the container listing adds a gap on the container and nothing else.
      const gapTypes = (r: Report) => new Set(r.gaps.map((g) => g.resourceType))
      assert.deepEqual([...gapTypes(denied.report)].filter((t) => !gapTypes(joined.report).has(t)), [container])
      // Without the container in the scan, or with its listing denied, every contained kind is listed in every region.
      for (const r of [alone, denied]) {
        const listed = callsBy(r.calls, [service])
        for (const region of [EU, US]) for (const s of skipped) assert.ok(listed[`${service} ${region}`]?.includes(s), `${s} in ${region}`)
      }
    })
  }

  it('fixture account: EU has no cache cluster, so the replication groups are not listed there; US has both', async () => {
    const { calls } = await scan(FIXTURE_ACCOUNT, 'elasticache-*')
    const listed = callsBy(calls, ['elasticache'])
    assert.deepEqual(listed[`elasticache ${EU}`], ['DescribeCacheClusters'])
    assert.deepEqual(listed[`elasticache ${US}`], ['DescribeCacheClusters', 'DescribeReplicationGroups'])
  })

  it('fixture account: the RDS verdicts are the designed ones with the probe and without it; listings skip only what RDS counts as absent', async () => {
    const designed = expectedFindings().filter((e) => e.startsWith('rds-'))
    assert.ok(designed.some((e) => e.endsWith(' pass')) && designed.some((e) => e.endsWith(' fail')), 'the fixture has RDS verdicts to compare')
    const probed = await scan(FIXTURE_ACCOUNT, 'rds-*')
    const unprobed = await scan({ ...FIXTURE_ACCOUNT, denied: [...(FIXTURE_ACCOUNT.denied ?? []), { action: 'rds:DescribeAccountAttributes' }] }, 'rds-*')
    assert.deepEqual(probed.report.gaps, [])
    assert.deepEqual(unprobed.report.gaps, [])
    assert.deepEqual(identities(probed.report), designed)
    assert.deepEqual(identities(unprobed.report), designed)
    // EU holds one cluster and nothing else: only the cluster listing runs there.
    const listings = (records: readonly CallRecord[], region: string) => records.filter((c) => c.service === 'rds' && c.region === region && /^Describe(DBInstances|DBClusters|DBSnapshots|DBClusterSnapshots)$/.test(c.operation)).map((c) => c.operation).sort()
    assert.deepEqual(listings(probed.calls, EU), ['DescribeDBClusters'])
    assert.deepEqual(listings(unprobed.calls, EU), ['DescribeDBClusterSnapshots', 'DescribeDBClusters', 'DescribeDBInstances', 'DescribeDBSnapshots'])
  })
})
