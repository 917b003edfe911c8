import type { FunctionExposure } from '../core/finding.js'
import { terminalSafe } from './terminal-safe.js'

export interface ExposureTextOptions {
  /** Every function, not only the internet-reachable ones. */
  verbose?: boolean
  bold?: (s: string) => string
  dim?: (s: string) => string
}

function roleLine(e: FunctionExposure): string {
  const r = e.role
  if (!r) return 'unknown'
  const name = r.arn.slice(r.arn.lastIndexOf('/') + 1)
  const parts = [r.admin === 'yes' ? 'administrator access' : r.admin === 'conditional' ? 'administrator access under conditions' : undefined, r.escalation.length ? `can escalate (${r.escalation.slice(0, 3).join(', ')}${r.escalation.length > 3 ? `, +${r.escalation.length - 3}` : ''})` : undefined, r.services.length ? `services ${r.services.slice(0, 8).join(', ')}${r.services.length > 8 ? ', …' : ''}` : 'no services']
  return `${name}: ${parts.filter(Boolean).join('; ')}`
}

/**
 * The exposure section of the console report: always the internet-reachable functions, every
 * function with `verbose`. Three short lines per function: how it is invoked, who can change
 * it, what its role reaches. Returns no lines when there is nothing to show.
 */
export function renderExposureLines(exposure: readonly FunctionExposure[] | undefined, opts: ExposureTextOptions = {}): string[] {
  const bold = opts.bold ?? ((s: string) => s)
  const dim = opts.dim ?? ((s: string) => s)
  const shown = (exposure ?? []).filter((e) => opts.verbose || e.internetReachable)
  if (shown.length === 0) return []
  const lines = [bold(opts.verbose ? `FUNCTION EXPOSURE (${shown.length})` : `INTERNET-REACHABLE FUNCTIONS (${shown.length})`)]
  for (const e of shown) {
    lines.push(`  ${e.internetReachable ? '!' : '-'} ${terminalSafe(e.name)} (${e.region})`)
    // The public ways in first: they are why the function is listed.
    const invokers = [...e.invokers].sort((a, b) => Number(b.public) - Number(a.public)).map((i) => `${i.who} via ${i.via} ${i.detail}`)
    lines.push(`      ${dim('invoke:')} ${terminalSafe(invokers.join('; ') || 'only principals of its account (no URL, grants or routes)')}`)
    const changers = e.changers.map((c) => `${c.kind === 'external' ? c.principal : c.principal.slice(c.principal.indexOf(':', 13) + 1)}${c.notes.length ? ` (${c.notes.join(', ')})` : ''}`)
    if (e.moreChangers) changers.push(`${e.moreChangers} more`)
    lines.push(`      ${dim('change:')} ${terminalSafe(changers.join('; ') || 'nobody found')}`)
    lines.push(`      ${dim('role:')} ${terminalSafe(roleLine(e))}`)
    if (e.unknowns.length) lines.push(`      ${dim('not known:')} ${terminalSafe(e.unknowns.join('; '))}`)
  }
  lines.push('')
  return lines
}
