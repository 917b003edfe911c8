import type { AwsSecurityFinding, ComplianceStatus, Resource, SeverityLabel } from '@aws-sdk/client-securityhub'
import type { AnyCheck } from '../core/check.js'
import type { Finding, FindingStatus, ScanReport } from '../core/finding.js'
import type { Severity } from '../core/severity.js'
import { RESOURCE_TYPES } from '../model/resource-types.js'
import { rulesFor, type RuleInfo } from './catalogue.js'
import { findingFingerprint, partitionOfArn } from './finding-identity.js'

/** Where the findings go: the account and region of the Security Hub that imports them. */
export interface AsffTarget {
  /**
   * The importing account (ProductArn). Default: the scan's account, else the first finding's;
   * `000000000000` if none is known (an IaC scan). A finding's AwsAccountId is its own account
   * when it has one, else this.
   */
  accountId?: string
  /** Default: the scan's first region, else us-east-1. */
  region?: string
  /** Default: the partition of the scan, else `aws`. */
  partition?: string
}

/** Used when the report names no account (an IaC scan). Security Hub rejects it; `push` refuses it. */
export const UNKNOWN_ACCOUNT = '000000000000'

const BEST_PRACTICES = 'Software and Configuration Checks/AWS Security Best Practices'
const STANDARDS = 'Software and Configuration Checks/Industry and Regulatory Standards'

const LABEL: Record<Severity, SeverityLabel> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFORMATIONAL' }

/**
 * Compliance.Status per verdict. PASSED makes Security Hub resolve a finding it holds from an
 * earlier scan. `unknown` and `error` are WARNING ("some information is missing"), never
 * NOT_AVAILABLE, so that a check that could not run does not look like one that does not apply.
 */
const COMPLIANCE: Record<FindingStatus, ComplianceStatus> = { pass: 'PASSED', fail: 'FAILED', unknown: 'WARNING', error: 'WARNING', skip: 'NOT_AVAILABLE' }

/** ASFF length limits (BatchImportFindings rejects longer values). */
const MAX = { title: 256, description: 1024, recommendation: 512, note: 512, requirements: 32, other: 1024 }

/**
 * Converts a report to AWS Security Finding Format for BatchImportFindings into the account's
 * default integration (`product/<account>/default`).
 *
 * Every finding is included, passes too: Security Hub updates a finding in place when the same
 * Id arrives with a later UpdatedAt, so a later PASSED resolves what an earlier scan reported as
 * FAILED. A not-applicable result (skip) is sent ARCHIVED, which closes an earlier finding on a
 * resource that no longer has the feature the check looks at. Only failed findings carry the
 * check's severity; the others are INFORMATIONAL, as AWS recommends for PASSED, WARNING and
 * NOT_AVAILABLE results. Muted findings are created with Workflow SUPPRESSED (Security Hub
 * ignores Workflow on updates; later mutes need BatchUpdateFindings).
 */
export function toAsff(report: ScanReport, checks: readonly AnyCheck[], target: AsffTarget = {}): AwsSecurityFinding[] {
  const rules = rulesFor(report.findings, checks)
  const region = target.region ?? report.scope.regions.find((r) => r !== 'global') ?? 'us-east-1'
  const partition = target.partition ?? report.scope.partition ?? 'aws'
  const accountId = target.accountId ?? report.scope.accountId ?? report.findings.find((f) => f.accountId)?.accountId ?? UNKNOWN_ACCOUNT
  return report.findings.map((f) => asffFinding(f, rules.get(f.checkId)!, { accountId, region, partition }, report.finishedAt))
}

/** The ASFF findings as a JSON array (the `Findings` of BatchImportFindings, up to 100 per call). */
export function renderAsff(report: ScanReport, checks: readonly AnyCheck[], target: AsffTarget = {}): string {
  return JSON.stringify(toAsff(report, checks, target), null, 2) + '\n'
}

export function productArn(t: Required<AsffTarget>): string {
  return `arn:${t.partition}:securityhub:${t.region}:${t.accountId}:product/${t.accountId}/default`
}

