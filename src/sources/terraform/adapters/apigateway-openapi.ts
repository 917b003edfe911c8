/**
 * Routes an OpenAPI `body` declares → `apigateway.route`: aws_api_gateway_rest_api.body and
 * aws_apigatewayv2_api.body, when the evaluator knows it — a literal or heredoc string,
 * `file()` of a local file, or `jsonencode({…})` (whose unknown parts, such as a function ARN
 * known only after apply, stay unknown on the route fields that read them). A body the scan
 * cannot read yields one route whose path, authorization and function are unresolved, so route
 * checks answer unknown. Routes also declared as aws_api_gateway_method / aws_apigatewayv2_route
 * resources of the same API are left to the main adapter.
 */
import type { ApiGatewayRoute } from '../../../model/apigateway.js'
import { parseOpenApiText } from '../../iac/openapi-document.js'
import { openApiRoutes, type OpenApiRoute } from '../../iac/openapi-routes.js'
import { EncodedJson, identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { functionOf, restPath } from './apigateway.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const unresolvedReason = (v: unknown): string | undefined => (v instanceof Unknown ? v.reason : v instanceof EncodedJson ? 'a JSON document with unknown parts' : undefined)

/** The definition as a value to read, or why it cannot be read. */
function definitionOf(body: Value): { doc: unknown } | { unreadable: string } {
  if (body instanceof Unknown) return { unreadable: `body: ${body.reason}` }
  if (body instanceof EncodedJson) return { doc: body.value }
  if (typeof body === 'string') {
    const parsed = parseOpenApiText(body)
    return 'error' in parsed ? { unreadable: `body: ${parsed.error}` } : { doc: parsed.value }
  }
  return { unreadable: 'body is not an OpenAPI document' }
}

/** Route keys the API's own method / route resources declare. */
function declaredRoutes(ctx: AdapterContext, api: TfInstance, rest: boolean): Set<string> {
  const out = new Set<string>()
  const apiId = identity(api.computed('id'))
  if (apiId === undefined) return out
  if (rest) {
    for (const m of ctx.byType('aws_api_gateway_method')) {
      if (identity(m.values.rest_api_id) !== apiId) continue
      const f = new Fields(ctx, m)
      out.add(`${String(identity(m.values.http_method) ?? '').toUpperCase()} ${restPath(ctx, f, m.values.resource_id)}`)
    }
  } else {
    for (const r of ctx.byType('aws_apigatewayv2_route')) {
      if (identity(r.values.api_id) !== apiId) continue
      const key = identity(r.values.route_key)
      if (key) out.add(key.includes(' ') ? key : `ANY ${key}`)
    }
  }
  return out
}

function emitRoute(ctx: AdapterContext, api: TfInstance, r: OpenApiRoute | undefined, reason?: string): void {
  const f = new Fields(ctx, api)
  const rest = api.type === 'aws_api_gateway_rest_api'
  const apiType = rest ? 'REST' : identity(api.values.protocol_type) === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP'
  const apiId = f.ident('apiId', api.computed('id')) ?? PLACEHOLDER
  const apiName = identity(api.values.name)
  for (const field of ['path', 'method', 'authorizationType', 'functionArn']) f.locate(field, 'body')
  let path = PLACEHOLDER
  let method = 'ANY'
  let authorizationType = PLACEHOLDER
  let functionArn: string | undefined = PLACEHOLDER
  if (!r) {
    for (const field of ['path', 'method', 'authorizationType', 'functionArn', 'apiKeyRequired']) f.mark(field, reason!)
  } else {
    for (const [field, why] of Object.entries(r.unresolved)) f.mark(field, why)
    path = r.path
    method = path === '$default' ? 'ANY' : r.method
    authorizationType = r.unresolved.authorizationType ? PLACEHOLDER : (r.authorizationType ?? 'NONE')
    functionArn = r.unresolved.functionArn ? PLACEHOLDER : r.integrationUri === undefined ? undefined : functionOf(f, r.integrationUri as Value, r.integrationType)
    // A Lambda URI the scan cannot turn into a function (a `${…}` placeholder for templatefile()).
    if (!r.unresolved.functionArn && !functionArn && typeof r.integrationUri === 'string' && /:lambda:|\$\{/.test(r.integrationUri) && (r.integrationType ?? 'AWS').startsWith('AWS')) {
      f.mark('functionArn', `the integration uri ${r.integrationUri} does not name a function this scan can resolve`)
      functionArn = PLACEHOLDER
    }
  }
  const endpoint = rest ? blocksOf(api.values.endpoint_configuration)[0] : undefined
  const types = endpoint?.types
  const endpointType = Array.isArray(types) ? identity(types[0]) : undefined
  const route: ApiGatewayRoute = {
    ...f.base(`${api.id}/${method} ${path}`, `${apiName ?? apiId} ${method} ${path}`),
    apiId,
    ...(apiName ? { apiName } : {}),
    apiType,
    path,
    method,
    authorizationType,
    ...(r?.authorizerId ? { authorizerId: r.authorizerId } : {}),
    apiKeyRequired: r?.apiKeyRequired ?? false,
    ...(r?.integrationType ? { integrationType: r.integrationType } : {}),
    ...(functionArn ? { functionArn } : {}),
    ...(endpointType ? { endpointType } : {}),
    ...(api.values.disable_execute_api_endpoint === true ? { executeApiEndpointDisabled: true } : {}),
  }
  ctx.emit('apigateway.route', f.finish(route), api)
}

export function adaptOpenApiRoutes(ctx: AdapterContext): void {
  for (const api of [...ctx.byType('aws_api_gateway_rest_api'), ...ctx.byType('aws_apigatewayv2_api')]) {
    const body = api.values.body
    if (body === undefined || body === null) continue
    const rest = api.type === 'aws_api_gateway_rest_api'
    const def = definitionOf(body)
    if ('unreadable' in def) {
      emitRoute(ctx, api, undefined, def.unreadable)
      continue
    }
    const result = openApiRoutes(def.doc, { apiType: rest ? 'REST' : 'HTTP', unresolvedReason })
    if (result.unresolved !== undefined && result.routes.length === 0) {
      emitRoute(ctx, api, undefined, result.unresolved)
      continue
    }
    const declared = declaredRoutes(ctx, api, rest)
    for (const r of result.routes) if (!declared.has(`${r.method} ${r.path}`)) emitRoute(ctx, api, r)
  }
}
