import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif'
import type { Finding, ScanReport } from '../core/finding.js'
import type { Severity } from '../core/severity.js'
import type { AnyCheck } from '../core/check.js'
import { rulesFor, type RuleInfo } from './catalogue.js'
import { findingFingerprint } from './finding-identity.js'
import { markdownFence } from './markdown-text.js'

/**
 * GitHub code scanning reads `security-severity` (0–10, as a string) to rank alerts: above 9.0
 * is critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. One value per clearsky severity, in
 * the middle of its band.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'warning', info: 'note' }

/** Key of the fingerprint that stays the same for one check on one resource across scans. */
export const SARIF_FINGERPRINT_KEY = 'clearskyFinding/v1'

/**
 * SARIF 2.1.0: one rule per check, one result per failed finding and per finding that could not
 * be evaluated (level `note`, with the reason). Passes and not-applicable results are left out:
 * SARIF consumers treat every result as something to look at. IaC findings carry a physical
 * location (file and lines, relative to the scanned root); live findings a logical location
 * whose fully qualified name is the ARN (GitHub code scanning accepts only the former: upload
 * SARIF from IaC scans there). Muted findings stay in, with an external suppression. Checks that
 * threw are tool notifications, not results.
 */
export function renderSarif(report: ScanReport, checks: readonly AnyCheck[]): string {
  return JSON.stringify(buildSarif(report, checks), null, 2) + '\n'
}

export function buildSarif(report: ScanReport, checks: readonly AnyCheck[]): Log {
  const ruleInfo = rulesFor(report.findings, checks)
  const ruleIds = [...ruleInfo.keys()]
  const index = new Map(ruleIds.map((id, i) => [id, i]))
  const rules = ruleIds.map((id) => sarifRule(ruleInfo.get(id)!))
  const results: Result[] = []
  const notifications: Notification[] = []
  // GitHub code scanning rejects a whole SARIF file if one result lacks a file location. In an
  // IaC scan, the few findings without one (a template that failed to parse) become
  // notifications, so the file stays uploadable; live findings keep their logical location.
  const fileOnly = report.scope.kind === 'iac'
  for (const f of report.findings) {
    if ((f.status === 'fail' || f.status === 'unknown') && fileOnly && !f.location)
      notifications.push({
        level: f.status === 'fail' ? 'error' : 'warning',
        message: { text: `${f.checkId} on ${f.resourceName}: ${f.status === 'fail' ? f.message : `could not evaluate: ${f.reason ?? f.message}`}` },
        associatedRule: { id: f.checkId, index: index.get(f.checkId)! },
      })
    else if (f.status === 'fail' || f.status === 'unknown') results.push(sarifResult(f, index.get(f.checkId)!))
    else if (f.status === 'error')
      notifications.push({
        level: 'error',
        message: { text: `Check ${f.checkId} failed on ${f.resourceArn ?? f.resourceId}: ${f.reason ?? f.message}` },
        associatedRule: { id: f.checkId, index: index.get(f.checkId)! },
      })
  }
  for (const gap of report.gaps)
    notifications.push({ level: 'warning', message: { text: `Could not list ${gap.resourceType} in ${gap.region ?? 'every region'}: ${gap.code}: ${gap.message}` } })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: { scope: report.scope, summary: report.summary },
      },
    ],
  }
}

function sarifRule(r: RuleInfo): ReportingDescriptor {
  const tags = ['security', ...r.categories]
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: helpText(r), markdown: helpMarkdown(r) },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[r.severity], severity: r.severity, tags, precision: 'high' },
  }
}

function helpText(r: RuleInfo): string {
  const parts = [r.description]
  if (r.risk) parts.push(`Risk: ${r.risk}`)
  if (r.remediation.text) parts.push(`Fix: ${r.remediation.text}`)
  if (r.remediation.cli) parts.push(`AWS CLI:\n${r.remediation.cli}`)
  return parts.join('\n\n')
}

function helpMarkdown(r: RuleInfo): string {
  const parts = [`**${r.title}**`, r.description]
  if (r.risk) parts.push(`**Risk.** ${r.risk}`)
  if (r.remediation.text) parts.push(`**Fix.** ${r.remediation.text}`)
  if (r.remediation.cli) parts.push(`AWS CLI:\n\n${markdownFence(r.remediation.cli, 'sh')}`)
  if (r.remediation.cloudformation) parts.push(`CloudFormation:\n\n${markdownFence(r.remediation.cloudformation, 'yaml')}`)
  if (r.remediation.terraform) parts.push(`Terraform:\n\n${markdownFence(r.remediation.terraform, 'hcl')}`)
  return parts.join('\n\n')
}

function sarifResult(f: Finding, ruleIndex: number): Result {
  const unknown = f.status === 'unknown'
  const result: Result = {
    ruleId: f.checkId,
    ruleIndex,
    level: unknown ? 'note' : LEVEL[f.severity],
    message: { text: unknown ? `Could not evaluate ${f.checkId} on ${f.resourceName}: ${f.reason ?? f.message}` : f.message },
    locations: [sarifLocation(f)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: findingFingerprint(f) },
    properties: {
      status: f.status,
      severity: f.severity,
      resourceType: f.resourceType,
      resourceId: f.resourceId,
      ...(f.resourceArn ? { resourceArn: f.resourceArn } : {}),
      region: f.region,
      ...(f.accountId ? { accountId: f.accountId } : {}),
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.at ? { attribute: f.at } : {}),
      ...(f.compliance?.length ? { compliance: f.compliance } : {}),
    },
  }
  if (f.muted) result.suppressions = [{ kind: 'external', justification: f.muted.reason }]
  return result
}

function sarifLocation(f: Finding): Location {
  const logical = { name: f.resourceName, fullyQualifiedName: f.location?.address ?? f.resourceArn ?? f.resourceId, kind: 'resource' }
  if (!f.location) return { logicalLocations: [{ ...logical, fullyQualifiedName: f.resourceArn ?? f.resourceId }] }
  const { file, startLine, endLine } = f.location
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file) },
      region: { startLine: Math.max(1, startLine), ...(endLine && endLine >= startLine ? { endLine } : {}) },
    },
    logicalLocations: [logical],
  }
}

/**
 * A file path as a SARIF artifact URI: relative paths stay relative (GitHub resolves them
 * against the repository root), with `/` separators and each segment percent-encoded so that
 * `#`, `?`, `%` and spaces in file names survive. Absolute paths become `file://` URIs.
 */
export function artifactUri(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  const encoded = path
    .split('/')
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/')
  if (path.startsWith('/')) return `file://${encoded}`
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`
  return encoded
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}
