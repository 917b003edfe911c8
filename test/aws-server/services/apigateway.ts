/**
 * API Gateway, REST APIs (v1, /restapis…) and HTTP/WebSocket APIs (v2, /v2/apis…), both REST-JSON
 * under the signing name `apigateway`. Every read authorizes as `apigateway:GET` on the resource's
 * path, which is what the call log records. v1 pages with position/limit (at most 500) and answers
 * `{ item, position }`; v2 with nextToken/maxResults and answers `{ items, nextToken }`.
 */
import { ApiError } from '../errors.js'
import type { FixtureHttpApi, FixtureRestApi } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, ServiceDef } from './types.js'

const ERRORS: ServiceDef['errors'] = {
  accessDenied: { code: 'AccessDeniedException', status: 403 },
  throttling: { code: 'TooManyRequestsException', status: 429 },
  invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
  internal: { code: 'InternalServerErrorException' },
  unavailable: { code: 'ServiceUnavailableException' },
}

function restApi(ctx: CallContext, id: unknown): FixtureRestApi {
  const api = (ctx.data.restApis ?? []).find((a) => a.id === id)
  if (!api) throw new ApiError('NotFoundException', `Invalid API identifier specified ${ctx.accountId}:${String(id)}`, 404)
  return api
}

function httpApi(ctx: CallContext, id: unknown): FixtureHttpApi {
  const api = (ctx.data.httpApis ?? []).find((a) => a.id === id)
  if (!api) throw new ApiError('NotFoundException', `Invalid API identifier specified ${String(id)}`, 404)
  return api
}

const v1Page = <T>(items: T[], input: Input, ctx: CallContext, op: string) => {
  const p = paginate(items, { token: input.position, requested: input.limit === undefined ? undefined : Number(input.limit), defaultSize: 25, maxSize: 500, fixtureMax: ctx.fixturePageSize(op), tokenName: 'position', sizeName: 'limit', errorCode: 'BadRequestException' })
  return { item: p.items, position: p.next }
}

const v2Page = <T>(items: T[], input: Input, ctx: CallContext, op: string) => {
  const p = paginate(items, { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 500, fixtureMax: ctx.fixturePageSize(op), tokenName: 'nextToken', sizeName: 'maxResults', errorCode: 'BadRequestException' })
  return { items: p.items, nextToken: p.next }
}

export const apigateway: ServiceDef = {
  signingName: 'apigateway',
  iamPrefix: 'apigateway',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: ERRORS,
  operations: {
    GetRestApis: {
      http: { method: 'GET', path: '/restapis' },
      iamAction: 'apigateway:GET',
      resource: () => '/restapis',
      handle: (input, ctx) =>
        v1Page(
          (ctx.data.restApis ?? []).map((a) => ({ id: a.id, name: a.name, endpointConfiguration: { types: [a.endpointType ?? 'EDGE'] }, disableExecuteApiEndpoint: a.disableExecuteApiEndpoint ?? false })),
          input,
          ctx,
          'GetRestApis',
        ),
    },
    GetResources: {
      http: { method: 'GET', path: '/restapis/{restApiId}/resources' },
      iamAction: 'apigateway:GET',
      family: 'GetResources',
      resource: (input) => `/restapis/${String(input.restApiId)}/resources`,
      handle(input, ctx) {
        const api = restApi(ctx, input.restApiId)
        const embed = String(input.embed ?? '').split(',').includes('methods')
        const items = api.resources.map((r) => ({
          id: r.id,
          path: r.path,
          ...(r.path === '/' ? {} : { pathPart: r.path.split('/').pop() }),
          ...(r.methods?.length
            ? {
                resourceMethods: Object.fromEntries(
                  r.methods.map((m) => [
                    m.httpMethod,
                    embed
                      ? { httpMethod: m.httpMethod, authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired ?? false, ...(m.authorizerId ? { authorizerId: m.authorizerId } : {}), ...(m.integration ? { methodIntegration: { type: m.integration.type, ...(m.integration.uri ? { uri: m.integration.uri } : {}) } } : {}) }
                      : {},
                  ]),
                ),
              }
            : {}),
        }))
        return v1Page(items, input, ctx, 'GetResources')
      },
    },
    GetApis: {
      http: { method: 'GET', path: '/v2/apis' },
      iamAction: 'apigateway:GET',
      resource: () => '/apis',
      handle: (input, ctx) =>
        v2Page(
          (ctx.data.httpApis ?? []).map((a) => ({ apiId: a.id, name: a.name, protocolType: a.protocolType ?? 'HTTP', routeSelectionExpression: '${request.method} ${request.path}', disableExecuteApiEndpoint: a.disableExecuteApiEndpoint ?? false })),
          input,
          ctx,
          'GetApis',
        ),
    },
    GetRoutes: {
      http: { method: 'GET', path: '/v2/apis/{ApiId}/routes' },
      iamAction: 'apigateway:GET',
      resource: (input) => `/apis/${String(input.ApiId)}/routes`,
      handle: (input, ctx) =>
        v2Page(
          httpApi(ctx, input.ApiId).routes.map((r) => ({ routeId: r.id, routeKey: r.routeKey, authorizationType: r.authorizationType ?? 'NONE', apiKeyRequired: r.apiKeyRequired ?? false, ...(r.authorizerId ? { authorizerId: r.authorizerId } : {}), ...(r.integrationId ? { target: `integrations/${r.integrationId}` } : {}) })),
          input,
          ctx,
          'GetRoutes',
        ),
    },
    GetIntegrations: {
      http: { method: 'GET', path: '/v2/apis/{ApiId}/integrations' },
      iamAction: 'apigateway:GET',
      resource: (input) => `/apis/${String(input.ApiId)}/integrations`,
      handle: (input, ctx) =>
        v2Page(
          httpApi(ctx, input.ApiId).integrations.map((i) => ({ integrationId: i.id, integrationType: i.type, ...(i.uri ? { integrationUri: i.uri } : {}), payloadFormatVersion: '2.0' })),
          input,
          ctx,
          'GetIntegrations',
        ),
    },
  },
}
