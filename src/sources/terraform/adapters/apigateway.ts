/**
 * API Gateway routes from Terraform → `apigateway.route`, the shape the live collector gives:
 * aws_api_gateway_method (REST) joined to its aws_api_gateway_rest_api, its resource path
 * (the aws_api_gateway_resource parent chain) and its aws_api_gateway_integration;
 * aws_apigatewayv2_route (HTTP/WebSocket) joined to its aws_apigatewayv2_api and the
 * aws_apigatewayv2_integration its `target` names. A quick-create HTTP API
 * (aws_apigatewayv2_api with `target`) gets its `$default` route. Routes declared in an
 * OpenAPI `body` are read by apigateway-openapi.ts.
 */
import type { ApiGatewayRoute } from '../../../model/apigateway.js'
import { functionOfIntegrationUri } from '../../aws/collectors/apigateway-route.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

/** The instance of `type` whose computed `attr` is the identifier `v` designates. */
export function byIdentity(ctx: AdapterContext, type: string, v: Value | undefined, attr = 'id'): TfInstance | undefined {
  const want = identity(v)
  if (want === undefined) return undefined
  return ctx.byType(type).find((i) => identity(i.computed(attr)) === want)
}

/** The function an integration URI names; unknown URIs of a Lambda integration mark `functionArn`. */
export function functionOf(f: Fields, uri: Value | undefined, integrationType: string | undefined): string | undefined {
  if (uri === undefined || uri === null) return undefined
  const fromUri = functionOfIntegrationUri(identity(uri))
  if (fromUri) return fromUri
  if (uri instanceof Unknown && (integrationType === undefined || integrationType.startsWith('AWS'))) {
    f.mark('functionArn', `integration uri: ${uri.reason}`)
    return PLACEHOLDER
  }
  return undefined
}

export function restPath(ctx: AdapterContext, f: Fields, resourceId: Value | undefined, depth = 0): string {
  const res = byIdentity(ctx, 'aws_api_gateway_resource', resourceId)
  if (!res || depth > 30) return '/'
  const part = res.values.path_part
  if (part instanceof Unknown) f.mark('path', part.reason)
  const base = restPath(ctx, f, res.values.parent_id, depth + 1)
  return `${base === '/' ? '' : base}/${typeof part === 'string' ? part : PLACEHOLDER}`
}

function restMethods(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_api_gateway_method')) {
    const f = new Fields(ctx, inst)
    const api = byIdentity(ctx, 'aws_api_gateway_rest_api', inst.values.rest_api_id)
    const apiId = f.ident('apiId', inst.values.rest_api_id) ?? PLACEHOLDER
    const apiName = api ? identity(api.values.name) : undefined
    const method = (f.str('method', 'http_method') ?? 'ANY').toUpperCase()
    const path = restPath(ctx, f, inst.values.resource_id)
    // The integration of this method: same API, resource and HTTP method.
    const integration = ctx.byType('aws_api_gateway_integration').find(
      (i) => identity(i.values.rest_api_id) === identity(inst.values.rest_api_id) && identity(i.values.resource_id) === identity(inst.values.resource_id) && String(identity(i.values.http_method) ?? '').toUpperCase() === method,
    )
    const integrationType = integration ? identity(integration.values.type) : undefined
    const functionArn = integration ? functionOf(f, integration.values.uri, integrationType) : undefined
    const endpointTypes = api?.values.endpoint_configuration
    const endpoint = Array.isArray(endpointTypes) ? (endpointTypes[0] as Record<string, Value> | undefined)?.types : undefined
    const endpointType = Array.isArray(endpoint) ? identity(endpoint[0]) : undefined
    const authorizerId = f.id('authorizerId', 'authorizer_id')
    const route: ApiGatewayRoute = {
      ...f.base(inst.id, `${apiName ?? apiId} ${method} ${path}`),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType: 'REST',
      path,
      method,
      authorizationType: f.str('authorizationType', 'authorization') ?? 'NONE',
      ...(authorizerId ? { authorizerId } : {}),
      apiKeyRequired: f.bool('apiKeyRequired', 'api_key_required') ?? false,
      ...(integrationType ? { integrationType } : {}),
      ...(functionArn ? { functionArn } : {}),
      ...(endpointType ? { endpointType } : {}),
      ...(api?.values.disable_execute_api_endpoint === true ? { executeApiEndpointDisabled: true } : {}),
    }
    ctx.emit('apigateway.route', f.finish(route), inst, [api, integration].filter((x): x is TfInstance => x !== undefined))
  }
}

