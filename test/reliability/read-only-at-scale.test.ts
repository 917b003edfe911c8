/**
 * The scanner stays read-only across the whole catalogue: the benchmark's account shape
 * (bench/scale-account.ts: functions over 3 regions, execution roles with inline, managed and
 * boundary policies, VPCs, alarms, log groups, a multi-region trail), cut down to a size that
 * scans in seconds, with small pages so that every listing the fixture fills has to page. Every
 * check of the catalogue is selected, so every collector runs, through the real collectors and
 * SDK clients (client rates scaled up, no latency). Every operation the loopback server received
 * is a read, and `clearsky permissions` (the real CLI) grants every one of them.
 *
 * Volume is the benchmark's job (bench/, 2,000 functions, which also reports non-read
 * operations); this test is about which operations are sent. test/e2e/cli-live.test.ts asserts
 * the same on the small designed account.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../src/checks/index.js'
import { typesNeeded } from '../../src/cli/run-scan.js'
import type { Inventory } from '../../src/core/inventory.js'
import { collectAws } from '../../src/sources/aws/index.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { collectorsFor } from '../../src/sources/aws/registry.js'
import { startAwsServer, type AwsServer, type FixtureAccount } from '../aws-server/index.js'
import { callStats, type CallStats } from '../../bench/call-stats.js'
import { SCALE_REGIONS, scaleAccount } from '../../bench/scale-account.js'
import { runCli, scratch, type CliResult, type Scratch } from './support.js'

const FUNCTIONS = 30
const ROLES = 6

/**
 * Pages far below AWS's maxima (`signing name:Operation`), so that each listing the account
 * fills takes several calls: the paging requests (markers, tokens) are operations too.
 */
const PAGE_SIZES: Record<string, number> = {
  'lambda:ListFunctions': 3,
  'iam:GetAccountAuthorizationDetails': 3,
  'logs:DescribeLogGroups': 3,
  'monitoring:DescribeAlarms': 3,
  'ec2:DescribeSubnets': 4,
  'ec2:DescribeRouteTables': 3,
}

function account(): FixtureAccount {
  const a: FixtureAccount = { ...scaleAccount({ functions: FUNCTIONS, roles: ROLES }), pageSizes: PAGE_SIZES }
  // One provisioned DynamoDB table: only then does the table collector read Application Auto Scaling.
  const first = (a.regions[SCALE_REGIONS[0]!] ??= {})
  first.dynamoTables = [...(first.dynamoTables ?? []), { name: 'scale-provisioned', provisioned: true }]
  return a
}

/**
 * A read: List/Get/Describe … (what the loopback server counts as reads), API Gateway's GET
 * (its IAM actions are HTTP verbs), or one of IAM's report jobs, which build a report of
 * existing data and change nothing in the account.
 */
function isRead(action: string): boolean {
  const [service, operation = ''] = action.split(':')
  if (service === 'apigateway') return operation === 'GET'
  return /^(Get|List|Describe|BatchGet|Lookup|Search|Select|Query|Scan)[A-Z]|^Generate(CredentialReport|ServiceLastAccessedDetails)$/.test(operation)
}

