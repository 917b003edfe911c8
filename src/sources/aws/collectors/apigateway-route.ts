import type { Integration, Route } from '@aws-sdk/client-apigatewayv2'
import type { Method, Resource, RestApi } from '@aws-sdk/client-api-gateway'
import type { Api } from '@aws-sdk/client-apigatewayv2'
import type { ApiGatewayRoute, ApiGatewayStage } from '../../../model/apigateway.js'
import { httpStagesOf, restStagesOf } from './apigateway-stage.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { paginate } from '../paginate.js'

/** Every API Gateway read is authorized as this IAM action (on the path of what it reads). */
const GET = 'apigateway:GET'

/**
 * The function a Lambda integration invokes: REST integrations name it inside an invocation URI
 * (`arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations`), HTTP
 * API integrations use the function ARN itself (or the same URI). An alias or version qualifier is
 * dropped; a URI built from stage variables names no function. Pure.
 */
export function functionOfIntegrationUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined
  const m = /functions\/(arn:[^/]+)\/invocations/.exec(uri)
  const arn = m ? m[1]! : uri
  if (!/^arn:[^:]+:lambda:[^:]+:\d{12}:function:[^:${}]+/.test(arn)) return undefined
  return arn.split(':').slice(0, 7).join(':')
}

function routeArn(region: string, partition: string, path: string): string {
  return `arn:${partition}:apigateway:${region}::${path}`
}

/** Maps the methods of one REST API (GetResources with embedded methods). Pure. */
export function mapRestRoutes(api: RestApi, resources: readonly Resource[], where: { region: string; accountId: string; partition: string }): ApiGatewayRoute[] {
  const out: ApiGatewayRoute[] = []
  const endpointType = api.endpointConfiguration?.types?.[0]
  for (const r of resources) {
    for (const [verb, m] of Object.entries(r.resourceMethods ?? {}) as [string, Method][]) {
      const method = m.httpMethod ?? verb
      const arn = routeArn(where.region, where.partition, `/restapis/${api.id}/resources/${r.id}/methods/${method}`)
      const functionArn = functionOfIntegrationUri(m.methodIntegration?.uri)
      out.push({
        id: arn,
        arn,
        name: `${api.name ?? api.id} ${method} ${r.path ?? '/'}`,
        accountId: where.accountId,
        region: where.region,
        apiId: api.id ?? '',
        ...(api.name ? { apiName: api.name } : {}),
        apiType: 'REST',
        path: r.path ?? '/',
        method,
        authorizationType: m.authorizationType ?? 'NONE',
        ...(m.authorizerId ? { authorizerId: m.authorizerId } : {}),
        apiKeyRequired: m.apiKeyRequired ?? false,
        ...(m.methodIntegration?.type ? { integrationType: m.methodIntegration.type } : {}),
        ...(functionArn ? { functionArn } : {}),
        ...(endpointType ? { endpointType } : {}),
        ...(api.disableExecuteApiEndpoint ? { executeApiEndpointDisabled: true } : {}),
      })
    }
  }
  return out
}

/** Maps the routes of one HTTP or WebSocket API, joined to their integrations. Pure. */
export function mapHttpRoutes(api: Api, routes: readonly Route[], integrations: readonly Integration[], where: { region: string; accountId: string; partition: string }): ApiGatewayRoute[] {
  const byId = new Map(integrations.map((i) => [i.IntegrationId, i]))
  return routes.map((r) => {
    const integration = r.Target?.startsWith('integrations/') ? byId.get(r.Target.slice('integrations/'.length)) : undefined
    const key = r.RouteKey ?? '$default'
    const space = key.indexOf(' ')
    const [method, path] = space > 0 ? [key.slice(0, space), key.slice(space + 1)] : [api.ProtocolType === 'WEBSOCKET' ? key : 'ANY', key]
    const arn = routeArn(where.region, where.partition, `/apis/${api.ApiId}/routes/${r.RouteId}`)
    const functionArn = functionOfIntegrationUri(integration?.IntegrationUri)
    return {
      id: arn,
      arn,
      name: `${api.Name ?? api.ApiId} ${key}`,
      accountId: where.accountId,
      region: where.region,
      apiId: api.ApiId ?? '',
      ...(api.Name ? { apiName: api.Name } : {}),
      apiType: api.ProtocolType === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP',
      path,
      method,
      authorizationType: r.AuthorizationType ?? 'NONE',
      ...(r.AuthorizerId ? { authorizerId: r.AuthorizerId } : {}),
      apiKeyRequired: r.ApiKeyRequired ?? false,
      ...(integration?.IntegrationType ? { integrationType: integration.IntegrationType } : {}),
      ...(functionArn ? { functionArn } : {}),
      ...(api.DisableExecuteApiEndpoint ? { executeApiEndpointDisabled: true } : {}),
    } satisfies ApiGatewayRoute
  })
}

type Wants = { routes: boolean; stages: boolean }

