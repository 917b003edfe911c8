import pc from 'picocolors'
import type { Finding, ScanReport } from '../core/finding.js'
import { SEVERITIES, type Severity } from '../core/severity.js'
import type { AnyCheck } from '../core/check.js'
import { terminalSafe, terminalSafeLine } from './terminal-safe.js'
import { renderExposureLines } from './exposure-text.js'

export interface ConsoleOptions {
  color?: boolean
  /** Check catalogue, for the fix of each finding. */
  checks?: readonly AnyCheck[]
  /** Also list passes and skips. */
  verbose?: boolean
}

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  critical: (s) => pc.bold(pc.red(s)),
  high: pc.red,
  medium: pc.yellow,
  low: pc.cyan,
  info: pc.dim,
}

/** Human-readable report: failures grouped by severity with their fix, then unknowns, then a summary. */
export function renderConsole(report: ScanReport, opts: ConsoleOptions = {}): string {
  const c = pc.createColors(opts.color ?? false)
  const color = opts.color ? SEVERITY_COLOR : (Object.fromEntries(SEVERITIES.map((s) => [s, (x: string) => x])) as typeof SEVERITY_COLOR)
  const fixes = new Map((opts.checks ?? []).map((ch) => [ch.meta.id, ch.meta.remediation]))
  const lines: string[] = []
  // Everything from the account or template is one line; only the catalogue's own fix text may span lines.
  const safe = terminalSafeLine
  const where = (f: Finding) => {
    const loc = f.location ? ` (${f.location.file}:${f.location.startLine})` : ''
    return safe(`${f.resourceArn ?? f.resourceId}${loc}`)
  }
  const fails = report.findings.filter((f) => f.status === 'fail')
  for (const sev of SEVERITIES) {
    const group = fails.filter((f) => f.severity === sev)
    if (!group.length) continue
    lines.push(color[sev](c.bold(`${sev.toUpperCase()} (${group.length})`)))
    for (const f of group) {
      const muted = f.muted ? c.dim(` [muted: ${safe(f.muted.reason)}]`) : ''
      lines.push(`  ${color[sev]('✗')} ${c.bold(f.checkId)}  ${where(f)}${muted}`)
      lines.push(`      ${safe(f.message)}`)
      const fix = fixes.get(f.checkId)
      if (fix) lines.push(`      ${c.dim('fix:')} ${terminalSafe(fix.cli ?? fix.text)}`)
    }
    lines.push('')
  }
  const unknown = report.findings.filter((f) => f.status === 'unknown' || f.status === 'error')
  if (unknown.length) {
    lines.push(c.bold(`COULD NOT EVALUATE (${unknown.length})`))
    for (const f of unknown) lines.push(`  ? ${f.checkId}  ${where(f)}\n      ${safe(f.reason ?? f.message)}`)
    lines.push('')
  }
  if (opts.verbose) {
    const ok = report.findings.filter((f) => f.status === 'pass' || f.status === 'skip')
    if (ok.length) lines.push(c.bold(`PASSED OR NOT APPLICABLE (${ok.length})`))
    for (const f of ok) lines.push(`  ${f.status === 'pass' ? '✓' : '-'} ${f.checkId}  ${where(f)}`)
    if (ok.length) lines.push('')
  }
  lines.push(...renderExposureLines(report.exposure, { verbose: Boolean(opts.verbose), bold: c.bold, dim: c.dim }))
  for (const gap of report.gaps) lines.push(c.yellow(`! not collected: ${safe(gap.resourceType)} in ${safe(gap.region ?? 'every region')}: ${safe(gap.code)} ${safe(gap.message)}`))
  for (const note of report.notes) lines.push(c.dim(`note: ${safe(note)}`))
  const s = report.summary
  const bySev = SEVERITIES.filter((x) => s.failedBySeverity[x] > 0).map((x) => `${s.failedBySeverity[x]} ${x}`).join(', ')
  lines.push(
    `${s.checksRun} checks on ${s.resourcesEvaluated} resources: ${s.byStatus.fail} failed${bySev ? ` (${bySev})` : ''}, ${s.byStatus.pass} passed, ${s.byStatus.unknown + s.byStatus.error} unknown, ${s.byStatus.skip} not applicable.`,
  )
  return lines.join('\n') + '\n'
}