/** Stable per (check, resource, subject): a re-import updates the same Security Hub finding. */
export function asffId(f: Finding): string {
  return `clearsky/${f.checkId}/${findingFingerprint(f)}`
}

function asffFinding(f: Finding, rule: RuleInfo, t: Required<AsffTarget>, at: string): AwsSecurityFinding {
  const label = f.status === 'fail' ? LABEL[f.severity] : 'INFORMATIONAL'
  const severity = { Label: label, Original: f.severity }
  const types = f.compliance?.length ? [BEST_PRACTICES, STANDARDS] : [BEST_PRACTICES]
  const explain = (f.status === 'unknown' || f.status === 'error') && f.reason && !f.message.includes(f.reason)
  const description = explain ? `${f.message} (${f.reason})` : f.message
  const out: AwsSecurityFinding = {
    SchemaVersion: '2018-10-08',
    Id: asffId(f),
    ProductArn: productArn(t),
    ProductName: 'clearsky',
    CompanyName: 'clearsky',
    GeneratorId: f.checkId,
    AwsAccountId: f.accountId ?? t.accountId,
    Types: types,
    CreatedAt: at,
    UpdatedAt: at,
    LastObservedAt: at,
    Severity: severity,
    Title: clip(rule.title, MAX.title),
    Description: clip(description || rule.title, MAX.description),
    Resources: [asffResource(f, t)],
    Compliance: {
      Status: COMPLIANCE[f.status],
      ...(f.compliance?.length ? { RelatedRequirements: f.compliance.slice(0, MAX.requirements) } : {}),
      ...(f.reason && f.status !== 'fail' && f.status !== 'pass' ? { StatusReasons: [{ ReasonCode: f.messageId.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), Description: clip(f.reason, MAX.other) }] } : {}),
    },
    RecordState: f.status === 'skip' ? 'ARCHIVED' : 'ACTIVE',
    FindingProviderFields: { Severity: severity, Types: types },
    ProductFields: productFields(f),
  }
  if (rule.remediation.text) out.Remediation = { Recommendation: { Text: clip(rule.remediation.text, MAX.recommendation) } }
  if (f.muted) {
    out.Workflow = { Status: 'SUPPRESSED' }
    out.Note = { Text: clip(`Muted in clearsky: ${f.muted.reason}`, MAX.note), UpdatedBy: 'clearsky', UpdatedAt: at }
  }
  return out
}

function asffResource(f: Finding, t: Required<AsffTarget>): Resource {
  const other: Record<string, string> = { name: clip(f.resourceName, MAX.other) }
  if (f.location) {
    other.file = clip(f.location.file, MAX.other)
    other.line = String(f.location.startLine)
    if (f.location.address) other.address = clip(f.location.address, MAX.other)
  }
  if (f.subject) other.subject = clip(f.subject, MAX.other)
  const region = f.region === 'global' || f.region === '*' ? t.region : f.region
  return {
    Type: RESOURCE_TYPES[f.resourceType]?.asff ?? 'Other',
    Id: clip(f.resourceArn ?? f.resourceId, 512),
    Partition: (partitionOfArn(f.resourceArn) ?? t.partition) as Resource['Partition'],
    Region: region,
    Details: { Other: other },
  }
}

function productFields(f: Finding): Record<string, string> {
  const fields: Record<string, string> = {
    'clearsky/checkId': f.checkId,
    'clearsky/status': f.status,
    'clearsky/messageId': f.messageId,
    'clearsky/resourceType': f.resourceType,
  }
  if (f.at) fields['clearsky/attribute'] = f.at
  if (f.subject) fields['clearsky/subject'] = clip(f.subject, 2048)
  if (f.muted) fields['clearsky/mutedReason'] = clip(f.muted.reason, 2048)
  return fields
}

/** Cuts to a length limit on a code-point boundary, marking the cut. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s
  let out = s.slice(0, max - 1)
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1)
  return `${out}…`
}