describe('reliability: read-only across every collector', () => {
  let tmp: Scratch
  let server: AwsServer
  let inv: Inventory
  let stats: CallStats
  const clientActions = new Set<string>()
  /** `collector region` of every collector that reported itself done. */
  const finished = new Set<string>()
  let permissions: Promise<CliResult>

  before(async () => {
    tmp = scratch('read-only')
    // The real bin, in parallel with the scan (it needs no server).
    permissions = runCli(['permissions'], { HOME: tmp.dir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' })
    server = await startAwsServer({ account: account(), latency: 0, quotas: false, seed: 7 })
    const saved = { ...process.env }
    Object.assign(process.env, tmp.env(server))
    try {
      inv = await collectAws({
        regions: SCALE_REGIONS,
        resourceTypes: typesNeeded(CHECKS),
        rates: scaledRates(DEFAULT_RATES, 100),
        onCall: (action) => void clientActions.add(action),
        onProgress: (e) => void (e.done && finished.add(`${e.collector} ${e.region}`)),
      })
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
    }
    stats = callStats(server.calls.records, server.calls.nonReads(), server.calls.peakInFlight)
  })
  after(async () => {
    await permissions?.catch(() => undefined)
    await server?.close()
    tmp?.remove()
  })

  it('every collector of the catalogue ran to the end, in every region it covers, and called its service', () => {
    assert.equal(inv.resources['lambda.function']?.length, FUNCTIONS)
    assert.deepEqual([...inv.scope.regions].sort(), [...SCALE_REGIONS].sort())
    const collectors = collectorsFor(typesNeeded(CHECKS))
    const ids = new Set([...finished].map((f) => f.split(' ')[0]))
    assert.deepEqual(collectors.filter((c) => !ids.has(c.id)).map((c) => c.id), [], 'a collector never reported itself done')
    const regional = collectors.filter((c) => c.scope !== 'global')
    const missing = regional.flatMap((c) => SCALE_REGIONS.filter((r) => !finished.has(`${c.id} ${r}`)).map((r) => `${c.id} ${r}`))
    assert.deepEqual(missing, [], 'a regional collector did not finish in a region')
    const services = (actions: Iterable<string>) => new Set([...actions].map((a) => a.split(':')[0]))
    const declared = services(collectors.flatMap((c) => c.actions))
    const called = services(clientActions)
    assert.deepEqual([...declared].filter((s) => !called.has(s)), [], 'a service the collectors declare was never called')
  })

  it('the listings paged, and every function got its per-function reads', () => {
    // ListFunctions pages of 3 over 10 functions per region: at least 4 calls per region.
    assert.ok((stats.byAction['lambda:ListFunctions'] ?? 0) >= 4 * SCALE_REGIONS.length, JSON.stringify(stats.byAction))
    assert.ok((stats.byAction['iam:GetAccountAuthorizationDetails'] ?? 0) >= 2, JSON.stringify(stats.byAction))
    assert.ok((stats.byAction['logs:DescribeLogGroups'] ?? 0) > SCALE_REGIONS.length, JSON.stringify(stats.byAction))
    for (const perFunction of ['lambda:GetFunction', 'lambda:GetPolicy', 'lambda:GetFunctionUrlConfig']) assert.ok((stats.byAction[perFunction] ?? 0) >= FUNCTIONS, perFunction)
  })

  it('every operation received is a read, by its name on the wire and by the action the client named', () => {
    const unimplemented = new Set(stats.unimplemented)
    const onWire = Object.keys(stats.byAction).filter((a) => !unimplemented.has(a))
    assert.deepEqual(stats.nonReads, [])
    assert.deepEqual(onWire.filter((a) => !isRead(a)), [])
    assert.deepEqual([...clientActions].filter((a) => !isRead(a)), [])
    // What the server saw is what the client said it called (for the operations the server knows);
    // GetCallerIdentity is made before the rate-limited context exists, so outside `onCall`.
    assert.deepEqual(onWire.filter((a) => !clientActions.has(a) && a !== 'sts:GetCallerIdentity'), [])
  })

  it('`clearsky permissions` grants every action the scan used, and only reads', async () => {
    const p = await permissions
    assert.equal(p.code, 0, p.stderr)
    const policy = JSON.parse(p.stdout) as { Statement: { Effect: string; Action: string | string[]; Resource: string }[] }
    const granted = new Set(policy.Statement.filter((st) => st.Effect === 'Allow' && st.Resource === '*').flatMap((st) => (Array.isArray(st.Action) ? st.Action : [st.Action])))
    const unimplemented = new Set(stats.unimplemented)
    const used = new Set([...clientActions, ...Object.keys(stats.byAction).filter((a) => !unimplemented.has(a))])
    assert.deepEqual([...used].filter((a) => !granted.has(a)).sort(), [])
    assert.deepEqual([...granted].filter((a) => !isRead(a)).sort(), [])
  })
})
