import { readFileSync, statSync } from 'node:fs'
import { REPORT_SCHEMA_VERSION, type FindingStatus, type ScanReport } from '../core/finding.js'
import { isSeverity, SEVERITIES } from '../core/severity.js'

/** A file that is not a clearsky JSON report (or of an unsupported version). */
export class ReportFileError extends Error {
  override name = 'ReportFileError'
}

const MAX_REPORT_BYTES = 512 * 1024 * 1024
const STATUSES: readonly FindingStatus[] = ['pass', 'fail', 'unknown', 'skip', 'error']

/** Reads a report written by `--format json`. Every problem is a ReportFileError naming the file. */
export function readReportFile(file: string): ScanReport {
  let text: string
  try {
    if (statSync(file).size > MAX_REPORT_BYTES) throw new ReportFileError(`${file}: larger than ${MAX_REPORT_BYTES} bytes`)
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if (err instanceof ReportFileError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new ReportFileError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new ReportFileError(`${file}: not valid JSON (${(err as Error).message})`)
  }
  return validateReport(data, file)
}

/** Structural validation of a ScanReport: what the converters rely on, with a path in each message. */
export function validateReport(data: unknown, file = 'report'): ScanReport {
  const fail = (msg: string): never => {
    throw new ReportFileError(`${file}: ${msg}`)
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (Array.isArray(data)) fail('not a clearsky JSON report: it is a JSON array (ASFF or OCSF output?); write the report with `--format json`')
  if (!isObject(data)) fail('not a clearsky JSON report (expected a JSON object)')
  const d = data as Record<string, unknown>
  if ('resources' in d && !('findings' in d)) fail('this is an inventory snapshot, not a report: run `clearsky scan snapshot FILE --format json --output report.json` first')
  if ('runs' in d && 'version' in d) fail('this is a SARIF file, not a clearsky report: write the report with `--format json`')
  if (!isObject(d.tool) || d.tool.name !== 'clearsky') fail('not a clearsky JSON report (tool.name is not "clearsky"); write it with `--format json`')
  if (d.schemaVersion !== REPORT_SCHEMA_VERSION)
    fail(`report schema version ${JSON.stringify(d.schemaVersion)} is not supported (this clearsky reads version ${REPORT_SCHEMA_VERSION})`)
  if (typeof (d.tool as Record<string, unknown>).version !== 'string') fail('tool.version must be a string')
  for (const key of ['startedAt', 'finishedAt'] as const)
    if (typeof d[key] !== 'string' || Number.isNaN(Date.parse(d[key] as string))) fail(`${key} must be an ISO date-time`)
  if (!isObject(d.scope) || !Array.isArray(d.scope.regions) || !d.scope.regions.every((r) => typeof r === 'string')) fail('scope.regions must be a list of strings')
  const scope = d.scope as Record<string, unknown>
  for (const key of ['accountId', 'partition'] as const)
    if (scope[key] !== undefined && typeof scope[key] !== 'string') fail(`scope.${key} must be a string`)
  if (!Array.isArray(d.findings)) fail('findings must be a list')
  ;(d.findings as unknown[]).forEach((item, i) => {
    const at = `findings[${i}]`
    if (!isObject(item)) fail(`${at} must be an object`)
    const f = item as Record<string, unknown>
    for (const key of ['checkId', 'title', 'resourceType', 'resourceId', 'resourceName', 'region', 'messageId', 'message'] as const)
      if (typeof f[key] !== 'string' || (key !== 'message' && f[key] === '')) fail(`${at}.${key} must be a non-empty string`)
    if (!STATUSES.includes(f.status as FindingStatus)) fail(`${at}.status must be one of ${STATUSES.join(', ')}`)
    if (typeof f.severity !== 'string' || !isSeverity(f.severity)) fail(`${at}.severity must be one of ${SEVERITIES.join(', ')}`)
    for (const key of ['resourceArn', 'accountId', 'reason', 'subject', 'at'] as const)
      if (f[key] !== undefined && typeof f[key] !== 'string') fail(`${at}.${key} must be a string`)
    if (f.data !== undefined && !isObject(f.data)) fail(`${at}.data must be an object`)
    if (f.location !== undefined) {
      const loc = f.location as Record<string, unknown>
      if (!isObject(loc) || typeof loc.file !== 'string' || !Number.isInteger(loc.startLine)) fail(`${at}.location must have a file and an integer startLine`)
    }
    if (f.muted !== undefined && (!isObject(f.muted) || typeof f.muted.reason !== 'string')) fail(`${at}.muted.reason must be a string`)
    if (f.compliance !== undefined && (!Array.isArray(f.compliance) || !f.compliance.every((c) => typeof c === 'string')))
      fail(`${at}.compliance must be a list of strings`)
  })
  if (d.gaps !== undefined && !Array.isArray(d.gaps)) fail('gaps must be a list')
  const report = data as ScanReport
  report.gaps ??= []
  report.notes ??= []
  if (!isObject(d.summary)) fail('summary must be an object')
  return report
}
