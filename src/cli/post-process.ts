import { applyCompliance } from '../compliance/apply.js'
import { FRAMEWORKS } from '../compliance/index.js'
import { renderComplianceSummary } from '../compliance/summary.js'
import { summarize } from '../core/engine.js'
import type { ScanReport } from '../core/finding.js'
import type { Inventory } from '../core/inventory.js'
import { applyMutelist, tagLookupFromInventory } from '../core/mutelist.js'
import type { ScanFlags } from './scan-options.js'

/**
 * What happens between the engine and the reporters: the mutelist marks accepted findings
 * (it needs the inventory for tags), the summary is recounted, and compliance is attached.
 * Expired mutelist rules are reported on stderr, once each.
 */
export function postProcess(report: ScanReport, inv: Inventory, flags: ScanFlags, now = new Date()): ScanReport {
  let out = report
  const rules = flags.settings?.mutelist ?? []
  if (rules.length) {
    const { findings, warnings } = applyMutelist(report.findings, rules, tagLookupFromInventory(inv), now)
    for (const w of warnings) process.stderr.write(`clearsky: warning: ${w}\n`)
    out = { ...report, findings, summary: summarize(findings, report.summary.checksRun, report.summary.resourcesEvaluated) }
  }
  return applyCompliance(out, FRAMEWORKS, flags.framework)
}

/** The per-control summary printed after the console report when --framework is given. */
export function complianceSummaryFor(report: ScanReport, flags: ScanFlags, color: boolean): string {
  if (!flags.framework?.length || !report.compliance?.length) return ''
  return `\n${renderComplianceSummary(report.compliance, { color, verbose: Boolean(flags.verbose) })}`
}
