import type { AnyCheck } from '../core/check.js'
import type { Finding, ScanReport } from '../core/finding.js'
import { rulesFor, type RuleInfo } from './catalogue.js'
import { xmlAttr, xmlText } from './xml-text.js'

/**
 * JUnit XML, the format every CI system can show: one <testsuite> per check, one <testcase> per
 * check × resource. fail → <failure>; error (the check threw) → <error>; unknown, skip and muted
 * failures → <skipped> with the reason. Every value goes through the XML escapers, which also
 * make characters that XML 1.0 forbids visible instead of emitting an unparseable file.
 */
export function renderJunit(report: ScanReport, checks: readonly AnyCheck[]): string {
  const rules = rulesFor(report.findings, checks)
  const byCheck = new Map<string, Finding[]>()
  for (const id of rules.keys()) byCheck.set(id, [])
  for (const f of report.findings) byCheck.get(f.checkId)!.push(f)
  const suites: string[] = []
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  for (const [id, findings] of byCheck) {
    if (findings.length === 0) continue
    const counts = countOutcomes(findings)
    total.tests += findings.length
    total.failures += counts.failures
    total.errors += counts.errors
    total.skipped += counts.skipped
    suites.push(suiteXml(rules.get(id)!, findings, counts, report.finishedAt))
  }
  const head = `<testsuites name="clearsky" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${seconds(report)}">`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('')}</testsuites>\n`
}

interface Outcomes {
  failures: number
  errors: number
  skipped: number
}

function outcome(f: Finding): 'failure' | 'error' | 'skipped' | 'passed' {
  if (f.status === 'fail') return f.muted ? 'skipped' : 'failure'
  if (f.status === 'error') return 'error'
  if (f.status === 'pass') return 'passed'
  return 'skipped'
}

function countOutcomes(findings: readonly Finding[]): Outcomes {
  const c = { failures: 0, errors: 0, skipped: 0 }
  for (const f of findings) {
    const o = outcome(f)
    if (o === 'failure') c.failures++
    else if (o === 'error') c.errors++
    else if (o === 'skipped') c.skipped++
  }
  return c
}

function suiteXml(rule: RuleInfo, findings: readonly Finding[], c: Outcomes, timestamp: string): string {
  const attrs = `name="${xmlAttr(rule.id)}" tests="${findings.length}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="0" timestamp="${xmlAttr(timestamp.replace(/Z$/, ''))}"`
  const props = `    <properties>\n      <property name="title" value="${xmlAttr(rule.title)}"/>\n      <property name="severity" value="${rule.severity}"/>\n    </properties>\n`
  return `  <testsuite ${attrs}>\n${props}${findings.map((f) => caseXml(f, rule)).join('')}  </testsuite>\n`
}

function caseXml(f: Finding, rule: RuleInfo): string {
  const where = f.location ? ` file="${xmlAttr(f.location.file)}" line="${f.location.startLine}"` : ''
  const name = `${f.resourceName} (${f.resourceArn ?? f.resourceId})${f.subject ? ` ${f.subject}` : ''}`
  const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(f.checkId)}" time="0"${where}`
  const o = outcome(f)
  if (o === 'passed') return `${open}/>\n`
  let body: string
  if (o === 'failure') body = `      <failure message="${xmlAttr(f.message)}" type="${f.severity}">${xmlText(failureDetail(f, rule))}</failure>\n`
  else if (o === 'error') body = `      <error message="${xmlAttr(f.reason ?? f.message)}" type="check-error">${xmlText(f.message)}</error>\n`
  else body = `      <skipped message="${xmlAttr(skipReason(f))}"/>\n`
  return `${open}>\n${body}    </testcase>\n`
}

function skipReason(f: Finding): string {
  if (f.status === 'fail' && f.muted) return `muted: ${f.muted.reason}`
  if (f.status === 'unknown') return `could not evaluate: ${f.reason ?? f.message}`
  return `not applicable: ${f.reason ?? f.message}`
}

function failureDetail(f: Finding, rule: RuleInfo): string {
  const lines = [f.message, `resource: ${f.resourceArn ?? f.resourceId}`, `region: ${f.region}`]
  if (f.location) lines.push(`location: ${f.location.file}:${f.location.startLine}${f.location.address ? ` (${f.location.address})` : ''}`)
  if (f.compliance?.length) lines.push(`compliance: ${f.compliance.join(', ')}`)
  if (rule.remediation.text) lines.push(`fix: ${rule.remediation.text}`)
  if (rule.remediation.cli) lines.push(`cli: ${rule.remediation.cli}`)
  return lines.join('\n')
}

function seconds(report: ScanReport): string {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt)
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0'
}
