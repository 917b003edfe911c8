/**
 * Evaluation benchmark: every check of the catalogue over generated inventories of growing
 * size, each measurement in its own process. The engine must stay linear: the time per
 * resource at the largest size over the time per resource at the smallest is printed (1.0 is
 * perfectly linear).
 */
import { fork } from 'node:child_process'
import { join } from 'node:path'
import type { EvalRun } from './eval-child.js'
import { formatSpread, spread, table } from './stats.js'

export interface EvalBenchOptions {
  sizes: number[]
  runs: number
  /** A size whose run takes longer than this is stopped and reported as such. */
  timeoutSeconds?: number
  log: (line: string) => void
}

export interface EvalSizeResult {
  size: number
  runs: EvalRun[]
  /** Set when a run was stopped at the timeout. */
  timedOut?: number
}

function runChild(size: number, timeoutSeconds: number): Promise<EvalRun | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'eval-child.ts'), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_SIZE: String(size) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let result: EvalRun | undefined
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve('timeout')
    }, timeoutSeconds * 1000)
    child.on('message', (m) => (result = (m as { result: EvalRun }).result))
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (result) resolve(result)
      else if (code !== null) reject(new Error(`evaluation of ${size} resources exited with ${code}`))
    })
  })
}

export async function evalBench(o: EvalBenchOptions): Promise<EvalSizeResult[]> {
  const out: EvalSizeResult[] = o.sizes.map((size) => ({ size, runs: [] }))
  for (let i = 0; i < o.runs; i++) {
    for (const r of out) {
      if (r.timedOut) continue
      o.log(`eval: run ${i + 1}/${o.runs} at ${r.size} resources …`)
      const run = await runChild(r.size, o.timeoutSeconds ?? 600)
      if (run === 'timeout') {
        r.timedOut = o.timeoutSeconds ?? 600
        o.log(`  stopped after ${r.timedOut} s`)
        continue
      }
      o.log(`  ${run.evaluateSeconds.toFixed(2)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`)
      r.runs.push(run)
    }
  }
  return out
}

export function describeEval(results: readonly EvalSizeResult[]): string {
  const rows: string[][] = [['resources', 'functions', 'checks', 'findings', 'evaluate', 'µs per resource', 'RSS before', 'peak RSS']]
  for (const r of results) {
    if (!r.runs.length) {
      rows.push([String(r.size), '-', '-', '-', `stopped after ${r.timedOut} s`, '-', '-', '-'])
      continue
    }
    const x = r.runs[0]!
    const secs = spread(r.runs.map((k) => k.evaluateSeconds))
    rows.push([
      String(x.resources),
      String(x.functions),
      String(x.checks),
      String(x.findings),
      formatSpread(secs, ' s'),
      ((secs.median * 1e6) / x.resources).toFixed(1),
      formatSpread(spread(r.runs.map((k) => k.rssBeforeMb)), ' MB', 0),
      formatSpread(spread(r.runs.map((k) => k.peakRssMb)), ' MB', 0),
    ])
  }
  const lines = [table(rows)]
  const done = results.filter((r) => r.runs.length)
  if (done.length >= 2) {
    const perResource = (r: EvalSizeResult) => spread(r.runs.map((k) => k.evaluateSeconds)).median / r.runs[0]!.resources
    const first = done[0]!
    const last = done[done.length - 1]!
    lines.push('', `linearity: time per resource at ${last.runs[0]!.resources} ÷ at ${first.runs[0]!.resources} = ${(perResource(last) / perResource(first)).toFixed(2)} (1.00 = linear)`)
  }
  return lines.join('\n')
}
