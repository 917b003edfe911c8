import { ApiError } from '../errors.js'
import type { FixtureAccount } from '../fixture.js'
import type { CallContext, Input, OperationDef, ServiceDef } from './types.js'

/**
 * Security Hub BatchImportFindings (REST-JSON, `POST /findings/import`), enough for `clearsky
 * push securityhub` end to end: the 100-finding batch limit, per-finding validation answered in
 * FailedFindings (as AWS does: the call succeeds, the finding does not), the account check of the
 * default integration's ProductArn, and create-or-update by Id with the UpdatedAt rule.
 */

type StoredFinding = Record<string, unknown>

/** Imported findings per fixture account, by region, then by finding Id. */
const stores = new WeakMap<FixtureAccount, Map<string, Map<string, StoredFinding>>>()

/** What the fake Security Hub holds for an account in a region (tests assert on it). */
export function importedFindings(account: FixtureAccount, region: string): StoredFinding[] {
  return [...(stores.get(account)?.get(region)?.values() ?? [])]
}

const REQUIRED = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'CreatedAt', 'UpdatedAt', 'Title', 'Description'] as const

/** Why Security Hub would reject one finding, or undefined. Codes as BatchImportFindings reports them. */
function rejection(f: StoredFinding, ctx: CallContext): { ErrorCode: string; ErrorMessage: string } | undefined {
  for (const key of REQUIRED)
    if (typeof f[key] !== 'string' || f[key] === '') return { ErrorCode: 'InvalidInput', ErrorMessage: `Finding does not adhere to Amazon Finding Format. data should have required property '${key}'` }
  if (f.SchemaVersion !== '2018-10-08') return { ErrorCode: 'InvalidInput', ErrorMessage: 'Finding does not adhere to Amazon Finding Format. data.SchemaVersion should be equal to one of the allowed values' }
  const sev = f.Severity as { Label?: string; Normalized?: number } | undefined
  if (!sev || (sev.Label === undefined && sev.Normalized === undefined)) return { ErrorCode: 'InvalidInput', ErrorMessage: 'Finding does not adhere to Amazon Finding Format. data.Severity should have Label or Normalized' }
  const resources = f.Resources as unknown[] | undefined
  if (!Array.isArray(resources) || resources.length === 0) return { ErrorCode: 'InvalidInput', ErrorMessage: 'Finding does not adhere to Amazon Finding Format. data.Resources should NOT have fewer than 1 items' }
  for (const key of ['Title', 'Description'] as const) {
    const max = key === 'Title' ? 256 : 1024
    if ((f[key] as string).length > max) return { ErrorCode: 'InvalidInput', ErrorMessage: `Finding does not adhere to Amazon Finding Format. data.${key} should NOT be longer than ${max} characters` }
  }
  const product = `arn:aws:securityhub:${ctx.region}:${ctx.accountId}:product/${ctx.accountId}/default`
  if (f.ProductArn !== product) return { ErrorCode: 'AccessDeniedException', ErrorMessage: `Caller is not allowed to import findings for product ${String(f.ProductArn)}` }
  if (f.AwsAccountId !== ctx.accountId) return { ErrorCode: 'AccessDeniedException', ErrorMessage: `Caller is not allowed to import findings for account ${String(f.AwsAccountId)}` }
  return undefined
}

const operations: Record<string, OperationDef> = {
  // Not subscribed in a region: InvalidAccessException (401), which is an answer, not a denial.
  DescribeHub: {
    http: { method: 'GET', path: '/accounts' },
    family: 'read',
    handle(_input: Input, ctx: CallContext) {
      const hub = ctx.data.securityHub
      if (!hub) throw new ApiError('InvalidAccessException', `Account ${ctx.accountId} is not subscribed to AWS Security Hub`, 401)
      return { HubArn: `arn:aws:securityhub:${ctx.region}:${ctx.accountId}:hub/default`, SubscribedAt: hub.subscribedAt ?? '2025-01-15T10:00:00.000Z', AutoEnableControls: hub.autoEnableControls ?? true, ControlFindingGenerator: 'SECURITY_CONTROL' }
    },
  },
  BatchImportFindings: {
    http: { method: 'POST', path: '/findings/import' },
    handle(input: Input, ctx: CallContext) {
      const findings = input.Findings as StoredFinding[] | undefined
      if (!Array.isArray(findings) || findings.length === 0) throw new ApiError('InvalidInputException', 'Findings must contain at least 1 item', 400)
      if (findings.length > 100) throw new ApiError('InvalidInputException', '1 validation error detected: Value at \'findings\' failed to satisfy constraint: Member must have length less than or equal to 100', 400)
      let regions = stores.get(ctx.account)
      if (!regions) stores.set(ctx.account, (regions = new Map()))
      let store = regions.get(ctx.region)
      if (!store) regions.set(ctx.region, (store = new Map()))
      const failed: { Id: string; ErrorCode: string; ErrorMessage: string }[] = []
      for (const f of findings) {
        const why = rejection(f, ctx)
        if (why) {
          failed.push({ Id: String(f.Id ?? ''), ...why })
          continue
        }
        const existing = store.get(f.Id as string)
        // An update with an UpdatedAt that is not later than the stored one is ignored (not an error).
        if (existing && Date.parse(f.UpdatedAt as string) <= Date.parse(existing.UpdatedAt as string)) continue
        store.set(f.Id as string, f)
      }
      return { FailedCount: failed.length, SuccessCount: findings.length - failed.length, FailedFindings: failed }
    },
  },
}

export const securityhub: ServiceDef = {
  signingName: 'securityhub',
  iamPrefix: 'securityhub',
  protocol: 'rest-json',
  defaultFamily: 'import',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'LimitExceededException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalException' },
    unavailable: { code: 'ServiceUnavailableException' },
  },
  operations,
}
