import type { GetServiceLastAccessedDetailsResponse, ServiceLastAccessed } from '@aws-sdk/client-iam'
import { GLOBAL_REGION, type Unresolved } from '../../../model/common.js'
import type { IamRoleLastAccessed } from '../../../model/iam.js'
import { parseArn } from '../arn.js'
import { isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, unresolvedReason } from '../outcome.js'
import { listFunctionConfigurations } from './lambda-function.js'

/**
 * Waits between polls of a report job. IAM builds the report asynchronously (seconds for a role
 * with a few policies); the total is bounded so one slow job cannot hold the scan.
 */
export const POLL_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 3000, 5000, 5000, 10_000, 10_000, 10_000]

/** Maps a completed report. Pure. */
export function mapRoleLastAccessed(roleArn: string, report: { services: ServiceLastAccessed[]; completedAt?: Date | string } | { unresolved: string }, where: { accountId: string }): IamRoleLastAccessed {
  const base = { id: roleArn, arn: roleArn, name: parseArn(roleArn)?.resource.split('/').pop() ?? roleArn, accountId: parseArn(roleArn)?.account || where.accountId, region: GLOBAL_REGION, roleArn }
  if ('unresolved' in report) {
    const unresolved: Unresolved = { services: report.unresolved }
    return { ...base, services: [], unresolved }
  }
  const iso = (d: Date | string | undefined) => (d === undefined ? undefined : d instanceof Date ? d.toISOString() : String(d))
  return {
    ...base,
    ...(report.completedAt ? { generatedAt: iso(report.completedAt)! } : {}),
    services: report.services.map((s) => ({
      namespace: s.ServiceNamespace ?? '',
      ...(s.ServiceName ? { name: s.ServiceName } : {}),
      ...(s.LastAuthenticated ? { lastAuthenticated: iso(s.LastAuthenticated)! } : {}),
    })),
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(t)
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Generates, waits for and pages through one role's report. */
async function reportFor(ctx: AwsContext, region: string, roleArn: string, delays: readonly number[]): Promise<IamRoleLastAccessed | undefined> {
  const I = await import('@aws-sdk/client-iam')
  const job = await fetchOptional(ctx.send(region, 'iam:GenerateServiceLastAccessedDetails', new I.GenerateServiceLastAccessedDetailsCommand({ Arn: roleArn, Granularity: 'SERVICE_LEVEL' })))
  if (!job.ok) return job.absent ? undefined : mapRoleLastAccessed(roleArn, { unresolved: job.reason }, ctx)
  const JobId = job.value.JobId
  const services: ServiceLastAccessed[] = []
  let completedAt: Date | undefined
  for (let attempt = 0; ; attempt++) {
    if (attempt >= delays.length) return mapRoleLastAccessed(roleArn, { unresolved: `Timeout (iam:GetServiceLastAccessedDetails: the report was not ready after ${delays.reduce((a, b) => a + b, 0) / 1000} s)` }, ctx)
    await sleep(delays[attempt]!, ctx.signal)
    let page: GetServiceLastAccessedDetailsResponse
    try {
      page = await ctx.send(region, 'iam:GetServiceLastAccessedDetails', new I.GetServiceLastAccessedDetailsCommand({ JobId }))
    } catch (err) {
      if (isAbort(err)) throw err
      return mapRoleLastAccessed(roleArn, { unresolved: unresolvedReason(err) }, ctx)
    }
    if (page.JobStatus === 'IN_PROGRESS') continue
    if (page.JobStatus !== 'COMPLETED') return mapRoleLastAccessed(roleArn, { unresolved: `JobFailed (iam:GetServiceLastAccessedDetails: ${page.Error?.Message ?? page.JobStatus ?? 'no status'})` }, ctx)
    services.push(...(page.ServicesLastAccessed ?? []))
    completedAt = page.JobCompletionDate
    let marker = page.IsTruncated ? page.Marker : undefined
    while (marker) {
      try {
        const next = await ctx.send(region, 'iam:GetServiceLastAccessedDetails', new I.GetServiceLastAccessedDetailsCommand({ JobId, Marker: marker }))
        services.push(...(next.ServicesLastAccessed ?? []))
        marker = next.IsTruncated ? next.Marker : undefined
      } catch (err) {
        if (isAbort(err)) throw err
        return mapRoleLastAccessed(roleArn, { unresolved: unresolvedReason(err) }, ctx)
      }
    }
    return mapRoleLastAccessed(roleArn, { services, ...(completedAt ? { completedAt } : {}) }, ctx)
  }
}

/**
 * IAM's service-last-accessed report (GenerateServiceLastAccessedDetails, then
 * GetServiceLastAccessedDetails until the job completes) for the execution role of every function
 * of the region. Runs only when a check reads `iam.role-last-accessed`. Generate* starts a report
 * job and changes nothing in the account, which is why clearsky counts it as a read. A role whose
 * report was denied or did not complete gets `unresolved.services`; a role that no longer exists
 * is left out.
 */
export function createRoleLastAccessedCollector(delays: readonly number[] = POLL_DELAYS_MS): Collector {
  return {
    id: 'iam.role-last-accessed',
    produces: ['iam.role-last-accessed'],
    actions: ['iam:GenerateServiceLastAccessedDetails', 'iam:GetServiceLastAccessedDetails', 'lambda:ListFunctions'],
    scope: 'regional',
    // No dependency on lambda.function: the roles come from the shared ListFunctions listing, so
    // the reports (one account-wide IAM bucket) are made while the functions' details are
    // still being read, instead of after them (bench/README.md: 242 s → 140 s for 2,000 functions).
    async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
      let executionRoles: string[]
      if (sofar['lambda.function']) executionRoles = sofar['lambda.function'].filter((f) => f.region === region).map((f) => f.role)
      else {
        try {
          executionRoles = (await listFunctionConfigurations(ctx, region)).map((c) => c.Role ?? '')
        } catch (err) {
          return { resources: {}, gaps: [gapFrom(err, 'iam.role-last-accessed', region)] }
        }
      }
      const roles = [...new Set(executionRoles.filter((r) => r.startsWith('arn:')))].sort()
      if (!roles.length) return { resources: {}, gaps: [] }
      const reports = await Promise.all(roles.map((r) => reportFor(ctx, region, r, delays)))
      return { resources: { 'iam.role-last-accessed': reports.filter((r): r is IamRoleLastAccessed => r !== undefined) }, gaps: [] }
    },
  }
}

export const iamRoleLastAccessedCollector: Collector = createRoleLastAccessedCollector()
