import type { Finding } from '../core/finding.js'
import { terminalSafe } from '../reporters/terminal-safe.js'
import type { ResourceDrift } from './drift.js'
import type { FindingsDiff } from './findings-diff.js'
import type { StoredScanHeader } from './scan-store.js'

export interface ScanComparison {
  before: StoredScanHeader
  after: StoredScanHeader
  findings: FindingsDiff
  drift: ResourceDrift[]
}

const brief = (f: Finding) => ({ checkId: f.checkId, severity: f.severity, resourceId: f.resourceId, message: f.message })

export function renderComparisonJson(c: ScanComparison): string {
  return (
    JSON.stringify(
      {
        before: c.before,
        after: c.after,
        findings: { new: c.findings.new.map(brief), resolved: c.findings.resolved.map(brief), unchanged: c.findings.unchanged.map(brief) },
        drift: c.drift,
      },
      null,
      2,
    ) + '\n'
  )
}

function changeText(ch: ResourceDrift['fields'][number]): string {
  if (ch.field.startsWith('environment.')) return `${ch.field} ${ch.kind}` // values never shown
  if (ch.kind === 'added') return `${ch.field} added: ${ch.after}`
  if (ch.kind === 'removed') return `${ch.field} removed (was ${ch.before})`
  return `${ch.field}: ${ch.before} → ${ch.after}`
}

export function renderComparisonConsole(c: ScanComparison): string {
  const s = terminalSafe
  const lines = [`Scan #${c.before.id} (${c.before.createdAt}) → scan #${c.after.id} (${c.after.createdAt})`, '']
  const section = (title: string, fs: Finding[], mark: string) => {
    lines.push(`${title} (${fs.length})`)
    for (const f of fs) lines.push(`  ${mark} [${f.severity}] ${f.checkId}  ${s(f.resourceId)}`)
    lines.push('')
  }
  section('New findings', c.findings.new, '+')
  section('Resolved findings', c.findings.resolved, '-')
  lines.push(`Unchanged findings: ${c.findings.unchanged.length}`, '')
  lines.push(`Configuration drift (${c.drift.length} resources)`)
  for (const d of c.drift) {
    lines.push(`  ${d.change === 'added' ? '+' : d.change === 'removed' ? '-' : '~'} ${d.resourceType} ${s(d.name)} (${s(d.resourceId)})`)
    for (const ch of d.fields) lines.push(`      ${s(changeText(ch))}`)
  }
  return lines.join('\n') + '\n'
}

const md = (t: string) => t.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')

export function renderComparisonMarkdown(c: ScanComparison): string {
  const lines = [`## clearsky: scan #${c.before.id} → #${c.after.id}`, '', `**${c.findings.new.length}** new, **${c.findings.resolved.length}** resolved, ${c.findings.unchanged.length} unchanged findings; ${c.drift.length} resources drifted.`, '']
  if (c.findings.new.length) {
    lines.push('### New findings', '', '| severity | check | resource |', '|---|---|---|')
    for (const f of c.findings.new) lines.push(`| ${f.severity} | ${md(f.checkId)} | ${md(f.resourceId)} |`)
    lines.push('')
  }
  if (c.findings.resolved.length) {
    lines.push('### Resolved findings', '', '| severity | check | resource |', '|---|---|---|')
    for (const f of c.findings.resolved) lines.push(`| ${f.severity} | ${md(f.checkId)} | ${md(f.resourceId)} |`)
    lines.push('')
  }
  if (c.drift.length) {
    lines.push('### Configuration drift', '', '| change | resource | what changed |', '|---|---|---|')
    for (const d of c.drift) lines.push(`| ${d.change} | ${md(d.resourceType)} ${md(d.name)} | ${d.fields.map((f) => md(changeText(f))).join('<br>') || '–'} |`)
    lines.push('')
  }
  return lines.join('\n')
}
