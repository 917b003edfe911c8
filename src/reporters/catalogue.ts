import type { AnyCheck, CheckCategory, Remediation } from '../core/check.js'
import type { Finding } from '../core/finding.js'
import type { Severity } from '../core/severity.js'

/** What a reporter needs to know about a check: the catalogue's meta, or what a finding carries. */
export interface RuleInfo {
  id: string
  title: string
  severity: Severity
  description: string
  risk: string
  remediation: Remediation
  categories: readonly CheckCategory[]
  /** False when the report names a check the catalogue passed to the reporter does not hold. */
  known: boolean
}

/**
 * Rule information for every check the report mentions, in a stable order: the catalogue's
 * checks first (as given), then checks that appear only in findings (a report written by
 * another clearsky version), sorted by id.
 */
export function rulesFor(findings: readonly Finding[], checks: readonly AnyCheck[]): Map<string, RuleInfo> {
  const rules = new Map<string, RuleInfo>()
  for (const c of checks) {
    const m = c.meta
    rules.set(m.id, {
      id: m.id,
      title: m.title,
      severity: m.severity,
      description: m.description,
      risk: m.risk,
      remediation: m.remediation,
      categories: m.categories,
      known: true,
    })
  }
  const extra = new Map<string, RuleInfo>()
  for (const f of findings) {
    if (rules.has(f.checkId) || extra.has(f.checkId)) continue
    extra.set(f.checkId, { id: f.checkId, title: f.title, severity: f.severity, description: f.title, risk: '', remediation: { text: '' }, categories: [], known: false })
  }
  for (const id of [...extra.keys()].sort()) rules.set(id, extra.get(id)!)
  return rules
}
