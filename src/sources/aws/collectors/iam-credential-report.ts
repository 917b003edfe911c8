import type { VirtualMFADevice } from '@aws-sdk/client-iam'
import { GLOBAL_REGION, type Unresolved } from '../../../model/common.js'
import type { CredentialReportAccessKey, IamCredentialReportEntry } from '../../../model/iam-account.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { CsvError, parseCsvObjects } from '../csv.js'
import { gapFrom, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { realClock, type Clock } from '../token-bucket.js'

const TYPE = 'iam.credential-report-entry'
export const ROOT_USER = '<root_account>'

/** Values the report writes where there is nothing to say (never used, no key, root's password). */
const NO_VALUE = new Set(['', 'N/A', 'no_information', 'not_supported'])

function dateValue(v: string | undefined): string | undefined {
  if (v === undefined || NO_VALUE.has(v)) return undefined
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

function boolValue(v: string | undefined): boolean {
  return v === 'true'
}

function accessKey(row: Record<string, string>, slot: 1 | 2): CredentialReportAccessKey | undefined {
  const p = `access_key_${slot}_`
  const active = boolValue(row[`${p}active`])
  const lastRotated = dateValue(row[`${p}last_rotated`])
  // An empty slot: not active and never created.
  if (!active && !lastRotated) return undefined
  const lastUsedDate = dateValue(row[`${p}last_used_date`])
  const service = row[`${p}last_used_service`]
  const region = row[`${p}last_used_region`]
  return {
    slot,
    active,
    ...(lastRotated ? { lastRotated } : {}),
    ...(lastUsedDate ? { lastUsedDate } : {}),
    ...(service && !NO_VALUE.has(service) ? { lastUsedService: service } : {}),
    ...(region && !NO_VALUE.has(region) ? { lastUsedRegion: region } : {}),
  }
}

/**
 * Whether one of the root user's MFA devices is virtual. The root user's virtual device is
 * listed with the root ARN as its user (older ones also carry the serial
 * `…:mfa/root-account-mfa-device`); hardware keys, FIDO security keys and passkeys are never in
 * ListVirtualMFADevices.
 */
export function rootHasVirtualMfa(devices: readonly VirtualMFADevice[], accountId: string): boolean {
  return devices.some((d) => (d.User?.Arn ?? '').endsWith(`:${accountId}:root`) || /:mfa\/root-account-mfa-device$/.test(d.SerialNumber ?? ''))
}

export interface ReportInput {
  csv: string
  generatedAt: string
  /** The virtual MFA devices, or why they could not be listed. */
  virtualMfa: { ok: true; devices: VirtualMFADevice[] } | { ok: false; reason: string }
}

/**
 * Maps the credential report (CSV text) to one entry per row. Pure. Throws CsvError when the
 * text is not the report it should be.
 */
export function mapCredentialReport(input: ReportInput, where: { accountId: string; partition: string }): IamCredentialReportEntry[] {
  const rows = parseCsvObjects(input.csv)
  if (rows.length > 0 && !('user' in rows[0]! && 'arn' in rows[0]! && 'mfa_active' in rows[0]!)) throw new CsvError('the report has no user, arn and mfa_active columns')
  return rows.map((row) => {
    const isRoot = row.user === ROOT_USER
    const arn = row.arn || (isRoot ? `arn:${where.partition}:iam::${where.accountId}:root` : '')
    const keys = [accessKey(row, 1), accessKey(row, 2)].filter((k): k is CredentialReportAccessKey => k !== undefined)
    const passwordEnabled = row.password_enabled === 'not_supported' ? null : boolValue(row.password_enabled)
    const entry: IamCredentialReportEntry = {
      id: arn,
      arn,
      name: row.user ?? arn,
      accountId: arn.split(':')[4] || where.accountId,
      region: GLOBAL_REGION,
      user: row.user ?? '',
      isRoot,
      passwordEnabled,
      mfaActive: boolValue(row.mfa_active),
      accessKeys: keys,
      activeSigningCertificates: (boolValue(row.cert_1_active) ? 1 : 0) + (boolValue(row.cert_2_active) ? 1 : 0),
      reportGeneratedAt: input.generatedAt,
    }
    const created = dateValue(row.user_creation_time)
    if (created) entry.userCreationTime = created
    const used = dateValue(row.password_last_used)
    if (used) entry.passwordLastUsed = used
    const changed = dateValue(row.password_last_changed)
    if (changed) entry.passwordLastChanged = changed
    if (isRoot) {
      if (input.virtualMfa.ok) entry.rootVirtualMfa = rootHasVirtualMfa(input.virtualMfa.devices, entry.accountId!)
      else {
        const unresolved: Unresolved = { rootVirtualMfa: input.virtualMfa.reason }
        entry.rootVirtualMfa = false
        entry.unresolved = unresolved
      }
    }
    return entry
  })
}

/** The report is still being generated (GetCredentialReport: ReportInProgress). */
function notReady(err: unknown): boolean {
  return errorNames(err).some((n) => /ReportInProgress|CredentialReportNotReady/.test(n))
}

/** There is no report yet, or it is older than four hours (ReportNotPresent / ReportExpired). */
function notPresent(err: unknown): boolean {
  return errorNames(err).some((n) => /ReportNotPresent|ReportExpired|CredentialReportNotPresent|CredentialReportExpired/.test(n))
}

function errorNames(err: unknown): string[] {
  const out: string[] = []
  if (err instanceof AwsCallError) out.push(err.code)
  const cause = err instanceof Error ? (err.cause as { name?: unknown; Code?: unknown } | undefined) : undefined
  for (const v of [cause?.name, cause?.Code, (err as { name?: unknown })?.name]) if (typeof v === 'string') out.push(v)
  return out
}

export interface CredentialReportOptions {
  /** Waits between polls, in order; the last is repeated until `maxPolls`. */
  pollDelaysMs?: readonly number[]
  /** Upper bound on GenerateCredentialReport / GetCredentialReport rounds. */
  maxPolls?: number
  clock?: Clock
}

const DEFAULT_DELAYS = [1000, 2000, 3000, 5000]
const DEFAULT_MAX_POLLS = 15

/**
 * Generates (or reuses) the credential report and fetches it: GenerateCredentialReport starts
 * a report or says the current one (less than four hours old) is COMPLETE; GetCredentialReport
 * answers ReportInProgress while it is being built. Polling is bounded (about a minute by
 * default); a report that is still not ready then becomes a Timeout gap, never a pass.
 */
async function fetchReport(ctx: AwsContext, region: string, opts: Required<CredentialReportOptions>): Promise<{ csv: string; generatedAt: string }> {
  const I = await import('@aws-sdk/client-iam')
  let generateDenied: unknown
  for (let round = 0; round < opts.maxPolls; round++) {
    if (round > 0) await opts.clock.sleep(opts.pollDelaysMs[Math.min(round - 1, opts.pollDelaysMs.length - 1)]!, ctx.signal)
    if (generateDenied === undefined) {
      try {
        const g = await ctx.send(region, 'iam:GenerateCredentialReport', new I.GenerateCredentialReportCommand({}))
        if (g.State !== 'COMPLETE') continue
      } catch (err) {
        if (isAbort(err)) throw err
        // Without GenerateCredentialReport a report generated by someone else may still be read.
        if (err instanceof AwsCallError && err.kind === 'AccessDenied') generateDenied = err
        else throw err
      }
    }
    try {
      const r = await ctx.send(region, 'iam:GetCredentialReport', new I.GetCredentialReportCommand({}))
      const content = r.Content
      const csv = content === undefined ? '' : typeof content === 'string' ? content : Buffer.from(content).toString('utf8')
      const generatedAt = r.GeneratedTime instanceof Date ? r.GeneratedTime.toISOString() : r.GeneratedTime ? new Date(String(r.GeneratedTime)).toISOString() : new Date(0).toISOString()
      return { csv, generatedAt }
    } catch (err) {
      if (isAbort(err)) throw err
      if (notReady(err)) continue
      if (notPresent(err) && generateDenied === undefined) continue
      throw generateDenied ?? err
    }
  }
  throw new ReportTimeout(`the credential report was still being generated after ${opts.maxPolls} polls`)
}

class ReportTimeout extends Error {
  override name = 'ReportTimeout'
}

async function listVirtualMfa(ctx: AwsContext, region: string): Promise<ReportInput['virtualMfa']> {
  const I = await import('@aws-sdk/client-iam')
  try {
    const devices = await collectPages(
      (Marker) => ctx.send(region, 'iam:ListVirtualMFADevices', new I.ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', MaxItems: 1000, ...(Marker ? { Marker } : {}) })),
      (p) => (p.IsTruncated ? p.Marker : undefined),
      (p) => p.VirtualMFADevices,
    )
    return { ok: true, devices }
  } catch (err) {
    if (isAbort(err)) throw err
    return { ok: false, reason: unresolvedReason(err) }
  }
}

/** A credential-report collector with its own polling settings (tests use a fake clock). */
export function createCredentialReportCollector(options: CredentialReportOptions = {}): Collector {
  const opts: Required<CredentialReportOptions> = {
    pollDelaysMs: options.pollDelaysMs ?? DEFAULT_DELAYS,
    maxPolls: options.maxPolls ?? DEFAULT_MAX_POLLS,
    clock: options.clock ?? realClock,
  }
  return {
    id: TYPE,
    produces: [TYPE],
    actions: ['iam:GenerateCredentialReport', 'iam:GetCredentialReport', 'iam:ListVirtualMFADevices'],
    scope: 'global',
    async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
      let report: { csv: string; generatedAt: string }
      try {
        report = await fetchReport(ctx, region, opts)
      } catch (err) {
        if (err instanceof ReportTimeout) return { resources: {}, gaps: [{ resourceType: TYPE, region: GLOBAL_REGION, code: 'Timeout', message: err.message }] }
        return { resources: {}, gaps: [gapFrom(err, TYPE, GLOBAL_REGION)] }
      }
      const virtualMfa = await listVirtualMfa(ctx, region)
      try {
        const entries = mapCredentialReport({ ...report, virtualMfa }, { accountId: ctx.accountId, partition: ctx.partition })
        return { resources: { [TYPE]: entries }, gaps: [] }
      } catch (err) {
        if (!(err instanceof CsvError)) throw err
        return { resources: {}, gaps: [{ resourceType: TYPE, region: GLOBAL_REGION, code: 'ParseError', message: `the credential report could not be read: ${err.message}` }] }
      }
    },
  }
}

/**
 * Every IAM user and the root user, from the credential report (passwords, access keys, MFA),
 * plus whether root's MFA is a virtual device. Collected once per scan.
 */
export const iamCredentialReportCollector: Collector = createCredentialReportCollector()
