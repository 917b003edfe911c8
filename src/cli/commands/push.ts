import { Command } from 'commander'
// Type-only at load time: the SDK client is imported when `push` runs, so other commands start fast.
import type { AwsSecurityFinding, SecurityHubClient } from '@aws-sdk/client-securityhub'
import { CHECKS } from '../../checks/index.js'
import { toAsff, UNKNOWN_ACCOUNT } from '../../reporters/asff.js'
import { ReportFileError, readReportFile } from '../../reporters/report-file.js'
import { NoCredentialsError } from '../../sources/aws/index.js'
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js'

/** BatchImportFindings accepts at most 100 findings per call. */
export const BATCH_SIZE = 100
/** Times the findings Security Hub reports in FailedFindings are sent again. */
export const RESEND_ROUNDS = 3

export interface FailedImport {
  Id: string
  ErrorCode: string
  ErrorMessage: string
}

export interface ImportResult {
  imported: number
  failed: FailedImport[]
  /** Set when a call threw (after the SDK's own retries) and the import stopped. */
  aborted?: string
}

export interface ImportOptions {
  resendRounds?: number
  /** Waits between resend rounds; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sends findings in batches of 100. Throttling and 5xx answers are retried by the SDK (adaptive
 * retry mode). Findings that Security Hub accepts the call for but lists in FailedFindings are
 * sent again, up to `resendRounds` more times with a growing pause; what still fails is
 * returned. A call that throws stops the import: the same credentials or permissions problem
 * would fail every later batch too.
 */
export async function importFindings(client: SecurityHubClient, findings: readonly AwsSecurityFinding[], opts: ImportOptions = {}): Promise<ImportResult> {
  const rounds = opts.resendRounds ?? RESEND_ROUNDS
  const sleep = opts.sleep ?? sleepFor
  const { BatchImportFindingsCommand } = await import('@aws-sdk/client-securityhub')
  let pending = [...findings]
  let imported = 0
  let failed: FailedImport[] = []
  for (let round = 0; round <= rounds && pending.length > 0; round++) {
    if (round > 0) await sleep(1000 * 2 ** (round - 1))
    const byId = new Map(pending.map((f) => [f.Id!, f]))
    failed = []
    for (let i = 0; i < pending.length; i += BATCH_SIZE) {
      const batch = pending.slice(i, i + BATCH_SIZE)
      let out
      try {
        out = await client.send(new BatchImportFindingsCommand({ Findings: batch }))
      } catch (err) {
        const e = err as Error
        if (e?.name === 'CredentialsProviderError') throw new NoCredentialsError(`no AWS credentials found (${e.message})`)
        const notSent = pending.slice(i).map((f) => ({ Id: f.Id!, ErrorCode: e?.name ?? 'Error', ErrorMessage: e?.message ?? String(err) }))
        return { imported, failed: [...failed, ...notSent], aborted: `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}` }
      }
      const rejected = (out.FailedFindings ?? []).filter((x) => x.Id && byId.has(x.Id))
      imported += out.SuccessCount ?? batch.length - rejected.length
      for (const x of rejected) failed.push({ Id: x.Id!, ErrorCode: x.ErrorCode ?? 'Unknown', ErrorMessage: x.ErrorMessage ?? '' })
    }
    pending = failed.map((x) => byId.get(x.Id)!)
  }
  return { imported, failed }
}

interface PushFlags {
  region?: string
  profile?: string
  accountId?: string
  quiet?: boolean
}

export interface PushDeps {
  /** Builds the client (tests inject an endpoint or rely on a mock). */
  client?: (config: { region?: string; profile?: string }) => SecurityHubClient
  sleep?: (ms: number) => Promise<void>
  stdout?: (line: string) => void
  stderr?: (line: string) => void
}

/** `clearsky push securityhub REPORT.json`: sends a saved JSON report to Security Hub as ASFF findings. */
export function pushCommand(setExit: (code: number) => void, deps: PushDeps = {}): Command {
  const push = new Command('push').description('send a saved report to another system')
  push
    .command('securityhub')
    .description('import a clearsky JSON report (--format json) into AWS Security Hub as ASFF findings (BatchImportFindings)')
    .argument('<report>', 'report written by `clearsky scan … --format json`')
    .option('-r, --region <region>', 'Security Hub region (default: the profile or AWS_REGION region)')
    .option('-p, --profile <name>', 'AWS profile (default: the standard credential chain)')
    .option('--account-id <id>', 'account to import into, for reports without one (IaC scans)')
    .option('-q, --quiet', 'no per-finding error lines')
    .action(async (file: string, flags: PushFlags) => {
      const out = deps.stdout ?? ((l: string) => process.stdout.write(l + '\n'))
      const err = deps.stderr ?? ((l: string) => process.stderr.write(l + '\n'))
      let report
      try {
        report = readReportFile(file)
      } catch (e) {
        if (e instanceof ReportFileError) throw new UsageError(e.message)
        throw e
      }
      if (flags.accountId !== undefined && !/^\d{12}$/.test(flags.accountId)) throw new UsageError(`--account-id must be 12 digits, not '${flags.accountId}'`)
      const account = flags.accountId ?? report.scope.accountId ?? report.findings.find((f) => f.accountId)?.accountId
      if (!account || account === UNKNOWN_ACCOUNT) throw new UsageError(`${file} names no AWS account (an IaC scan?): pass --account-id`)
      const config = { ...(flags.region ? { region: flags.region } : {}), ...(flags.profile ? { profile: flags.profile } : {}) }
      const { SecurityHubClient } = await import('@aws-sdk/client-securityhub')
      const client = deps.client?.(config) ?? new SecurityHubClient({ ...config, retryMode: 'adaptive', maxAttempts: 6 })
      try {
        let region: string
        try {
          region = await client.config.region()
        } catch {
          throw new UsageError('no AWS region: pass --region or set AWS_REGION')
        }
        const findings = toAsff(report, CHECKS, { accountId: account, region })
        const result = await importFindings(client, findings, deps.sleep ? { sleep: deps.sleep } : {})
        if (result.aborted) err(`clearsky: Security Hub import stopped: ${result.aborted}`)
        if (!flags.quiet) {
          for (const f of result.failed.slice(0, 20)) err(`failed ${f.Id}: ${f.ErrorCode} ${f.ErrorMessage}`.trimEnd())
          if (result.failed.length > 20) err(`… and ${result.failed.length - 20} more failed findings`)
        }
        out(`imported ${result.imported}, failed ${result.failed.length} (Security Hub ${region}, account ${account})`)
        setExit(result.failed.length > 0 ? EXIT_FINDINGS : EXIT_OK)
      } finally {
        client.destroy()
      }
    })
  return push
}
