import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { CHECKS } from '../checks/index.js'
import type { AnyCheck } from '../core/check.js'
import { scan } from '../core/engine.js'
import type { Inventory } from '../core/inventory.js'
import type { ScanReport } from '../core/finding.js'
import { selectChecks } from '../core/selection.js'
import { atLeast, type Severity } from '../core/severity.js'
import type { ResourceType } from '../model/resource-types.js'
import { REPORTERS } from '../reporters/index.js'
import { VERSION } from '../version.js'
import { persistScan, type StoreFlags } from './store-options.js'
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js'
import { parseFormats, parseSeverity, type ScanFlags } from './scan-options.js'
import { checksOfFrameworks, FRAMEWORKS } from '../compliance/index.js'
import { didYouMean } from '../core/did-you-mean.js'
import { complianceSummaryFor, postProcess } from './post-process.js'
import { computeExposure } from '../analysis/exposure.js'

export function selectFromFlags(flags: ScanFlags): AnyCheck[] {
  try {
    let sel = selectChecks(CHECKS, { include: flags.checks, exclude: flags.excludeChecks, minSeverity: parseSeverity(flags.severity) })
    if (flags.framework?.length) sel = onlyFrameworkChecks(sel, flags.framework)
    if (sel.length === 0) throw new Error('the selection leaves no check to run')
    return sel
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

/** --framework narrows the selection, like every other selection flag: only checks the frameworks map. */
function onlyFrameworkChecks(checks: AnyCheck[], ids: string[]): AnyCheck[] {
  const known = FRAMEWORKS.map((f) => f.id)
  for (const id of ids) if (!known.includes(id)) throw new Error(`unknown framework '${id}'${didYouMean(id, known)} (run 'clearsky frameworks' for the list)`)
  const mapped = checksOfFrameworks(FRAMEWORKS.filter((f) => ids.includes(f.id)))
  return checks.filter((c) => mapped.has(c.meta.id))
}

/** Resource types the checks read: their own type plus what they join. */
export function typesNeeded(checks: readonly AnyCheck[]): ResourceType[] {
  const types = new Set<ResourceType>()
  for (const c of checks) {
    types.add(c.meta.resourceType)
    for (const t of c.meta.reads ?? []) types.add(t)
  }
  return [...types]
}

/** Writes a file atomically: a reader never sees half a report. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.partial-${process.pid}`
  writeFileSync(tmp, text)
  renameSync(tmp, file)
}

/**
 * Evaluates an inventory, stores the scan (unless --no-store), writes every requested format,
 * returns the exit code. `adjust` lets a
 * source amend the raw report first (IaC inline suppressions mark findings muted).
 */
export async function evaluateAndReport(
  inv: Inventory,
  checks: AnyCheck[],
  flags: ScanFlags & StoreFlags,
  startedAt: Date,
  adjust?: (report: ScanReport) => ScanReport,
): Promise<{ code: number; report: ScanReport }> {
  const formats = parseFormats(flags)
  const scanned = scan(inv, checks, { toolVersion: VERSION, startedAt, checkOptions: flags.settings?.checkOptions })
  // The exposure summary describes the inventory, so it is computed once here, beside the findings.
  const exposure = computeExposure(inv)
  if (exposure.length) scanned.exposure = exposure
  const report = postProcess(adjust ? adjust(scanned) : scanned, inv, flags)
  // Stored before rendering, so the report can show its scope's trend including this scan.
  await persistScan(report, inv, flags)
  const stdoutIsTty = Boolean(process.stdout.isTTY)
  for (const format of formats) {
    const reporter = REPORTERS[format]!
    const toFile = Boolean(flags.output || flags.outputDir)
    const color = flags.color !== false && !toFile && stdoutIsTty && !process.env.NO_COLOR
    let text = reporter.render(report, { checks, color, verbose: Boolean(flags.verbose) })
    if (format === 'console') text += complianceSummaryFor(report, flags, color)
    if (flags.outputDir) writeFileAtomic(join(flags.outputDir, `clearsky-report.${reporter.extension}`), text)
    else if (flags.output) writeFileAtomic(flags.output, text)
    else process.stdout.write(text)
  }
  return { code: exitCodeFor(report, flags.failOn), report }
}

export function exitCodeFor(report: ScanReport, failOn: string): number {
  if (failOn === 'none') return EXIT_OK
  const threshold = failOn as Severity
  return report.findings.some((f) => f.status === 'fail' && !f.muted && atLeast(f.severity, threshold)) ? EXIT_FINDINGS : EXIT_OK
}