async function restApis(ctx: AwsContext, region: string, wants: Wants): Promise<{ routes: ApiGatewayRoute[]; stages: ApiGatewayStage[] }> {
  const G = await import('@aws-sdk/client-api-gateway')
  const where = { region, accountId: ctx.accountId, partition: ctx.partition }
  const apis: RestApi[] = []
  for await (const page of paginate((position) => ctx.send(region, GET, new G.GetRestApisCommand({ limit: 500, ...(position ? { position } : {}) }), { client: 'apigateway' }), (p) => p.position)) apis.push(...(page.items ?? []))
  const routes: ApiGatewayRoute[] = []
  const stages: ApiGatewayStage[] = []
  for (const api of apis) {
    if (wants.routes) {
      const resources: Resource[] = []
      for await (const page of paginate((position) => ctx.send(region, GET, new G.GetResourcesCommand({ restApiId: api.id, embed: ['methods'], limit: 500, ...(position ? { position } : {}) }), { client: 'apigateway' }), (p) => p.position)) resources.push(...(page.items ?? []))
      routes.push(...mapRestRoutes(api, resources, where))
    }
    if (wants.stages && api.id) stages.push(...(await restStagesOf(ctx, region, { id: api.id, ...(api.name ? { name: api.name } : {}) })))
  }
  return { routes, stages }
}

async function httpApis(ctx: AwsContext, region: string, wants: Wants): Promise<{ routes: ApiGatewayRoute[]; stages: ApiGatewayStage[] }> {
  const V2 = await import('@aws-sdk/client-apigatewayv2')
  const where = { region, accountId: ctx.accountId, partition: ctx.partition }
  const send = <O>(cmd: Parameters<AwsContext['send']>[2]) => ctx.send(region, GET, cmd, { client: 'apigatewayv2' }) as Promise<O>
  const apis: Api[] = []
  for await (const page of paginate((NextToken) => send<{ Items?: Api[]; NextToken?: string }>(new V2.GetApisCommand({ MaxResults: '500', ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken)) apis.push(...(page.Items ?? []))
  const routes: ApiGatewayRoute[] = []
  const stages: ApiGatewayStage[] = []
  for (const api of apis) {
    if (wants.routes) {
      const apiRoutes: Route[] = []
      const integrations: Integration[] = []
      for await (const page of paginate((NextToken) => send<{ Items?: Route[]; NextToken?: string }>(new V2.GetRoutesCommand({ ApiId: api.ApiId, MaxResults: '500', ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken)) apiRoutes.push(...(page.Items ?? []))
      for await (const page of paginate((NextToken) => send<{ Items?: Integration[]; NextToken?: string }>(new V2.GetIntegrationsCommand({ ApiId: api.ApiId, MaxResults: '500', ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken)) integrations.push(...(page.Items ?? []))
      routes.push(...mapHttpRoutes(api, apiRoutes, integrations, where))
    }
    if (wants.stages && api.ApiId) stages.push(...(await httpStagesOf(ctx, region, { id: api.ApiId, ...(api.Name ? { name: api.Name } : {}), ...(api.ProtocolType ? { protocolType: api.ProtocolType } : {}) })))
  }
  return { routes, stages }
}

/**
 * Every REST API method and HTTP/WebSocket API route of the region, with its authorization and
 * the function it integrates, and every stage of those APIs — each only when the scan wants it,
 * from one listing of the APIs. REST and HTTP APIs are listed separately: a failure of one family
 * becomes a gap over the region for what was wanted (a check cannot pass without both).
 *
 * Cost of a region without APIs: GetRestApis (API Gateway v1) and GetApis (v2), one call each.
 * The two are separate APIs whose listings each prove only their own family absent; resources,
 * routes, integrations and stages are read per API, so none is read without an API.
 */
export const apiGatewayRouteCollector: Collector = {
  id: 'apigateway.route',
  produces: ['apigateway.route', 'apigateway.stage'],
  actions: [GET],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const wants: Wants = { routes: ctx.wanted.size === 0 || ctx.wanted.has('apigateway.route'), stages: ctx.wanted.size === 0 || ctx.wanted.has('apigateway.stage') }
    const [rest, http] = await Promise.allSettled([restApis(ctx, region, wants), httpApis(ctx, region, wants)])
    const failure = rest.status === 'rejected' ? rest.reason : http.status === 'rejected' ? http.reason : undefined
    const types = [...(wants.routes ? (['apigateway.route'] as const) : []), ...(wants.stages ? (['apigateway.stage'] as const) : [])]
    if (failure !== undefined) return { resources: {}, gaps: types.map((t) => gapFrom(failure, t, region)) }
    const ok = [rest, http].map((r) => (r.status === 'fulfilled' ? r.value : { routes: [], stages: [] }))
    const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id))
    const resources: CollectResult['resources'] = {}
    if (wants.routes) resources['apigateway.route'] = byId(ok.flatMap((r) => r.routes))
    if (wants.stages) resources['apigateway.stage'] = byId(ok.flatMap((r) => r.stages))
    return { resources, gaps: [] }
  },
}
