/**
 * API Gateway routes from templates → `apigateway.route`, the same shape the live collector
 * gives: AWS::ApiGateway::Method (REST) joined to its RestApi and resource path, and
 * AWS::ApiGatewayV2::Route (HTTP/WebSocket) joined to its Api and integration. A quick-create
 * HTTP API (AWS::ApiGatewayV2::Api with `Target`) gets its `$default` route. The SAM transform
 * and the serverless.yml conversion emit these same types for their API events.
 *
 * Routes that an OpenAPI `Body`/`DefinitionBody` declares are read by apigateway-openapi.ts.
 */
import type { ApiGatewayRoute } from '../../../model/apigateway.js'
import { functionOfIntegrationUri } from '../../aws/collectors/apigateway-route.js'
import { referencedIds } from '../dependencies.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

/**
 * Property the SAM transform and the serverless.yml conversion put on the AWS::ApiGateway::Method
 * they generate: the resource path, which a hand-written template gives through ResourceId.
 */
export const GENERATED_PATH_PROPERTY = 'ClearskyResourcePath'

/** The first resource of one of `types` that a raw (unresolved) property value refers to. */
export function referenced(stack: Stack, raw: unknown, types: readonly string[]): TemplateResource | undefined {
  for (const id of referencedIds(raw)) {
    const r = stack.template.resources.get(id)
    if (r && types.includes(r.type)) return r
  }
  return undefined
}

/** The Lambda function an integration URI names: from its resolved value, else from the function it references. */
export function integrationFunction(stack: Stack, f: Fields, rawUri: unknown, resolvedUri: unknown, type: string | undefined): string | undefined {
  if (resolvedUri === undefined && rawUri === undefined) return undefined
  if (!isUnresolved(resolvedUri)) {
    const fromUri = functionOfIntegrationUri(asString(resolvedUri))
    if (fromUri) return fromUri
  }
  const fn = referenced(stack, rawUri, ['AWS::Lambda::Function'])
  if (fn) {
    const arn = stack.getAtt(fn, 'Arn')
    // Same fallback name as the Lambda adapter, so the route and the function join.
    return isUnresolved(arn) ? `arn:${stack.options.partition}:lambda:${stack.region}:${stack.options.accountId}:function:${stack.template.stackName}-${fn.logicalId}` : String(arn).split(':').slice(0, 7).join(':')
  }
  if (isUnresolved(resolvedUri) && (type === undefined || type.startsWith('AWS'))) {
    f.mark('functionArn', resolvedUri.reason)
    return PLACEHOLDER
  }
  return undefined
}

/** REST API endpoint type from CloudFormation's `{Types: [..]}` or SAM's `PRIVATE` / `{Type: PRIVATE}`. */
export function endpointTypeOf(f: Fields, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (isUnresolved(value)) {
    f.mark('endpointType', value.reason)
    return PLACEHOLDER
  }
  if (typeof value === 'string') return value
  if (!isRecord(value)) return undefined
  const t = Array.isArray(value.Types) ? value.Types[0] : value.Type
  if (isUnresolved(t)) {
    f.mark('endpointType', t.reason)
    return PLACEHOLDER
  }
  return asString(t)
}

/** Path of an AWS::ApiGateway::Resource, walking its ParentId chain up to the API root. */
export function resourcePath(stack: Stack, res: TemplateResource | undefined, f: Fields, depth = 0): string {
  if (!res || depth > 30) return '/'
  const part = stack.props(res).PathPart
  if (isUnresolved(part)) f.mark('path', part.reason)
  const parent = referenced(stack, res.properties.ParentId, ['AWS::ApiGateway::Resource'])
  const base = parent ? resourcePath(stack, parent, f, depth + 1) : ''
  return `${base === '/' ? '' : base}/${isUnresolved(part) ? PLACEHOLDER : (asString(part) ?? '')}`
}

export function apiIdentity(stack: Stack, api: TemplateResource | undefined, f: Fields, rawId: unknown): { apiId: string; apiName?: string } {
  if (!api) {
    const resolved = stack.resolver.resolve(rawId)
    return { apiId: isUnresolved(resolved) ? (f.mark('apiId', resolved.reason), PLACEHOLDER) : (asString(resolved) ?? PLACEHOLDER) }
  }
  const ref = stack.ref(api)
  const name = stack.props(api).Name
  return { apiId: isUnresolved(ref) ? `${stack.template.stackName}-${api.logicalId}` : String(ref), apiName: isUnresolved(name) ? api.logicalId : (asString(name) ?? api.logicalId) }
}

