/**
 * SAM `Api` and `HttpApi` events → the API Gateway route each one deploys, as the plain
 * CloudFormation resources the API Gateway adapter reads: an AWS::ApiGateway::Method (REST) or
 * an AWS::ApiGatewayV2::Route with its AWS::ApiGatewayV2::Integration (HTTP). The authorization
 * follows SAM's rules: the event's `Auth.Authorizer` wins over the API's `Auth.DefaultAuthorizer`
 * (from the AWS::Serverless::Api/HttpApi, or `Globals` for the implicit API); `NONE` opts a route
 * out; `AWS_IAM` is IAM authorization; any other name is one of the API's `Auth.Authorizers`.
 */
import { GENERATED_PATH_PROPERTY } from '../adapters/apigateway.js'
import type { CfnTemplate, TemplateResource } from '../template.js'
import { isRecord, Unresolved } from '../values.js'
import { generatedResource } from './generated.js'

type Kind = 'Api' | 'HttpApi'

/** The API's Auth block: Globals (Api/HttpApi) under the API's own Auth. */
function apiAuth(template: CfnTemplate, kind: Kind, apiId: unknown): Record<string, unknown> {
  const apiLogicalId = isRecord(apiId) && typeof apiId.Ref === 'string' ? apiId.Ref : undefined
  const api = apiLogicalId ? template.resources.get(apiLogicalId) : undefined
  const globalAuth = isRecord(template.globals[kind]) ? (template.globals[kind] as Record<string, unknown>).Auth : undefined
  return { ...(isRecord(globalAuth) ? globalAuth : {}), ...(isRecord(api?.properties.Auth) ? api.properties.Auth : {}) }
}

/** The authorization type of a named SAM authorizer (Cognito, Lambda or JWT). */
function authorizerType(kind: Kind, definition: unknown): string {
  if (!isRecord(definition)) return 'CUSTOM'
  if (kind === 'Api' && definition.UserPoolArn !== undefined) return 'COGNITO_USER_POOLS'
  if (kind === 'HttpApi' && definition.JwtConfiguration !== undefined) return 'JWT'
  return 'CUSTOM'
}

/** AuthorizationType (a string, or Unresolved when the template does not decide it) and the authorizer's name. */
export function routeAuthorization(template: CfnTemplate, kind: Kind, props: Record<string, unknown>, apiId: unknown, resolve: (v: unknown) => unknown): { type: unknown; authorizer?: string } {
  const auth = apiAuth(template, kind, apiId)
  const eventAuth = isRecord(props.Auth) ? props.Auth : {}
  const raw = eventAuth.Authorizer ?? auth.DefaultAuthorizer
  if (raw === undefined) return { type: 'NONE' }
  const name = resolve(raw)
  if (typeof name !== 'string') return { type: new Unresolved(`the route's authorizer (${JSON.stringify(raw)}) is decided at deploy time`) }
  if (name === 'NONE') return { type: 'NONE' }
  if (name === 'AWS_IAM') {
    // SAM only accepts AWS_IAM on an HTTP API whose Auth enables the IAM authorizer; it refuses
    // the template otherwise, so what would be deployed is not known.
    if (kind === 'HttpApi' && auth.EnableIamAuthorizer !== true) return { type: new Unresolved('AWS_IAM on an HTTP API needs Auth.EnableIamAuthorizer: true; SAM rejects the template without it') }
    return { type: 'AWS_IAM' }
  }
  const authorizers = isRecord(auth.Authorizers) ? auth.Authorizers : {}
  return { type: authorizerType(kind, authorizers[name]), authorizer: name }
}

/** Whether a REST route requires an API key: the event's Auth.ApiKeyRequired over the API's. */
function apiKeyRequired(template: CfnTemplate, props: Record<string, unknown>, apiId: unknown): unknown {
  const eventAuth = isRecord(props.Auth) ? props.Auth : {}
  return eventAuth.ApiKeyRequired ?? apiAuth(template, 'Api', apiId).ApiKeyRequired ?? false
}

/** The route resources of one Api/HttpApi event of function `fnId`. */
export function samApiRoute(template: CfnTemplate, fnId: string, name: string, kind: Kind, props: Record<string, unknown>, apiId: unknown, resolve: (v: unknown) => unknown): TemplateResource[] {
  const { type, authorizer } = routeAuthorization(template, kind, props, apiId, resolve)
  const at = ['Events', name] as const
  const propsPath = ['Events', name, 'Properties']
  const mapPath = (p: readonly (string | number)[]) => {
    if (p[0] === 'AuthorizationType' || p[0] === 'AuthorizerId') return isRecord(props.Auth) ? [...propsPath, 'Auth'] : propsPath
    if (p[0] === 'ApiKeyRequired') return [...propsPath, 'Auth', 'ApiKeyRequired']
    return propsPath
  }
  const fnArn = { 'Fn::GetAtt': [fnId, 'Arn'] }
  const authorizerId = authorizer ? { AuthorizerId: authorizer } : {}
  if (kind === 'Api') {
    const path = typeof props.Path === 'string' && props.Path.length > 1 ? props.Path.replace(/\/$/, '') : typeof props.Path === 'string' ? props.Path : '/'
    const method = String(props.Method ?? 'ANY').toUpperCase()
    return [
      generatedResource(`${fnId}${name}Method`, 'AWS::ApiGateway::Method', {
        RestApiId: apiId,
        HttpMethod: method,
        [GENERATED_PATH_PROPERTY]: path,
        AuthorizationType: type,
        ...authorizerId,
        ApiKeyRequired: apiKeyRequired(template, props, apiId),
        Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: fnArn },
      }, { template, logicalId: fnId, at, mapPath }),
    ]
  }
  const path = props.Path === undefined || props.Path === '$default' ? undefined : String(props.Path)
  const method = props.Method === undefined || String(props.Method).toLowerCase() === 'any' ? 'ANY' : String(props.Method).toUpperCase()
  const integrationId = `${fnId}${name}Integration`
  return [
    generatedResource(integrationId, 'AWS::ApiGatewayV2::Integration', { ApiId: apiId, IntegrationType: 'AWS_PROXY', IntegrationUri: fnArn, PayloadFormatVersion: '2.0' }, { template, logicalId: fnId, at }),
    generatedResource(`${fnId}${name}Route`, 'AWS::ApiGatewayV2::Route', {
      ApiId: apiId,
      RouteKey: path === undefined ? '$default' : `${method} ${path}`,
      AuthorizationType: type,
      ...authorizerId,
      Target: { 'Fn::Join': ['/', ['integrations', { Ref: integrationId }]] },
    }, { template, logicalId: fnId, at, mapPath }),
  ]
}
