import type { Finding, FindingStatus, ScanReport } from '../../core/finding.js'
import { severityRank } from '../../core/severity.js'
import type { RuleInfo } from '../catalogue.js'

/** Table order: what needs attention first (failures, then unknowns and errors), most severe first. */
const STATUS_ORDER: Record<FindingStatus, number> = { fail: 0, unknown: 1, error: 2, pass: 3, skip: 4 }

function tableOrder(a: Finding, b: Finding): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || severityRank(b.severity) - severityRank(a.severity)
}

/** One finding as the page's script receives it (all strings are shown with textContent). */
export interface PageFinding {
  status: Finding['status']
  severity: Finding['severity']
  checkId: string
  title: string
  resourceName: string
  resource: string
  resourceType: string
  region: string
  accountId?: string
  location?: string
  address?: string
  attribute?: string
  subject?: string
  message: string
  reason?: string
  muted?: string
  compliance: string[]
  data: [string, string][]
}

export interface PageCheck {
  title: string
  description: string
  risk: string
  fix: string
  cli?: string
  cloudformation?: string
  terraform?: string
}

export interface PageData {
  findings: PageFinding[]
  checks: Record<string, PageCheck>
}

export function pageData(report: ScanReport, rules: Map<string, RuleInfo>): PageData {
  const checks: Record<string, PageCheck> = {}
  for (const [id, r] of rules) {
    checks[id] = {
      title: r.title,
      description: r.description,
      risk: r.risk,
      fix: r.remediation.text,
      ...(r.remediation.cli ? { cli: r.remediation.cli } : {}),
      ...(r.remediation.cloudformation ? { cloudformation: r.remediation.cloudformation } : {}),
      ...(r.remediation.terraform ? { terraform: r.remediation.terraform } : {}),
    }
  }
  const findings = [...report.findings].sort(tableOrder).map((f): PageFinding => {
    const loc = f.location
    return {
      status: f.status,
      severity: f.severity,
      checkId: f.checkId,
      title: f.title,
      resourceName: f.resourceName,
      resource: f.resourceArn ?? f.resourceId,
      resourceType: f.resourceType,
      region: f.region,
      ...(f.accountId ? { accountId: f.accountId } : {}),
      ...(loc ? { location: `${loc.file}:${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-${loc.endLine}` : ''}` } : {}),
      ...(loc?.address ? { address: loc.address } : {}),
      ...(f.at ? { attribute: f.at } : {}),
      ...(f.subject ? { subject: f.subject } : {}),
      message: f.message,
      ...(f.reason ? { reason: f.reason } : {}),
      ...(f.muted ? { muted: f.muted.reason } : {}),
      compliance: f.compliance ?? [],
      data: Object.entries(f.data ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    }
  })
  return { findings, checks }
}
