import pc from 'picocolors'
import type { ControlResult, FrameworkResult } from '../core/finding.js'

export interface SummaryOptions {
  color?: boolean
  /** Also list controls that were not evaluated, one per line. */
  verbose?: boolean
}

/**
 * Per-control compliance summary printed after the console report: every evaluated control
 * with its status, the manual ones by id, and the score. Text only; the CLI decides where it goes.
 */
export function renderComplianceSummary(results: readonly FrameworkResult[], opts: SummaryOptions = {}): string {
  const c = pc.createColors(opts.color ?? false)
  const mark: Record<ControlResult['status'], string> = {
    pass: c.green('✓ pass   '),
    fail: c.red('✗ fail   '),
    unknown: c.yellow('? unknown'),
    manual: c.dim('· manual '),
    'not-evaluated': c.dim('- n/e    '),
  }
  const out: string[] = []
  for (const fw of results) {
    out.push(c.bold(`COMPLIANCE: ${fw.title}${fw.version ? ` ${fw.version}` : ''} (${fw.id})`))
    const width = Math.max(4, ...fw.controls.map((x) => x.id.length))
    const shown = fw.controls.filter((x) => opts.verbose || x.status === 'pass' || x.status === 'fail' || x.status === 'unknown')
    for (const ctl of shown) out.push(`  ${mark[ctl.status]}  ${ctl.id.padEnd(width)}  ${ctl.title}${detail(ctl)}`)
    const manual = fw.controls.filter((x) => x.status === 'manual')
    const notEvaluated = fw.controls.filter((x) => x.status === 'not-evaluated')
    if (!opts.verbose && manual.length) out.push(c.dim(`  manual, for people to assess (${manual.length}): ${manual.map((x) => x.id).join(', ')}`))
    if (!opts.verbose && notEvaluated.length)
      out.push(c.dim(`  not evaluated (${notEvaluated.length}): no check in this scan covers them or nothing they apply to exists; --verbose lists them`))
    const n = count(fw.controls)
    const evaluated = n.pass + n.fail + n.unknown
    out.push(
      evaluated === 0
        ? '  score: no automated control could be evaluated'
        : `  score: ${fw.score}% (${n.pass} of ${evaluated} evaluated controls pass; ${n.fail} fail, ${n.unknown} unknown)`,
    )
    out.push('')
  }
  return out.join('\n')
}

function detail(ctl: ControlResult): string {
  const f = ctl.findings
  if (!f) return ''
  const parts: string[] = []
  if (f.fail) parts.push(`${f.fail} failed`)
  if (f.unknown) parts.push(`${f.unknown} unknown`)
  if (f.muted) parts.push(`${f.muted} muted`)
  return parts.length ? `  [${parts.join(', ')}]` : ''
}

function count(controls: readonly ControlResult[]): Record<ControlResult['status'], number> {
  const n = { pass: 0, fail: 0, unknown: 0, manual: 0, 'not-evaluated': 0 }
  for (const x of controls) n[x.status]++
  return n
}
