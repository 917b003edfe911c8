/**
 * API Gateway stages (REST and HTTP/WebSocket) and custom domain names: pure mappers and the
 * per-API reads. The API listings themselves are shared with the route collector
 * (apigateway-route.ts), which calls into this module when the scan wants stages.
 */
import type { Stage as RestStage, DomainName } from '@aws-sdk/client-api-gateway'
import type { Stage as HttpStage } from '@aws-sdk/client-apigatewayv2'
import type { ApiGatewayDomainName, ApiGatewayMethodSetting, ApiGatewayStage } from '../../../model/apigateway.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

export const APIGATEWAY_GET = 'apigateway:GET'

interface Where {
  region: string
  accountId: string
  partition: string
}

/** API Gateway keys the stage-wide method setting `*` + `/*`; the model calls it DEFAULT. */
const STAGE_DEFAULT_KEY = '*/*'

/** Maps one REST API stage (GetStages). Pure. */
export function mapRestStage(api: { id: string; name?: string }, stage: RestStage, where: Where): ApiGatewayStage {
  const name = stage.stageName ?? ''
  const arn = `arn:${where.partition}:apigateway:${where.region}::/restapis/${api.id}/stages/${name}`
  const settings: ApiGatewayMethodSetting[] = Object.entries(stage.methodSettings ?? {}).map(([path, m]) => ({
    path: path === STAGE_DEFAULT_KEY ? 'DEFAULT' : path,
    ...(m.loggingLevel ? { loggingLevel: m.loggingLevel } : {}),
    ...(m.cachingEnabled !== undefined ? { cachingEnabled: m.cachingEnabled } : {}),
    ...(m.cacheDataEncrypted !== undefined ? { cacheDataEncrypted: m.cacheDataEncrypted } : {}),
  }))
  settings.sort((a, b) => (a.path === 'DEFAULT' ? -1 : b.path === 'DEFAULT' ? 1 : a.path.localeCompare(b.path)))
  return {
    id: arn,
    arn,
    name: `${api.name ?? api.id}/${name}`,
    accountId: where.accountId,
    region: where.region,
    ...(stage.tags && Object.keys(stage.tags).length ? { tags: stage.tags } : {}),
    apiId: api.id,
    ...(api.name ? { apiName: api.name } : {}),
    apiType: 'REST',
    stageName: name,
    ...(stage.accessLogSettings?.destinationArn ? { accessLogDestinationArn: stage.accessLogSettings.destinationArn } : {}),
    methodSettings: settings,
    tracingEnabled: stage.tracingEnabled ?? false,
    ...(stage.webAclArn ? { webAclArn: stage.webAclArn } : {}),
    ...(stage.clientCertificateId ? { clientCertificateId: stage.clientCertificateId } : {}),
    cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
  }
}

/** Maps one HTTP or WebSocket API stage (v2 GetStages). Pure. */
export function mapHttpStage(api: { id: string; name?: string; protocolType?: string }, stage: HttpStage, where: Where): ApiGatewayStage {
  const name = stage.StageName ?? ''
  const arn = `arn:${where.partition}:apigateway:${where.region}::/apis/${api.id}/stages/${name}`
  const websocket = api.protocolType === 'WEBSOCKET'
  const level = stage.DefaultRouteSettings?.LoggingLevel
  const methodSettings: ApiGatewayMethodSetting[] = []
  if (websocket && level) methodSettings.push({ path: 'DEFAULT', loggingLevel: level })
  if (websocket) for (const [route, s] of Object.entries(stage.RouteSettings ?? {})) if (s.LoggingLevel) methodSettings.push({ path: route, loggingLevel: s.LoggingLevel })
  return {
    id: arn,
    arn,
    name: `${api.name ?? api.id}/${name}`,
    accountId: where.accountId,
    region: where.region,
    ...(stage.Tags && Object.keys(stage.Tags).length ? { tags: stage.Tags } : {}),
    apiId: api.id,
    ...(api.name ? { apiName: api.name } : {}),
    apiType: websocket ? 'WEBSOCKET' : 'HTTP',
    stageName: name,
    ...(stage.AccessLogSettings?.DestinationArn ? { accessLogDestinationArn: stage.AccessLogSettings.DestinationArn } : {}),
    methodSettings,
  }
}

/** The stages of one REST API (not paginated by API Gateway). */
export async function restStagesOf(ctx: AwsContext, region: string, api: { id: string; name?: string }): Promise<ApiGatewayStage[]> {
  const G = await import('@aws-sdk/client-api-gateway')
  const out = await ctx.send(region, APIGATEWAY_GET, new G.GetStagesCommand({ restApiId: api.id }), { client: 'apigateway' })
  return (out.item ?? []).map((s) => mapRestStage(api, s, { region, accountId: ctx.accountId, partition: ctx.partition }))
}

/** The stages of one HTTP or WebSocket API. */
export async function httpStagesOf(ctx: AwsContext, region: string, api: { id: string; name?: string; protocolType?: string }): Promise<ApiGatewayStage[]> {
  const V2 = await import('@aws-sdk/client-apigatewayv2')
  const items = await collectPages(
    (NextToken) => ctx.send(region, APIGATEWAY_GET, new V2.GetStagesCommand({ ApiId: api.id, MaxResults: '500', ...(NextToken ? { NextToken } : {}) }), { client: 'apigatewayv2' }),
    (p) => p.NextToken,
    (p) => p.Items,
  )
  return items.map((s) => mapHttpStage(api, s, { region, accountId: ctx.accountId, partition: ctx.partition }))
}

/** Maps one custom domain name (GetDomainNames). Pure. */
export function mapDomainName(d: DomainName, where: Where): ApiGatewayDomainName {
  const name = d.domainName ?? ''
  const arn = d.domainNameArn ?? `arn:${where.partition}:apigateway:${where.region}::/domainnames/${name}`
  const endpointType = d.endpointConfiguration?.types?.[0]
  const domain: ApiGatewayDomainName = {
    id: arn,
    arn,
    name,
    accountId: where.accountId,
    region: where.region,
    ...(d.tags && Object.keys(d.tags).length ? { tags: d.tags } : {}),
    domainName: name,
    securityPolicy: d.securityPolicy ?? '',
    ...(endpointType ? { endpointType } : {}),
  }
  // GetDomainNames reports the policy in force; without it the minimum TLS version is not known.
  if (!d.securityPolicy) domain.unresolved = { securityPolicy: 'GetDomainNames reported no security policy' }
  return domain
}

/**
 * Every API Gateway custom domain name of the region (REST API GetDomainNames also lists the
 * regional domains HTTP APIs use): one paginated listing. A custom domain name is a resource of
 * its own — created before any API is mapped to it, kept after its mappings are deleted, and it
 * still answers TLS handshakes — so empty API listings cannot stand in for this call.
 */
export const apiGatewayDomainNameCollector: Collector = {
  id: 'apigateway.domain-name',
  produces: ['apigateway.domain-name'],
  actions: [APIGATEWAY_GET],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const G = await import('@aws-sdk/client-api-gateway')
    try {
      const items = await collectPages(
        (position) => ctx.send(region, APIGATEWAY_GET, new G.GetDomainNamesCommand({ limit: 500, ...(position ? { position } : {}) }), { client: 'apigateway' }),
        (p) => p.position,
        (p) => p.items,
      )
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'apigateway.domain-name': items.map((d) => mapDomainName(d, where)).sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'apigateway.domain-name', region)] }
    }
  },
}
