/**
 * API Gateway stages (REST: GET /restapis/{id}/stages; HTTP/WebSocket: GET /v2/apis/{id}/stages)
 * and custom domain names (GET /domainnames), merged into the apigateway service (index.ts).
 */
import { paginate } from '../pagination.js'
import type { OperationDef } from './types.js'

export interface FixtureApiStage {
  /** REST API id or HTTP API id, as in the region's `restApis` / `httpApis`. */
  apiId: string
  name: string
  accessLogs?: boolean
  /** REST: the stage default logging level; WebSocket: the default route's. */
  loggingLevel?: 'OFF' | 'ERROR' | 'INFO'
  tracing?: boolean
  webAclArn?: string
  clientCertificateId?: string
  cacheCluster?: boolean
  cacheEncrypted?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    apiStages?: FixtureApiStage[]
    apiDomainNames?: { name: string; securityPolicy: string; endpointType?: string }[]
  }
}

export const apiGatewayStageOperations: Record<string, OperationDef> = {
  GetStages: {
    http: { method: 'GET', path: '/restapis/{restApiId}/stages' },
    iamAction: 'apigateway:GET',
    resource: (input) => `/restapis/${String(input.restApiId)}/stages`,
    handle(input, ctx) {
      const stages = (ctx.data.apiStages ?? []).filter((s) => s.apiId === input.restApiId)
      return {
        item: stages.map((s) => ({
          stageName: s.name,
          deploymentId: 'dep001',
          tracingEnabled: s.tracing ?? false,
          cacheClusterEnabled: s.cacheCluster ?? false,
          ...(s.webAclArn ? { webAclArn: s.webAclArn } : {}),
          ...(s.clientCertificateId ? { clientCertificateId: s.clientCertificateId } : {}),
          ...(s.accessLogs ? { accessLogSettings: { destinationArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/apigateway/${s.apiId}/${s.name}`, format: '$context.requestId' } } : {}),
          methodSettings: s.loggingLevel || s.cacheCluster ? { '*/*': { loggingLevel: s.loggingLevel ?? 'OFF', metricsEnabled: false, dataTraceEnabled: false, cachingEnabled: s.cacheCluster ?? false, cacheDataEncrypted: s.cacheEncrypted ?? false, cacheTtlInSeconds: 300 } } : {},
        })),
      }
    },
  },
  GetStagesV2: {
    http: { method: 'GET', path: '/v2/apis/{ApiId}/stages' },
    iamAction: 'apigateway:GET',
    resource: (input) => `/apis/${String(input.ApiId)}/stages`,
    handle(input, ctx) {
      const stages = (ctx.data.apiStages ?? []).filter((s) => s.apiId === input.ApiId)
      const p = paginate(stages, { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 500, tokenName: 'nextToken', errorCode: 'BadRequestException' })
      return {
        items: p.items.map((s) => ({
          stageName: s.name,
          autoDeploy: true,
          ...(s.accessLogs ? { accessLogSettings: { destinationArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/apigateway/${s.apiId}/${s.name}`, format: '$context.requestId' } } : {}),
          defaultRouteSettings: { detailedMetricsEnabled: false, ...(s.loggingLevel ? { loggingLevel: s.loggingLevel } : {}) },
          routeSettings: {},
        })),
        nextToken: p.next,
      }
    },
  },
  GetDomainNames: {
    http: { method: 'GET', path: '/domainnames' },
    iamAction: 'apigateway:GET',
    resource: () => '/domainnames',
    handle(input, ctx) {
      const p = paginate(ctx.data.apiDomainNames ?? [], { token: input.position, requested: input.limit === undefined ? undefined : Number(input.limit), defaultSize: 25, maxSize: 500, tokenName: 'position', sizeName: 'limit', errorCode: 'BadRequestException' })
      return {
        item: p.items.map((d) => ({ domainName: d.name, securityPolicy: d.securityPolicy, endpointConfiguration: { types: [d.endpointType ?? 'REGIONAL'] }, domainNameStatus: 'AVAILABLE', regionalDomainName: `d-abc123.execute-api.${ctx.region}.amazonaws.com` })),
        position: p.next,
      }
    },
  },
}
