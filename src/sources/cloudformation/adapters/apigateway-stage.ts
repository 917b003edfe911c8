/**
 * API Gateway stages and custom domain names from templates → `apigateway.stage` and
 * `apigateway.domain-name`, in the live collector's shape: AWS::ApiGateway::Stage (and the stage an
 * AWS::ApiGateway::Deployment creates with StageName), AWS::ApiGatewayV2::Stage, the WAF web ACL an
 * AWS::WAFv2::WebACLAssociation attaches to a REST stage, and both kinds of domain name.
 */
import type { ApiGatewayMethodSetting, ApiGatewayStage } from '../../../model/apigateway.js'
import { referencedIds } from '../dependencies.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

function referenced(stack: Stack, raw: unknown, types: readonly string[]): TemplateResource | undefined {
  for (const id of referencedIds(raw)) {
    const r = stack.template.resources.get(id)
    if (r && types.includes(r.type)) return r
  }
  return undefined
}

/** The API id a stage names (as the route adapter computes it, so stages and routes of one API agree) and the API's name. */
function apiOf(stack: Stack, f: Fields, res: TemplateResource, prop: string, types: readonly string[]): { apiId: string; apiName?: string; api?: TemplateResource } {
  const api = referenced(stack, res.properties[prop], types)
  if (api) {
    const ref = stack.ref(api)
    const name = stack.props(api).Name
    return { apiId: isUnresolved(ref) ? `${stack.template.stackName}-${api.logicalId}` : String(ref), apiName: isUnresolved(name) ? api.logicalId : (asString(name) ?? api.logicalId), api }
  }
  const v = stack.props(res)[prop]
  if (isUnresolved(v)) {
    f.mark('apiId', v.reason)
    return { apiId: PLACEHOLDER }
  }
  return { apiId: asString(v) ?? PLACEHOLDER }
}

/** One MethodSettings entry (stage or Deployment StageDescription). */
function methodSetting(f: Fields, m: Record<string, unknown>): ApiGatewayMethodSetting {
  const path = asString(m.ResourcePath) ?? '/*'
  const method = asString(m.HttpMethod) ?? '*'
  const out: ApiGatewayMethodSetting = { path: path === '/*' && method === '*' ? 'DEFAULT' : `${path}/${method}` }
  for (const [key, prop] of [['loggingLevel', 'LoggingLevel'], ['cachingEnabled', 'CachingEnabled'], ['cacheDataEncrypted', 'CacheDataEncrypted']] as const) {
    const v = m[prop]
    if (v === undefined) continue
    if (isUnresolved(v)) {
      f.mark('methodSettings', v.reason)
      continue
    }
    if (key === 'loggingLevel') out.loggingLevel = asString(v) ?? 'OFF'
    else out[key] = asBoolean(v) ?? false
  }
  return out
}

function methodSettings(f: Fields, raw: unknown): ApiGatewayMethodSetting[] {
  if (raw === undefined) return []
  if (isUnresolved(raw)) {
    f.mark('methodSettings', raw.reason)
    return []
  }
  const list = (Array.isArray(raw) ? raw : []).map((m) => {
    if (isUnresolved(m)) f.mark('methodSettings', m.reason)
    return isRecord(m) ? methodSetting(f, m) : undefined
  })
  const out = list.filter((m): m is ApiGatewayMethodSetting => m !== undefined)
  return out.sort((a, b) => (a.path === 'DEFAULT' ? -1 : b.path === 'DEFAULT' ? 1 : a.path.localeCompare(b.path)))
}

/** The WAF web ACL a WebACLAssociation attaches to `stageArn` (the last one wins, as in AWS). */
function webAclFor(stack: Stack, f: Fields, stageArn: string): { arn?: string; joined: TemplateResource[] } {
  let arn: string | undefined
  const joined: TemplateResource[] = []
  for (const a of stack.ofType('AWS::WAFv2::WebACLAssociation')) {
    const props = stack.props(a)
    if (isUnresolved(props.ResourceArn)) {
      f.mark('webAclArn', `${a.logicalId}: ResourceArn ${props.ResourceArn.reason}`)
      continue
    }
    if (asString(props.ResourceArn) !== stageArn) continue
    joined.push(a)
    f.locateResource('webAclArn', a)
    if (isUnresolved(props.WebACLArn)) f.mark('webAclArn', props.WebACLArn.reason)
    arn = isUnresolved(props.WebACLArn) ? PLACEHOLDER : asString(props.WebACLArn)
  }
  return { ...(arn ? { arn } : {}), joined }
}