function httpRoutes(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_apigatewayv2_route')) {
    const f = new Fields(ctx, inst)
    const api = byIdentity(ctx, 'aws_apigatewayv2_api', inst.values.api_id)
    const apiId = f.ident('apiId', inst.values.api_id) ?? PLACEHOLDER
    const apiName = api ? identity(api.values.name) : undefined
    const apiType = api && identity(api.values.protocol_type) === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP'
    const key = f.str('path', 'route_key') ?? '$default'
    const space = key.indexOf(' ')
    const [method, path] = space > 0 ? [key.slice(0, space), key.slice(space + 1)] : [apiType === 'WEBSOCKET' ? key : 'ANY', key]
    // `target` is `integrations/<integration id>`. In a plan, an unknown target that references
    // one integration carries that integration's id stand-in alone, without the prefix.
    const target = identity(inst.values.target)
    const integrationId = target?.startsWith('integrations/') ? target.slice('integrations/'.length) : inst.values.target instanceof Unknown ? target : undefined
    const integration = integrationId ? ctx.byType('aws_apigatewayv2_integration').find((i) => identity(i.computed('id')) === integrationId) : undefined
    const integrationType = integration ? identity(integration.values.integration_type) : undefined
    let functionArn = integration ? functionOf(f, integration.values.integration_uri, integrationType) : undefined
    if (!integration && inst.values.target instanceof Unknown) {
      f.mark('functionArn', `target: ${inst.values.target.reason}`)
      functionArn = PLACEHOLDER
    }
    const authorizerId = f.id('authorizerId', 'authorizer_id')
    const route: ApiGatewayRoute = {
      ...f.base(inst.id, `${apiName ?? apiId} ${key}`),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType,
      path,
      method,
      authorizationType: f.str('authorizationType', 'authorization_type') ?? 'NONE',
      ...(authorizerId ? { authorizerId } : {}),
      apiKeyRequired: false,
      ...(integrationType ? { integrationType } : {}),
      ...(functionArn ? { functionArn } : {}),
    }
    ctx.emit('apigateway.route', f.finish(route), inst, [api, integration].filter((x): x is TfInstance => x !== undefined))
  }
  // Quick create: `target` on the API makes a `$default` route without authorization.
  for (const api of ctx.byType('aws_apigatewayv2_api')) {
    if (api.values.target === undefined || api.values.target === null) continue
    const f = new Fields(ctx, api)
    const apiId = f.ident('apiId', api.computed('id')) ?? PLACEHOLDER
    const apiName = identity(api.values.name)
    const functionArn = functionOf(f, api.values.target, 'AWS_PROXY')
    f.locate('authorizationType', 'target')
    const route: ApiGatewayRoute = {
      ...f.base(`${api.id}/$default`, `${apiName ?? apiId} $default`),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType: 'HTTP',
      path: '$default',
      method: 'ANY',
      authorizationType: 'NONE',
      apiKeyRequired: false,
      integrationType: 'AWS_PROXY',
      ...(functionArn ? { functionArn } : {}),
    }
    ctx.emit('apigateway.route', f.finish(route), api)
  }
}

export function adaptApiGateway(ctx: AdapterContext): void {
  restMethods(ctx)
  httpRoutes(ctx)
}
