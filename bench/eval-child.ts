/**
 * One evaluation measurement in a fresh process (so its peak RSS is its own): generate an
 * inventory of BENCH_SIZE resources, run every check of the catalogue over it, report.
 */
import { CHECKS } from '../src/checks/index.js'
import { runChecks } from '../src/core/engine.js'
import { generateInventory, resourceCount } from './generate-inventory.js'

/** One evaluation run's figures. */
export interface EvalRun {
  size: number
  resources: number
  functions: number
  checks: number
  findings: number
  generateSeconds: number
  evaluateSeconds: number
  /** RSS after generating the inventory, before evaluating. */
  rssBeforeMb: number
  peakRssMb: number
}

const size = Number(process.env.BENCH_SIZE)
const now = new Date('2026-12-01T00:00:00Z')
// Warm-up on a small inventory: checks load their data files (IAM action catalogue, runtime
// dates …) on first use, a fixed cost that would otherwise be charged to the smallest size.
runChecks(generateInventory(300, 2), CHECKS, { now })
const t0 = performance.now()
const inv = generateInventory(size)
const t1 = performance.now()
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024
const findings = runChecks(inv, CHECKS, { now })
const t2 = performance.now()
const result: EvalRun = {
  size,
  resources: resourceCount(inv),
  functions: inv.resources['lambda.function']?.length ?? 0,
  checks: CHECKS.length,
  findings: findings.length,
  generateSeconds: (t1 - t0) / 1000,
  evaluateSeconds: (t2 - t1) / 1000,
  rssBeforeMb,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}
process.send!({ result }, () => process.exit(0))
