import type { AnyCheck } from '../core/check.js'
import type { Finding, FindingStatus, ScanReport } from '../core/finding.js'
import type { Severity } from '../core/severity.js'
import { RESOURCE_TYPES } from '../model/resource-types.js'
import { rulesFor, type RuleInfo } from './catalogue.js'
import { complianceByFramework, findingFingerprint, partitionOfArn } from './finding-identity.js'
import { OCSF_VERSION, type OcsfDetectionFinding, type OcsfResource } from './ocsf-types.js'

const SEVERITY_ID: Record<Severity, [number, string]> = {
  info: [1, 'Informational'],
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
}

/** OCSF finding status: 1 New, 3 Suppressed, 4 Resolved, 5 Archived. */
function findingStatus(f: Finding): [number, string] {
  if (f.muted) return [3, 'Suppressed']
  const byStatus: Record<FindingStatus, [number, string]> = {
    fail: [1, 'New'],
    unknown: [1, 'New'],
    error: [1, 'New'],
    pass: [4, 'Resolved'],
    skip: [5, 'Archived'],
  }
  return byStatus[f.status]
}

/**
 * OCSF Detection Findings as NDJSON: one event per line, one event per finding, every status
 * included so that a SIEM sees a failed finding later resolve (status Resolved) or stop applying
 * (Archived). Only failed findings carry the check's severity and `is_alert: true`; the others
 * are Informational, as Security Hub does for passed checks.
 */
export function renderOcsf(report: ScanReport, checks: readonly AnyCheck[]): string {
  return buildOcsf(report, checks)
    .map((e) => JSON.stringify(e) + '\n')
    .join('')
}

export function buildOcsf(report: ScanReport, checks: readonly AnyCheck[]): OcsfDetectionFinding[] {
  const rules = rulesFor(report.findings, checks)
  const time = Date.parse(report.finishedAt)
  return report.findings.map((f) => ocsfEvent(f, rules.get(f.checkId)!, report, time))
}

function ocsfEvent(f: Finding, rule: RuleInfo, report: ScanReport, time: number): OcsfDetectionFinding {
  const uid = `clearsky-${findingFingerprint(f)}`
  const [severityId, severity] = SEVERITY_ID[f.status === 'fail' ? f.severity : 'info']
  const [statusId, status] = findingStatus(f)
  const accountId = f.accountId ?? report.scope.accountId
  const account = accountId ? { uid: accountId, type_id: 10 as const, type: 'AWS Account' as const } : undefined
  const region = realRegion(f.region) ?? realRegion(report.scope.regions[0])
  const detail = f.muted ? `muted: ${f.muted.reason}` : f.reason
  const compliance = complianceByFramework(f.compliance)
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2004,
    class_name: 'Detection Finding',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    time,
    message: f.message,
    severity_id: severityId,
    severity,
    status_id: statusId,
    status,
    ...(detail ? { status_detail: detail } : {}),
    is_alert: f.status === 'fail' && !f.muted,
    metadata: {
      version: OCSF_VERSION,
      product: { name: report.tool.name, vendor_name: report.tool.name, version: report.tool.version },
      profiles: ['cloud'],
      event_code: f.checkId,
      log_name: 'clearsky-scan',
      log_provider: report.tool.name,
    },
    finding_info: {
      uid,
      title: rule.title,
      desc: rule.description,
      types: rule.categories.length ? [...rule.categories] : ['security-configuration'],
      created_time: time,
      modified_time: time,
      analytic: { uid: f.checkId, name: rule.title, type_id: 1, type: 'Rule' },
    },
    resources: [ocsfResource(f, realRegion(f.region), report.scope.partition)],
    cloud: { provider: 'AWS', ...(region ? { region } : {}), ...(account ? { account } : {}) },
    ...(rule.remediation.text ? { remediation: { desc: rule.remediation.text } } : {}),
    unmapped: {
      check_id: f.checkId,
      check_severity: f.severity,
      verdict: f.status,
      message_id: f.messageId,
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.at ? { attribute: f.at } : {}),
      ...(f.muted ? { muted: f.muted } : {}),
      ...(compliance.size ? { compliance: Object.fromEntries(compliance) } : {}),
      ...(rule.remediation.cli ? { remediation_cli: rule.remediation.cli } : {}),
    },
  }
}

function ocsfResource(f: Finding, region: string | undefined, partition: string | undefined): OcsfResource {
  const info = RESOURCE_TYPES[f.resourceType]
  const cloudPartition = partitionOfArn(f.resourceArn) ?? partition
  const data: Record<string, string | number> = {}
  if (f.location) {
    data.file = f.location.file
    data.start_line = f.location.startLine
    if (f.location.endLine !== undefined) data.end_line = f.location.endLine
    if (f.location.address) data.address = f.location.address
  }
  return {
    uid: f.resourceArn ?? f.resourceId,
    name: f.resourceName,
    type: info?.cloudformation ?? f.resourceType,
    ...(region ? { region } : {}),
    ...(cloudPartition ? { cloud_partition: cloudPartition } : {}),
    ...(Object.keys(data).length ? { data } : {}),
  }
}

/** `global` (IAM) and `*` (a gap over every region) are not AWS regions. */
function realRegion(region: string | undefined): string | undefined {
  return region && region !== 'global' && region !== '*' ? region : undefined
}
