import type { AnyCheck } from '../core/check.js'
import type { ScanReport } from '../core/finding.js'
import { rulesFor } from './catalogue.js'
import { csvRow } from './csv-cell.js'

/** Column order of the CSV report. Appending columns is compatible; reordering is not. */
export const CSV_COLUMNS = [
  'status',
  'severity',
  'check_id',
  'title',
  'resource_type',
  'resource_id',
  'resource_arn',
  'resource_name',
  'region',
  'account_id',
  'message',
  'reason',
  'file',
  'start_line',
  'end_line',
  'address',
  'attribute',
  'muted',
  'muted_reason',
  'compliance',
  'remediation',
] as const

/**
 * One row per finding (every status), RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when needed, and cells that a spreadsheet would run as a formula neutralised. Compliance
 * references are joined with `;`. No byte-order mark: tools that need one can add it.
 */
export function renderCsv(report: ScanReport, checks: readonly AnyCheck[]): string {
  const rules = rulesFor(report.findings, checks)
  let out = csvRow(CSV_COLUMNS)
  for (const f of report.findings) {
    out += csvRow([
      f.status,
      f.severity,
      f.checkId,
      f.title,
      f.resourceType,
      f.resourceId,
      f.resourceArn,
      f.resourceName,
      f.region,
      f.accountId ?? report.scope.accountId,
      f.message,
      f.reason,
      f.location?.file,
      f.location?.startLine,
      f.location?.endLine,
      f.location?.address,
      f.at,
      f.muted ? 'true' : 'false',
      f.muted?.reason,
      f.compliance?.join(';'),
      f.status === 'fail' ? rules.get(f.checkId)?.remediation.text : undefined,
    ])
  }
  return out
}
