/**
 * IAM's service-last-accessed reports: GenerateServiceLastAccessedDetails starts a job,
 * GetServiceLastAccessedDetails answers IN_PROGRESS on its first call for a job (so callers
 * really poll) and then the report. The services are those the role's policies name (action
 * prefixes), each last used three days before the call unless the fixture's `serviceLastAccessed`
 * says otherwise.
 */
import { ApiError } from '../errors.js'
import { arns, type FixtureAccount, type PolicyDocument } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { OperationDef } from './types.js'

const DAY_MS = 86_400_000
/** Recent use and the job dates follow the clock, so "used within N days" holds whenever the test runs. */
const recentlyUsed = () => new Date(Date.now() - 3 * DAY_MS)
const polled = new WeakMap<FixtureAccount, Set<string>>()

function actionsOf(doc: PolicyDocument): string[] {
  return doc.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => (s.Action === undefined ? [] : Array.isArray(s.Action) ? s.Action : [s.Action]))
}

/** Service namespaces a role's policies allow (a bare `*` allows every service: reported as the ones named elsewhere). */
function servicesOf(account: FixtureAccount, roleName: string): string[] {
  const role = account.iam.roles.find((r) => r.name === roleName)
  if (!role) return []
  const docs = [...(role.inlinePolicies ?? []).map((p) => p.document), ...(role.attachedPolicies ?? []).flatMap((arn) => (account.iam.policies ?? []).filter((p) => arns.policy(account.accountId, p.name, p.path ?? '/', p.awsManaged) === arn).map((p) => p.document))]
  const prefixes = new Set(docs.flatMap(actionsOf).flatMap((a) => (a.includes(':') ? [a.slice(0, a.indexOf(':')).toLowerCase()] : [])))
  for (const k of Object.keys(role.serviceLastAccessed ?? {})) prefixes.add(k)
  return [...prefixes].sort()
}

function roleNameOf(arn: string): string | undefined {
  const m = /^arn:[^:]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arn)
  return m?.[1]
}

export const lastAccessedOperations: Record<string, OperationDef> = {
  GenerateServiceLastAccessedDetails: {
    resource: (input) => input.Arn,
    handle(input, ctx) {
      const name = roleNameOf(String(input.Arn ?? ''))
      if (!name || !ctx.account.iam.roles.some((r) => r.name === name)) throw new ApiError('NoSuchEntity', `The role with ARN ${String(input.Arn)} cannot be found.`, 404)
      return { JobId: Buffer.from(String(input.Arn)).toString('base64url') }
    },
  },
  GetServiceLastAccessedDetails: {
    handle(input, ctx) {
      const jobId = String(input.JobId ?? '')
      const arn = Buffer.from(jobId, 'base64url').toString()
      const name = roleNameOf(arn)
      if (!name) throw new ApiError('NoSuchEntity', `No job ${jobId}.`, 404)
      let seen = polled.get(ctx.account)
      if (!seen) polled.set(ctx.account, (seen = new Set()))
      if (!seen.has(jobId)) {
        seen.add(jobId)
        return { JobStatus: 'IN_PROGRESS', JobType: 'SERVICE_LEVEL', JobCreationDate: new Date(), ServicesLastAccessed: [] }
      }
      const overrides = ctx.account.iam.roles.find((r) => r.name === name)?.serviceLastAccessed ?? {}
      const all = servicesOf(ctx.account, name).map((ns) => {
        const over = overrides[ns]
        const last = over === undefined ? recentlyUsed() : over === null ? undefined : new Date(over)
        return { ServiceName: ns, ServiceNamespace: ns, TotalAuthenticatedEntities: last ? 1 : 0, ...(last ? { LastAuthenticated: last, LastAuthenticatedEntity: arn, LastAuthenticatedRegion: 'us-east-1' } : {}) }
      })
      const p = paginate(all, { token: input.Marker, requested: input.MaxItems, defaultSize: 100, maxSize: 1000, fixtureMax: ctx.fixturePageSize('GetServiceLastAccessedDetails'), tokenName: 'Marker', sizeName: 'MaxItems', errorCode: 'InvalidInput' })
      const now = new Date()
      return { JobStatus: 'COMPLETED', JobType: 'SERVICE_LEVEL', JobCreationDate: now, JobCompletionDate: now, ServicesLastAccessed: p.items, IsTruncated: p.next !== undefined, Marker: p.next }
    },
  },
}
