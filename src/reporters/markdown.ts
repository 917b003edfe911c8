import type { AnyCheck } from '../core/check.js'
import type { Finding, ScanReport } from '../core/finding.js'
import { SEVERITIES, severityRank, type Severity } from '../core/severity.js'
import { rulesFor } from './catalogue.js'
import { markdownFence, markdownText } from './markdown-text.js'

/** Rows of the failed-findings table before "… and N more" (a PR comment has a size limit). */
export const MARKDOWN_TABLE_LIMIT = 50
/** Checks with a "how to fix" section. */
const FIX_LIMIT = 10
/** Rows in the collapsed "could not evaluate" table. */
const UNKNOWN_LIMIT = 50

const ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' }

/**
 * A summary fit for a pull-request comment: counts by severity, the failed findings (most severe
 * first, capped), the fix for each failing check, and what could not be evaluated in a
 * collapsed block. Everything that comes from the scanned resources goes through
 * {@link markdownText}, so a resource name cannot inject HTML, links or @mentions.
 */
export function renderMarkdown(report: ScanReport, checks: readonly AnyCheck[]): string {
  const rules = rulesFor(report.findings, checks)
  const s = report.summary
  const failed = report.findings.filter((f) => f.status === 'fail' && !f.muted).sort(bySeverity)
  const muted = report.findings.filter((f) => f.status === 'fail' && f.muted).length
  const unknown = report.findings.filter((f) => f.status === 'unknown' || f.status === 'error')
  const out: string[] = []
  out.push(`## clearsky: ${failed.length === 0 ? 'no failed checks' : `${failed.length} failed ${failed.length === 1 ? 'finding' : 'findings'}`}`)
  out.push('')
  out.push('| Severity | Failed |', '|---|---:|')
  for (const sev of SEVERITIES) out.push(`| ${ICON[sev]} ${sev} | ${s.failedBySeverity[sev]} |`)
  out.push('')
  const scope = [report.scope.accountId ? `account ${markdownText(report.scope.accountId)}` : undefined, report.scope.regions.length ? markdownText(report.scope.regions.join(', ')) : undefined]
    .filter(Boolean)
    .join(', ')
  out.push(
    `${s.checksRun} checks on ${s.resourcesEvaluated} resources${scope ? ` (${scope})` : ''}: ` +
      `${s.byStatus.fail} failed${muted ? ` (${muted} muted)` : ''}, ${s.byStatus.pass} passed, ` +
      `${s.byStatus.unknown + s.byStatus.error} could not be evaluated, ${s.byStatus.skip} not applicable.`,
  )
  if (report.compliance?.length) {
    out.push('', '| Framework | Score | Failed controls |', '|---|---:|---:|')
    for (const fw of report.compliance)
      out.push(`| ${markdownText(fw.title)}${fw.version ? ` ${markdownText(fw.version)}` : ''} | ${Math.round(fw.score)}% | ${fw.controls.filter((c) => c.status === 'fail').length} |`)
  }
  if (failed.length) {
    out.push('', '### Failed findings', '', '| Severity | Check | Resource | Location | Message |', '|---|---|---|---|---|')
    for (const f of failed.slice(0, MARKDOWN_TABLE_LIMIT))
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${markdownText(f.checkId)} | ${markdownText(f.resourceName)} | ${markdownText(where(f))} | ${markdownText(f.message)} |`)
    if (failed.length > MARKDOWN_TABLE_LIMIT) out.push('', `_… and ${failed.length - MARKDOWN_TABLE_LIMIT} more failed findings: see the full report._`)
    const failingChecks = [...new Set(failed.map((f) => f.checkId))]
    out.push('', '### How to fix')
    for (const id of failingChecks.slice(0, FIX_LIMIT)) {
      const r = rules.get(id)!
      const count = failed.filter((f) => f.checkId === id).length
      out.push('', `**${markdownText(r.title)}** (${markdownText(id)}, ${count} ${count === 1 ? 'resource' : 'resources'})`)
      if (r.remediation.text) out.push('', markdownText(r.remediation.text))
      if (r.remediation.cli) out.push('', markdownFence(r.remediation.cli, 'sh'))
    }
    if (failingChecks.length > FIX_LIMIT) out.push('', `_… and ${failingChecks.length - FIX_LIMIT} more failing checks._`)
  }
  if (unknown.length) {
    out.push('', `<details><summary>${unknown.length} ${unknown.length === 1 ? 'result' : 'results'} could not be evaluated</summary>`, '')
    out.push('| Check | Resource | Reason |', '|---|---|---|')
    for (const f of unknown.slice(0, UNKNOWN_LIMIT)) out.push(`| ${markdownText(f.checkId)} | ${markdownText(f.resourceName)} | ${markdownText(f.reason ?? f.message)} |`)
    if (unknown.length > UNKNOWN_LIMIT) out.push('', `_… and ${unknown.length - UNKNOWN_LIMIT} more._`)
    out.push('', '</details>')
  }
  return out.join('\n') + '\n'
}

function bySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.checkId.localeCompare(b.checkId)
}

function where(f: Finding): string {
  if (f.location) return `${f.location.file}:${f.location.startLine}`
  return f.region
}