function restStage(stack: Stack, res: TemplateResource, f: Fields, stageName: string, settings: Record<string, unknown>, base: { logicalProps: string[] }): void {
  const { apiId, apiName } = apiOf(stack, f, res, 'RestApiId', ['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api'])
  const arn = `arn:${stack.options.partition}:apigateway:${stack.region}::/restapis/${apiId}/stages/${stageName}`
  const waf = webAclFor(stack, f, arn)
  const str = (model: string, path: string[]) => f.str(model, [...base.logicalProps, ...path])
  const bool = (model: string, path: string[]) => f.bool(model, [...base.logicalProps, ...path])
  const access = str('accessLogDestinationArn', ['AccessLogSetting', 'DestinationArn'])
  const settingsList = methodSettings(f, settings.MethodSettings)
  // A Deployment's StageDescription also takes stage-wide LoggingLevel / CachingEnabled directly.
  if (base.logicalProps.length && (settings.LoggingLevel !== undefined || settings.CachingEnabled !== undefined || settings.CacheDataEncrypted !== undefined) && !settingsList.some((m) => m.path === 'DEFAULT'))
    settingsList.unshift(methodSetting(f, { ResourcePath: '/*', HttpMethod: '*', LoggingLevel: settings.LoggingLevel, CachingEnabled: settings.CachingEnabled, CacheDataEncrypted: settings.CacheDataEncrypted }))
  f.locate('methodSettings', [...base.logicalProps, 'MethodSettings'])
  const stage: ApiGatewayStage = {
    ...f.base(stack.resourceId(res), `${apiName ?? apiId}/${stageName}`, { arn }),
    apiId,
    ...(apiName ? { apiName } : {}),
    apiType: 'REST',
    stageName,
    ...(access ? { accessLogDestinationArn: access } : {}),
    methodSettings: settingsList,
    tracingEnabled: bool('tracingEnabled', ['TracingEnabled']) ?? false,
    ...(waf.arn ? { webAclArn: waf.arn } : {}),
    ...(str('clientCertificateId', ['ClientCertificateId']) ? { clientCertificateId: str('clientCertificateId', ['ClientCertificateId'])! } : {}),
    cacheClusterEnabled: bool('cacheClusterEnabled', ['CacheClusterEnabled']) ?? false,
  }
  stack.emit('apigateway.stage', f.finish(stage), res, waf.joined)
}

function stageName(f: Fields, v: unknown): string {
  if (isUnresolved(v)) {
    f.mark('stageName', v.reason)
    return PLACEHOLDER
  }
  return asString(v) ?? PLACEHOLDER
}

export function adaptApiGatewayStages(stack: Stack): void {
  for (const res of stack.ofType('AWS::ApiGateway::Stage')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    restStage(stack, res, f, stageName(f, props.StageName), props, { logicalProps: [] })
  }
  for (const res of stack.ofType('AWS::ApiGateway::Deployment')) {
    const props = stack.props(res)
    if (props.StageName === undefined) continue
    const f = stack.fields(res)
    const description = isRecord(props.StageDescription) ? props.StageDescription : {}
    if (isUnresolved(props.StageDescription)) f.mark('methodSettings', props.StageDescription.reason)
    restStage(stack, res, f, stageName(f, props.StageName), description, { logicalProps: ['StageDescription'] })
  }
  for (const res of stack.ofType('AWS::ApiGatewayV2::Stage')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    const { apiId, apiName, api } = apiOf(stack, f, res, 'ApiId', ['AWS::ApiGatewayV2::Api'])
    const name = stageName(f, props.StageName)
    const protocol = api ? stack.props(api).ProtocolType : undefined
    const websocket = asString(protocol) === 'WEBSOCKET'
    const access = f.str('accessLogDestinationArn', ['AccessLogSettings', 'DestinationArn'])
    const level = f.str('methodSettings', ['DefaultRouteSettings', 'LoggingLevel'])
    const stage: ApiGatewayStage = {
      ...f.base(stack.resourceId(res), `${apiName ?? apiId}/${name}`, { arn: `arn:${stack.options.partition}:apigateway:${stack.region}::/apis/${apiId}/stages/${name}` }),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType: websocket ? 'WEBSOCKET' : 'HTTP',
      stageName: name,
      ...(access ? { accessLogDestinationArn: access } : {}),
      methodSettings: websocket && level ? [{ path: 'DEFAULT', loggingLevel: level }] : [],
    }
    stack.emit('apigateway.stage', f.finish(stage), res)
  }
  for (const res of stack.ofType('AWS::ApiGateway::DomainName')) {
    const f = stack.fields(res)
    const name = f.str('domainName', ['DomainName']) ?? f.text('domainName', stack.ref(res))
    // Templates without SecurityPolicy leave it to the API default, which has been TLS_1_0 for REST domains.
    const policy = f.str('securityPolicy', ['SecurityPolicy']) ?? 'TLS_1_0'
    const types = f.strList('endpointType', ['EndpointConfiguration', 'Types'])
    f.locate('securityPolicy', ['SecurityPolicy'])
    stack.emit('apigateway.domain-name', f.finish({ ...f.base(stack.resourceId(res), name, { arn: `arn:${stack.options.partition}:apigateway:${stack.region}::/domainnames/${name}` }), domainName: name, securityPolicy: policy, ...(types?.[0] ? { endpointType: types[0] } : {}) }), res)
  }
  for (const res of stack.ofType('AWS::ApiGatewayV2::DomainName')) {
    const f = stack.fields(res)
    const name = f.str('domainName', ['DomainName']) ?? f.text('domainName', stack.ref(res))
    // HTTP and WebSocket domain names only support TLS_1_2.
    const policy = f.str('securityPolicy', ['DomainNameConfigurations', 0, 'SecurityPolicy']) ?? 'TLS_1_2'
    const type = f.str('endpointType', ['DomainNameConfigurations', 0, 'EndpointType'])
    stack.emit('apigateway.domain-name', f.finish({ ...f.base(stack.resourceId(res), name, { arn: `arn:${stack.options.partition}:apigateway:${stack.region}::/domainnames/${name}` }), domainName: name, securityPolicy: policy, ...(type ? { endpointType: type } : {}) }), res)
  }
}
