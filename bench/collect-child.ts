/**
 * One benchmark scan, in a fresh process so that its peak RSS is its own: collect the scale
 * account through the loopback server (the real collectors, limiters and SDK clients), then
 * evaluate every check. The AWS_* environment points at the server. Sends one IPC message:
 * `{ result: ScanRun }`.
 */
import { CHECKS } from '../src/checks/index.js'
import { scan } from '../src/core/engine.js'
import type { ResourceType } from '../src/model/resource-types.js'
import { collectAws } from '../src/sources/aws/index.js'
import { typesNeeded } from '../src/cli/run-scan.js'

/** What one scan measured, client side. */
export interface ScanRun {
  collectSeconds: number
  evaluateSeconds: number
  /** Logical calls by IAM action (the `onCall` hook: once per call, retries not counted). */
  calls: Record<string, number>
  functions: number
  resources: number
  findings: number
  gaps: string[]
  /** `unresolved` entries in the inventory, by reason (designed denials and NotFound included). */
  unresolved: Record<string, number>
  peakRssMb: number
}

const regions = (process.env.BENCH_REGIONS ?? '').split(',').filter(Boolean)
const extraTypes = (process.env.BENCH_EXTRA_TYPES ?? '').split(',').filter(Boolean) as ResourceType[]

const calls: Record<string, number> = {}
const t0 = performance.now()
const inv = await collectAws({
  regions,
  resourceTypes: [...new Set([...typesNeeded(CHECKS), ...extraTypes])],
  onCall: (action) => void (calls[action] = (calls[action] ?? 0) + 1),
})
const t1 = performance.now()
const report = scan(inv, CHECKS)
const t2 = performance.now()

const unresolved: Record<string, number> = {}
let resources = 0
for (const list of Object.values(inv.resources)) {
  for (const r of list ?? []) {
    resources++
    for (const why of Object.values(r.unresolved ?? {})) unresolved[why] = (unresolved[why] ?? 0) + 1
  }
}
const result: ScanRun = {
  collectSeconds: (t1 - t0) / 1000,
  evaluateSeconds: (t2 - t1) / 1000,
  calls: Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b))),
  functions: inv.resources['lambda.function']?.length ?? 0,
  resources,
  findings: report.findings.length,
  gaps: inv.gaps.map((g) => `${g.resourceType} ${g.region ?? '*'} ${g.code}: ${g.message}`),
  unresolved,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}
process.send!({ result }, () => process.exit(0))