function restMethods(stack: Stack): void {
  for (const res of stack.ofType('AWS::ApiGateway::Method')) {
    const f = stack.fields(res)
    const api = referenced(stack, res.properties.RestApiId, ['AWS::ApiGateway::RestApi'])
    const identity = apiIdentity(stack, api, f, res.properties.RestApiId)
    const generatedPath = asString(f.props[GENERATED_PATH_PROPERTY])
    const path = generatedPath ?? resourcePath(stack, referenced(stack, res.properties.ResourceId, ['AWS::ApiGateway::Resource']), f)
    const method = (f.str('method', ['HttpMethod']) ?? 'ANY').toUpperCase()
    const integrationType = f.str('integrationType', ['Integration', 'Type'])
    const rawIntegration = isRecord(res.properties.Integration) ? res.properties.Integration : {}
    const functionArn = integrationFunction(stack, f, rawIntegration.Uri, f.get(['Integration', 'Uri']), integrationType)
    const authorizerId = f.str('authorizerId', ['AuthorizerId'])
    const apiProps = api ? stack.props(api) : {}
    const endpointType = api ? endpointTypeOf(f, apiProps.EndpointConfiguration) : undefined
    const route: ApiGatewayRoute = {
      ...f.base(stack.resourceId(res), `${identity.apiName ?? identity.apiId} ${method} ${path}`),
      ...identity,
      apiType: 'REST',
      path,
      method,
      // CloudFormation's default when AuthorizationType is left out is NONE.
      authorizationType: f.str('authorizationType', ['AuthorizationType']) ?? 'NONE',
      ...(authorizerId ? { authorizerId } : {}),
      apiKeyRequired: f.bool('apiKeyRequired', ['ApiKeyRequired']) ?? false,
      ...(integrationType ? { integrationType } : {}),
      ...(functionArn ? { functionArn } : {}),
      ...(endpointType ? { endpointType } : {}),
      ...(api && asBoolean(apiProps.DisableExecuteApiEndpoint) ? { executeApiEndpointDisabled: true } : {}),
    }
    stack.emit('apigateway.route', f.finish(route), res, api ? [api] : [])
  }
}

export function protocolOf(stack: Stack, api: TemplateResource | undefined): 'HTTP' | 'WEBSOCKET' {
  return api && asString(stack.props(api).ProtocolType) === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP'
}

function splitRouteKey(key: string, apiType: 'HTTP' | 'WEBSOCKET'): { method: string; path: string } {
  const space = key.indexOf(' ')
  return space > 0 ? { method: key.slice(0, space), path: key.slice(space + 1) } : { method: apiType === 'WEBSOCKET' ? key : 'ANY', path: key }
}

function httpRoutes(stack: Stack): void {
  for (const res of stack.ofType('AWS::ApiGatewayV2::Route')) {
    const f = stack.fields(res)
    const api = referenced(stack, res.properties.ApiId, ['AWS::ApiGatewayV2::Api'])
    const identity = apiIdentity(stack, api, f, res.properties.ApiId)
    const apiType = protocolOf(stack, api)
    const { method, path } = splitRouteKey(f.str('path', ['RouteKey']) ?? '$default', apiType)
    const integration = referenced(stack, res.properties.Target, ['AWS::ApiGatewayV2::Integration'])
    let integrationType: string | undefined
    let functionArn: string | undefined
    if (integration) {
      const ip = stack.props(integration)
      integrationType = asString(ip.IntegrationType)
      functionArn = integrationFunction(stack, f, integration.properties.IntegrationUri, ip.IntegrationUri, integrationType)
    } else {
      const target = f.get(['Target'])
      if (isUnresolved(target)) {
        f.mark('functionArn', target.reason)
        functionArn = PLACEHOLDER
      }
    }
    const authorizerId = f.str('authorizerId', ['AuthorizerId'])
    const route: ApiGatewayRoute = {
      ...f.base(stack.resourceId(res), `${identity.apiName ?? identity.apiId} ${method} ${path}`),
      ...identity,
      apiType,
      path,
      method,
      authorizationType: f.str('authorizationType', ['AuthorizationType']) ?? 'NONE',
      ...(authorizerId ? { authorizerId } : {}),
      apiKeyRequired: false,
      ...(integrationType ? { integrationType } : {}),
      ...(functionArn ? { functionArn } : {}),
    }
    stack.emit('apigateway.route', f.finish(route), res, [api, integration].filter((x): x is TemplateResource => x !== undefined))
  }
  // Quick create: an HTTP API with `Target` gets a `$default` route without authorization.
  for (const api of stack.ofType('AWS::ApiGatewayV2::Api')) {
    if (api.properties.Target === undefined) continue
    const f = stack.fields(api)
    const identity = apiIdentity(stack, api, f, undefined)
    const functionArn = integrationFunction(stack, f, api.properties.Target, f.get(['Target']), 'AWS_PROXY')
    f.locate('authorizationType', ['Target'])
    const route: ApiGatewayRoute = {
      ...f.base(`${stack.resourceId(api)}/$default`, `${identity.apiName ?? identity.apiId} $default`),
      ...identity,
      apiType: 'HTTP',
      path: '$default',
      method: 'ANY',
      authorizationType: 'NONE',
      apiKeyRequired: false,
      integrationType: 'AWS_PROXY',
      ...(functionArn ? { functionArn } : {}),
    }
    stack.emit('apigateway.route', f.finish(route), api)
  }
}

export function adaptApiGateway(stack: Stack): void {
  restMethods(stack)
  httpRoutes(stack)
}
