/**
 * Routes an OpenAPI definition declares → `apigateway.route`: AWS::ApiGateway::RestApi `Body`,
 * AWS::ApiGatewayV2::Api `Body`, and (after the SAM transform, which keeps their properties)
 * AWS::Serverless::Api / HttpApi `DefinitionBody` or a local `DefinitionUri` file. For SAM
 * APIs, operations without `security` get the API's `Auth.DefaultAuthorizer` and
 * `Auth.ApiKeyRequired`, as SAM writes them into the definition. A definition the scan cannot
 * read (in S3, behind Fn::Transform AWS::Include, an unresolved intrinsic) yields one route
 * whose path, authorization and function are unresolved, so route checks answer unknown.
 * Routes also declared as AWS::ApiGateway::Method / AWS::ApiGatewayV2::Route resources (SAM
 * events merged into the definition) are left to the main adapter.
 */
import { dirname, isAbsolute, join } from 'node:path'
import type { ApiGatewayRoute } from '../../../model/apigateway.js'
import { readOpenApiFile } from '../../iac/openapi-document.js'
import { openApiRoutes, type OpenApiOptions, type OpenApiRoute } from '../../iac/openapi-routes.js'
import { referencedIds } from '../dependencies.js'
import { routeAuthorization } from '../sam/api-routes.js'
import type { Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'
import { apiIdentity, endpointTypeOf, GENERATED_PATH_PROPERTY, integrationFunction, protocolOf, referenced, resourcePath } from './apigateway.js'

const unresolvedReason = (v: unknown): string | undefined => (isUnresolved(v) ? v.reason : undefined)

/** The definition of one API: the document (resolved), the raw property, and where it is written; or why it cannot be read. */
interface Definition {
  doc?: unknown
  raw?: unknown
  /** Property path the definition is written at (for lines), when inline. */
  at?: string[]
  unreadable?: string
}

function definitionOf(stack: Stack, api: TemplateResource): Definition | undefined {
  const props = stack.props(api)
  for (const key of ['DefinitionBody', 'Body']) {
    if (api.properties[key] === undefined) continue
    let doc = props[key]
    // CloudFormation accepts the body as a JSON string too.
    if (typeof doc === 'string') {
      try {
        doc = JSON.parse(doc) as unknown
      } catch {
        return { unreadable: `${key} is a string that is not a JSON document` }
      }
    }
    return { doc, raw: api.properties[key], at: [key] }
  }
  const uri = props.DefinitionUri
  if (uri !== undefined) {
    if (isUnresolved(uri)) return { unreadable: `DefinitionUri: ${uri.reason}` }
    if (typeof uri !== 'string' || /^s3:\/\//i.test(uri)) return { unreadable: 'the definition is in S3 (DefinitionUri); the scan reads local files only' }
    const file = isAbsolute(uri) ? uri : join(dirname(api.file), uri)
    const read = readOpenApiFile(file)
    return 'error' in read ? { unreadable: `DefinitionUri: ${read.error}` } : { doc: read.value }
  }
  for (const key of ['BodyS3Location', 'DefinitionS3Location']) if (api.properties[key] !== undefined) return { unreadable: `the definition is in S3 (${key}); the scan reads local files only` }
  return undefined
}

/** Route keys already declared by Method / Route resources of this API. */
function declaredRoutes(stack: Stack, api: TemplateResource): Set<string> {
  const out = new Set<string>()
  const refersToApi = (raw: unknown) => referencedIds(raw).has(api.logicalId)
  for (const m of stack.ofType('AWS::ApiGateway::Method')) {
    if (!refersToApi(m.properties.RestApiId)) continue
    const path = asString(m.properties[GENERATED_PATH_PROPERTY]) ?? resourcePath(stack, referenced(stack, m.properties.ResourceId, ['AWS::ApiGateway::Resource']), stack.fields(m))
    const method = asString(stack.props(m).HttpMethod)
    if (path && method) out.add(`${method.toUpperCase()} ${path}`)
  }
  for (const r of stack.ofType('AWS::ApiGatewayV2::Route')) {
    if (!refersToApi(r.properties.ApiId)) continue
    const key = asString(stack.props(r).RouteKey)
    if (key) out.add(key.includes(' ') ? key : `ANY ${key}`)
  }
  return out
}

/** SAM's Auth block decides the authorization of operations without `security`. */
function samOptions(stack: Stack, api: TemplateResource, kind: 'Api' | 'HttpApi'): Partial<OpenApiOptions> {
  const auth = isRecord(api.properties.Auth) ? api.properties.Auth : undefined
  const globalAuth = isRecord(stack.template.globals[kind]) ? (stack.template.globals[kind] as Record<string, unknown>).Auth : undefined
  if (!auth && !isRecord(globalAuth)) return {}
  const resolve = (v: unknown) => stack.resolver.resolve(v)
  const d = routeAuthorization(stack.template, kind, {}, { Ref: api.logicalId }, resolve)
  const merged = { ...(isRecord(globalAuth) ? globalAuth : {}), ...(auth ?? {}) }
  const externalSchemes: Record<string, string> = { AWS_IAM: 'AWS_IAM' }
  if (isRecord(merged.Authorizers))
    for (const [name, def] of Object.entries(merged.Authorizers)) {
      // Same kinds as SAM event authorizers: a Cognito pool, a JWT configuration, else a Lambda authorizer.
      externalSchemes[name] = isRecord(def) && kind === 'Api' && def.UserPoolArn !== undefined ? 'COGNITO_USER_POOLS' : isRecord(def) && kind === 'HttpApi' && def.JwtConfiguration !== undefined ? 'JWT' : 'CUSTOM'
    }
  return {
    defaultAuthorization: isUnresolved(d.type) ? { reason: d.type.reason } : { type: String(d.type), ...(d.authorizer ? { authorizer: d.authorizer } : {}) },
    externalSchemes,
    defaultApiKeyRequired: kind === 'Api' && asBoolean(resolve(merged.ApiKeyRequired)) === true,
  }
}

/** The raw (unresolved) value at a path, for following references to functions. */
function rawAt(raw: unknown, path: readonly string[]): unknown {
  let v = raw
  for (const p of path) {
    if (!isRecord(v)) return undefined
    v = v[p]
  }
  return v
}

function emitRoute(stack: Stack, api: TemplateResource, def: Definition, r: OpenApiRoute | undefined, reason?: string): void {
  const f = stack.fields(api)
  const rest = api.type === 'AWS::ApiGateway::RestApi'
  const apiType = rest ? 'REST' : protocolOf(stack, api)
  const identity = apiIdentity(stack, api, f, undefined)
  const at = (p: readonly string[]) => (def.at ? [...def.at, ...p] : ['DefinitionUri'])
  let path = r?.path ?? PLACEHOLDER
  let method = r?.method ?? 'ANY'
  let authorizationType = r?.authorizationType
  let functionArn: string | undefined
  if (!r) {
    for (const field of ['path', 'method', 'authorizationType', 'functionArn', 'apiKeyRequired']) f.mark(field, reason!)
    f.locate('path', def.at ?? ['DefinitionUri'])
    method = 'ANY'
    authorizationType = PLACEHOLDER
    functionArn = PLACEHOLDER
  } else {
    for (const [field, why] of Object.entries(r.unresolved)) f.mark(field, why)
    f.locate('path', at(r.pointer.slice(0, 2)))
    f.locate('method', at(r.pointer))
    f.locate('authorizationType', at(r.pointer))
    if (r.unresolved.authorizationType) authorizationType = PLACEHOLDER
    const uriPath = [...r.pointer, 'x-amazon-apigateway-integration', 'uri']
    if (r.unresolved.functionArn) functionArn = PLACEHOLDER
    else if (r.integrationUri !== undefined) {
      f.locate('functionArn', at(uriPath))
      functionArn = integrationFunction(stack, f, def.raw === undefined ? undefined : rawAt(def.raw, uriPath), r.integrationUri, r.integrationType)
      // A Lambda URI the scan cannot turn into a function (a `${…}` left in a DefinitionUri file).
      if (!functionArn && typeof r.integrationUri === 'string' && /:lambda:|\$\{/.test(r.integrationUri) && (r.integrationType ?? 'AWS').startsWith('AWS')) {
        f.mark('functionArn', `the integration uri ${r.integrationUri} does not name a function this scan can resolve`)
        functionArn = PLACEHOLDER
      }
    }
    if (path === '$default') method = 'ANY'
  }
  const apiProps = stack.props(api)
  const endpointType = rest ? endpointTypeOf(f, apiProps.EndpointConfiguration) : undefined
  const route: ApiGatewayRoute = {
    ...f.base(`${stack.resourceId(api)}/${method} ${path}`, `${identity.apiName ?? identity.apiId} ${method} ${path}`),
    ...identity,
    apiType,
    path,
    method,
    authorizationType: authorizationType ?? 'NONE',
    ...(r?.authorizerId ? { authorizerId: r.authorizerId } : {}),
    apiKeyRequired: r?.apiKeyRequired ?? false,
    ...(r?.integrationType ? { integrationType: r.integrationType } : {}),
    ...(functionArn ? { functionArn } : {}),
    ...(endpointType ? { endpointType } : {}),
    ...(asBoolean(apiProps.DisableExecuteApiEndpoint) ? { executeApiEndpointDisabled: true } : {}),
  }
  stack.emit('apigateway.route', f.finish(route), api)
}

export function adaptOpenApiRoutes(stack: Stack): void {
  for (const api of [...stack.ofType('AWS::ApiGateway::RestApi'), ...stack.ofType('AWS::ApiGatewayV2::Api')]) {
    const def = definitionOf(stack, api)
    if (!def) continue
    if (def.unreadable) {
      emitRoute(stack, api, def, undefined, def.unreadable)
      continue
    }
    const rest = api.type === 'AWS::ApiGateway::RestApi'
    const isSam = api.properties.DefinitionBody !== undefined || api.properties.DefinitionUri !== undefined
    const options: OpenApiOptions = { apiType: rest ? 'REST' : 'HTTP', unresolvedReason, ...(isSam ? samOptions(stack, api, rest ? 'Api' : 'HttpApi') : {}) }
    const result = openApiRoutes(def.doc, options)
    if (result.unresolved !== undefined && result.routes.length === 0) {
      emitRoute(stack, api, def, undefined, result.unresolved)
      continue
    }
    const declared = declaredRoutes(stack, api)
    for (const r of result.routes) if (!declared.has(`${r.method} ${r.path}`)) emitRoute(stack, api, def, r)
  }
}
