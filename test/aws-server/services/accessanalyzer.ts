/**
 * IAM Access Analyzer (REST-JSON, signing name `access-analyzer`): ListAnalyzers over the
 * region's `accessAnalyzers` fixture. A region without any has no analyzer, as in a fresh
 * account.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { OperationDef, ServiceDef } from './types.js'

// Access Analyzer's model marks its timestamps date-time: RFC 3339 strings on the wire, not epoch seconds.
const CREATED = '2025-02-01T00:00:00Z'

const operations: Record<string, OperationDef> = {
  ListFindingsV2: {
    http: { method: 'POST', path: '/findingv2' },
    resource: (input) => String(input.analyzerArn ?? ''),
    handle(input, ctx) {
      const name = String(input.analyzerArn ?? '').split('/').pop()
      const analyzer = (ctx.data.accessAnalyzers ?? []).find((a) => a.name === name)
      if (!analyzer) throw new ApiError('ResourceNotFoundException', `Analyzer ${String(input.analyzerArn)} not found`, 404)
      const wanted = (input.filter as { status?: { eq?: string[] } } | undefined)?.status?.eq
      // Only ACTIVE findings are modelled: a filter for another status finds nothing.
      const all = wanted && !wanted.includes('ACTIVE') ? [] : (analyzer.activeFindings ?? []).map((f, i) => ({ id: `f-${i}`, resource: f.resource, resourceType: f.resourceType, resourceOwnerAccount: ctx.accountId, status: 'ACTIVE', findingType: 'ExternalAccess', analyzedAt: CREATED, createdAt: CREATED, updatedAt: CREATED }))
      const p = paginate(all, { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListFindingsV2'), tokenName: 'nextToken', sizeName: 'maxResults', errorCode: 'ValidationException' })
      return { findings: p.items, nextToken: p.next }
    },
  },
  ListAnalyzers: {
    http: { method: 'GET', path: '/analyzer' },
    handle(input, ctx) {
      const all = (ctx.data.accessAnalyzers ?? [])
        .filter((a) => input.type === undefined || a.type === input.type)
        .map((a) => ({ arn: `arn:aws:access-analyzer:${ctx.region}:${ctx.accountId}:analyzer/${a.name}`, name: a.name, type: a.type, status: a.status ?? 'ACTIVE', createdAt: CREATED, tags: {} }))
      const p = paginate(all, { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListAnalyzers'), tokenName: 'nextToken', sizeName: 'maxResults', errorCode: 'ValidationException' })
      return { analyzers: p.items, nextToken: p.next }
    },
  },
}

export const accessanalyzer: ServiceDef = {
  signingName: 'access-analyzer',
  iamPrefix: 'access-analyzer',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'ThrottlingException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalServerException' },
    unavailable: { code: 'ServiceUnavailableException' },
  },
  operations,
}
