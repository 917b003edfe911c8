/**
 * The scanner stays read-only at benchmark scale: the benchmark's account (2,000 functions over
 * 3 regions, 500 roles, VPCs, alarms, trails; bench/scale-account.ts) scanned with every check
 * of the catalogue, through the real collectors and SDK clients (client rates scaled up, no
 * latency, so that it takes seconds). Every operation the loopback server received is a read,
 * and `clearsky permissions` (the real CLI) grants every one of them.
 *
 * test/e2e/cli-live.test.ts asserts the same on the small designed account.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { typesNeeded } from '../../src/cli/run-scan.js'
import type { Inventory } from '../../src/core/inventory.js'
import { collectAws } from '../../src/sources/aws/index.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { collectorsFor } from '../../src/sources/aws/registry.js'
import type { AwsServer } from '../aws-server/index.js'
import type { CallStats } from '../../bench/call-stats.js'
import { SCALE_REGIONS } from '../../bench/scale-account.js'
import { REPO, runCli, scratch, type CliResult, type Scratch } from './support.js'

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

/** The benchmark's loopback server in its own process (the scan and the server then use both cores). */
async function startServerProcess(): Promise<{ child: ChildProcess; url: string; stats(): Promise<CallStats> }> {
  const child = fork(join(REPO, 'bench', 'server-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_LATENCY_MS: '0', BENCH_QUOTAS: '0' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: unknown) => {
        if (m && typeof m === 'object' && key in m) {
          child.off('message', onMessage)
          resolve((m as Record<string, T>)[key]!)
        }
      }
      child.on('message', onMessage)
      child.once('exit', (code) => reject(new Error(`server process exited (${code})`)))
    })
  const url = await next<string>('url')
  return {
    child,
    url,
    stats: () => {
      const answer = next<CallStats>('stats')
      child.send('stats')
      return answer
    },
  }
}

describe('reliability: read-only at benchmark scale', () => {
  let tmp: Scratch
  let server: Awaited<ReturnType<typeof startServerProcess>>
  let inv: Inventory
  let stats: CallStats
  const clientActions = new Set<string>()
  let permissions: Promise<CliResult>

  before(async () => {
    tmp = scratch('read-only')
    server = await startServerProcess()
    permissions = runCli(['permissions'], { HOME: tmp.dir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' })
    const saved = { ...process.env }
    Object.assign(process.env, tmp.env({ url: server.url } as AwsServer))
    try {
      inv = await collectAws({ regions: SCALE_REGIONS, resourceTypes: typesNeeded(CHECKS), rates: scaledRates(DEFAULT_RATES, 100), onCall: (action) => void clientActions.add(action) })
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
    }
    stats = await server.stats()
  })
  after(async () => {
    await permissions?.catch(() => undefined)
    server?.child.send('close')
    tmp?.remove()
  })

  it('the scan covered the scale account: 2,000 functions in 3 regions and every service its collectors read', () => {
    assert.equal(inv.resources['lambda.function']?.length, 2000)
    assert.deepEqual([...inv.scope.regions].sort(), [...SCALE_REGIONS].sort())
    const services = (actions: Iterable<string>) => new Set([...actions].map((a) => a.split(':')[0]))
    const declared = services(collectorsFor(typesNeeded(CHECKS)).flatMap((c) => c.actions))
    const called = services(clientActions)
    assert.deepEqual([...declared].filter((s) => !called.has(s)), [], 'a service the collectors declare was never called')
    assert.ok(stats.requests > 10_000, `${stats.requests} requests`)
  })

  it('every operation received is a read, by its name on the wire and by the action the client named', () => {
    const unimplemented = new Set(stats.unimplemented)
    const onWire = Object.keys(stats.byAction).filter((a) => !unimplemented.has(a))
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
