/**
 * Collection benchmark: the scale account on the loopback server (AWS quotas, 40 ms per call),
 * scanned by the real collectors in a child process, a few times per configuration, runs of
 * different configurations interleaved so that the machine's noise hits them alike.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CallStats } from './call-stats.js'
import type { ScanRun } from './collect-child.js'
import { quotaFloor, type QuotaFloor } from './quota-floor.js'
import { SCALE_REGIONS } from './scale-account.js'
import { formatSpread, spread, table } from './stats.js'

const HERE = import.meta.dirname

/** A configuration of the scanner to measure; `env` is added to the child's environment. */
export interface Variant {
  name: string
  description: string
  env?: Record<string, string>
}

export interface CollectRun {
  variant: string
  wallSeconds: number
  scan: ScanRun
  server: CallStats
  floor: QuotaFloor
}

export interface CollectBenchOptions {
  runs: number
  variants: Variant[]
  functions: number
  roles: number
  latencyMs: number
  /** Share of calls the server answers with an injected throttling error (0 = none). */
  throttle: number
  log: (line: string) => void
}

function once<T>(child: ChildProcess, pick: (msg: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: unknown) => {
      const v = pick(msg)
      if (v === undefined) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(v)
    }
    const onExit = (code: number | null) => reject(new Error(`${child.spawnargs.join(' ')} exited (${code}) before answering`))
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

const field =
  <T>(key: string) =>
  (msg: unknown): T | undefined =>
    msg && typeof msg === 'object' && key in msg ? ((msg as Record<string, unknown>)[key] as T) : undefined

async function startServer(o: CollectBenchOptions): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(HERE, 'server-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_LATENCY_MS: String(o.latencyMs), BENCH_FUNCTIONS: String(o.functions), BENCH_ROLES: String(o.roles), BENCH_THROTTLE: String(o.throttle) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const url = await once(child, field<string>('url'))
  return { child, url }
}

async function oneRun(o: CollectBenchOptions, variant: Variant, home: string): Promise<CollectRun> {
  const server = await startServer(o)
  try {
    const started = performance.now()
    const child = fork(join(HERE, 'collect-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        AWS_ENDPOINT_URL: server.url,
        AWS_ACCESS_KEY_ID: 'AKIABENCHMARK0000001',
        AWS_SECRET_ACCESS_KEY: 'bench-not-a-secret',
        AWS_REGION: SCALE_REGIONS[0]!,
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        BENCH_REGIONS: SCALE_REGIONS.join(','),
        ...(variant.env ?? {}),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const scan = await once(child, field<ScanRun>('result'))
    const wallSeconds = (performance.now() - started) / 1000
    server.child.send('stats')
    const stats = await once(server.child, field<CallStats>('stats'))
    return { variant: variant.name, wallSeconds, scan, server: stats, floor: quotaFloor(stats.tokenCalls) }
  } finally {
    server.child.send('close')
  }
}

export async function collectBench(o: CollectBenchOptions): Promise<CollectRun[]> {
  const home = mkdtempSync(join(tmpdir(), 'clearsky-bench-'))
  writeFileSync(join(home, 'config'), '')
  writeFileSync(join(home, 'credentials'), '')
  const runs: CollectRun[] = []
  try {
    for (let i = 0; i < o.runs; i++) {
      for (const v of o.variants) {
        o.log(`collect: run ${i + 1}/${o.runs} of '${v.name}' …`)
        const r = await oneRun(o, v, home)
        o.log(`  collected in ${r.scan.collectSeconds.toFixed(1)} s (floor ${r.floor.seconds.toFixed(1)} s, ratio ${(r.scan.collectSeconds / r.floor.seconds).toFixed(3)}), ${r.server.requests} requests, ${Object.values(r.server.quotaThrottles).reduce((a, b) => a + b, 0)} throttled`)
        runs.push(r)
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
  return runs
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0)

/** The printed report of one variant's runs. */
export function describeVariant(variant: Variant, runs: readonly CollectRun[]): string {
  const out: string[] = []
  const last = runs[runs.length - 1]!
  const fns = last.scan.functions
  out.push(`== ${variant.name}: ${variant.description}`)
  const ratio = spread(runs.map((r) => r.scan.collectSeconds / r.floor.seconds))
  out.push(
    table([
      ['collection wall time', formatSpread(spread(runs.map((r) => r.scan.collectSeconds)), ' s')],
      ['quota-bound minimum', formatSpread(spread(runs.map((r) => r.floor.seconds)), ' s')],
      ['ratio wall / minimum', `${formatSpread(ratio, '', 3)}   target ≤ 1.25: ${ratio.max <= 1.25 ? 'met' : ratio.median <= 1.25 ? 'met at the median' : 'NOT met'}`],
      ['evaluation (all checks)', formatSpread(spread(runs.map((r) => r.scan.evaluateSeconds)), ' s')],
      ['process wall time', formatSpread(spread(runs.map((r) => r.wallSeconds)), ' s')],
      ['peak RSS of the scanner', formatSpread(spread(runs.map((r) => r.scan.peakRssMb)), ' MB', 0)],
      ['binding quota family', last.floor.binding ? `${last.floor.binding.family} in ${last.floor.binding.region}: ${last.floor.binding.calls} calls at ${last.floor.binding.rate}/s (burst ${last.floor.binding.burst})` : '-'],
      ['functions / resources / findings', `${fns} / ${last.scan.resources} / ${last.scan.findings}`],
      ['logical calls (client)', formatSpread(spread(runs.map((r) => sum(r.scan.calls))), '', 0)],
      ['calls per function', formatSpread(spread(runs.map((r) => sum(r.scan.calls) / Math.max(1, r.scan.functions))), '', 2)],
      ['requests (server, with retries)', formatSpread(spread(runs.map((r) => r.server.requests)), '', 0)],
      ['throttled by a quota (seen)', formatSpread(spread(runs.map((r) => sum(r.server.quotaThrottles))), '', 0)],
      ['throttled by injection', formatSpread(spread(runs.map((r) => r.server.injectedThrottles)), '', 0)],
      ['throttles retried', formatSpread(spread(runs.map((r) => r.server.throttlesRetried)), '', 0)],
      ['calls failed for good', formatSpread(spread(runs.map((r) => sum(r.server.failedForGood))), '', 0)],
      ['most attempts of one call', String(Math.max(...runs.map((r) => r.server.maxAttempts)))],
      ['inventory gaps', String(Math.max(...runs.map((r) => r.scan.gaps.length)))],
      ['non-read operations', last.server.nonReads.join(', ') || 'none'],
    ]),
  )
  out.push('', 'calls by operation (last run; client = logical calls, server = requests incl. retries):')
  const actions = [...new Set([...Object.keys(last.scan.calls), ...Object.keys(last.server.byAction)])].sort()
  out.push(
    table([
      ['  operation', 'client', 'server', 'per function'],
      ...actions.map((a) => [`  ${a}`, String(last.scan.calls[a] ?? 0), String(last.server.byAction[a] ?? 0), ((last.scan.calls[a] ?? 0) / Math.max(1, fns)).toFixed(3)]),
    ]),
  )
  out.push('', 'slowest quota buckets (last run):')
  out.push(
    table([
      ['  region', 'family', 'calls', 'rate/s', 'burst', 'seconds'],
      ...last.floor.families.slice(0, 8).map((f) => [`  ${f.region}`, f.family, String(f.calls), String(f.rate), String(f.burst), f.seconds.toFixed(1)]),
    ]),
  )
  const throttled = Object.entries(last.server.quotaThrottles)
  if (throttled.length) out.push('', `throttled (last run): ${throttled.map(([a, n]) => `${a} ${n}`).join(', ')}`)
  const failed = Object.entries(last.server.failedForGood)
  if (failed.length) out.push(`failed for good (last run): ${failed.map(([a, n]) => `${a} ${n}`).join(', ')}`)
  if (last.scan.gaps.length) out.push(`gaps (last run): ${last.scan.gaps.join(' | ')}`)
  out.push(`unresolved fields (last run): ${Object.entries(last.scan.unresolved).map(([why, n]) => `${why} ×${n}`).join(', ') || 'none'}`)
  return out.join('\n')
}
