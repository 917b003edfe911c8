/**
 * The stage SAM deploys for a REST API: an AWS::Serverless::Api, or the implicit
 * `ServerlessRestApi` SAM creates for functions' `Api` events. SAM names it
 * `<Api><StageName>Stage` (non-alphanumerics dropped) and copies the stage settings of the API
 * onto it: StageName, MethodSettings, AccessLogSetting, TracingEnabled, CacheClusterEnabled,
 * CacheClusterSize, Variables and CanarySetting, each under the `Globals.Api` value (maps merged,
 * lists concatenated, as for every global). The implicit API's stage is `Prod`. SAM has no
 * property for a client certificate, so its stages have none.
 *
 * HTTP APIs (AWS::Serverless::HttpApi, or the implicit `ServerlessHttpApi`) get the
 * AWS::ApiGatewayV2::Stage SAM deploys: `$default` unless StageName says otherwise
 * (`<Api>ApiGatewayDefaultStage`), with AccessLogSettings, DefaultRouteSettings, RouteSettings
 * and StageVariables under Globals.HttpApi.
 */
import type { CfnTemplate, TemplateResource } from '../template.js'
import { isRecord } from '../values.js'
import { generatedResource } from './generated.js'
import { mergeGlobals } from './globals.js'

const STAGE_PROPERTIES = ['MethodSettings', 'AccessLogSetting', 'TracingEnabled', 'CacheClusterEnabled', 'CacheClusterSize', 'Variables', 'CanarySetting'] as const

/** SAM's stage name for the implicit API of `Api` events. */
export const IMPLICIT_REST_API_STAGE = 'Prod'

function stageLogicalId(apiId: string, stageName: unknown): string {
  return typeof stageName === 'string' ? `${apiId}${stageName.replace(/[^A-Za-z0-9]/g, '')}Stage` : `${apiId}Stage`
}

/**
 * The AWS::ApiGateway::Stage of one SAM REST API. `own` are the AWS::Serverless::Api's
 * properties (empty for the implicit API); undefined when the API names no stage.
 */
export function samRestApiStage(template: CfnTemplate, apiId: string, own: Record<string, unknown>, implicit: boolean): TemplateResource | undefined {
  const globals = isRecord(template.globals.Api) ? template.globals.Api : {}
  const stageName = implicit ? IMPLICIT_REST_API_STAGE : own.StageName
  if (stageName === undefined) return undefined
  const props: Record<string, unknown> = { RestApiId: { Ref: apiId }, StageName: stageName }
  for (const key of STAGE_PROPERTIES) {
    const v = mergeGlobals(globals[key], own[key])
    if (v !== undefined) props[key] = v
  }
  const stage = generatedResource(stageLogicalId(apiId, stageName), 'AWS::ApiGateway::Stage', props, { template, logicalId: apiId })
  // Each stage setting is written on the API itself or, failing that, under Globals.Api.
  const fallback = stage.startLine
  stage.lineOf = (path) => {
    if (path[0] === 'RestApiId' || path.length === 0) return fallback
    return (implicit ? undefined : template.lineAt(['Resources', apiId, 'Properties', ...path])) ?? template.lineAt(['Globals', 'Api', ...path]) ?? (implicit ? undefined : template.lineAt(['Resources', apiId, 'Properties', path[0]!])) ?? template.lineAt(['Globals', 'Api', path[0]!]) ?? fallback
  }
  return stage
}

const HTTP_STAGE_PROPERTIES = ['AccessLogSettings', 'DefaultRouteSettings', 'RouteSettings', 'StageVariables'] as const

/** The AWS::ApiGatewayV2::Stage of one SAM HTTP API (`own`: the AWS::Serverless::HttpApi's properties). */
export function samHttpApiStage(template: CfnTemplate, apiId: string, own: Record<string, unknown>, implicit: boolean): TemplateResource {
  const globals = isRecord(template.globals.HttpApi) ? template.globals.HttpApi : {}
  const stageName = own.StageName ?? '$default'
  const props: Record<string, unknown> = { ApiId: { Ref: apiId }, StageName: stageName, AutoDeploy: true }
  for (const key of HTTP_STAGE_PROPERTIES) {
    const v = mergeGlobals(globals[key], own[key])
    if (v !== undefined) props[key] = v
  }
  const logicalId = stageName === '$default' ? `${apiId}ApiGatewayDefaultStage` : stageLogicalId(apiId, stageName)
  const stage = generatedResource(logicalId, 'AWS::ApiGatewayV2::Stage', props, { template, logicalId: apiId })
  const fallback = stage.startLine
  stage.lineOf = (path) => {
    if (path[0] === 'ApiId' || path.length === 0) return fallback
    return (implicit ? undefined : template.lineAt(['Resources', apiId, 'Properties', ...path])) ?? template.lineAt(['Globals', 'HttpApi', ...path]) ?? (implicit ? undefined : template.lineAt(['Resources', apiId, 'Properties', path[0]!])) ?? template.lineAt(['Globals', 'HttpApi', path[0]!]) ?? fallback
  }
  return stage
}
