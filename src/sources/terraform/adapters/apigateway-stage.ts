/**
 * API Gateway stages and custom domain names from Terraform → `apigateway.stage` and
 * `apigateway.domain-name`: aws_api_gateway_stage joined to its aws_api_gateway_method_settings and
 * aws_wafv2_web_acl_association, aws_apigatewayv2_stage, aws_api_gateway_domain_name and
 * aws_apigatewayv2_domain_name.
 */
import type { ApiGatewayMethodSetting, ApiGatewayStage } from '../../../model/apigateway.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, firstBlock, PLACEHOLDER, type AdapterContext } from './fields.js'

function byIdentity(ctx: AdapterContext, type: string, v: Value | undefined, attr = 'id'): TfInstance | undefined {
  const want = identity(v)
  if (want === undefined) return undefined
  return ctx.byType(type).find((i) => identity(i.computed(attr)) === want)
}

function setting(f: Fields, owner: TfInstance, path: string, s: Record<string, Value>): ApiGatewayMethodSetting {
  const out: ApiGatewayMethodSetting = { path: path === '*/*' ? 'DEFAULT' : path }
  for (const [key, arg] of [['loggingLevel', 'logging_level'], ['cachingEnabled', 'caching_enabled'], ['cacheDataEncrypted', 'cache_data_encrypted']] as const) {
    const v = s[arg]
    if (v === undefined || v === null) continue
    if (v instanceof Unknown) {
      f.mark('methodSettings', `${owner.address}: ${arg} ${v.reason}`)
      continue
    }
    if (key === 'loggingLevel') out.loggingLevel = String(v)
    else out[key] = v === true || v === 'true'
  }
  return out
}

function restStages(ctx: AdapterContext): void {
  const allSettings = ctx.byType('aws_api_gateway_method_settings')
  const associations = ctx.byType('aws_wafv2_web_acl_association')
  for (const inst of ctx.byType('aws_api_gateway_stage')) {
    const f = new Fields(ctx, inst)
    const apiId = f.ident('apiId', inst.values.rest_api_id) ?? PLACEHOLDER
    const api = byIdentity(ctx, 'aws_api_gateway_rest_api', inst.values.rest_api_id)
    const apiName = api ? identity(api.values.name) : undefined
    const stageName = f.str('stageName', 'stage_name') ?? PLACEHOLDER
    const arnValue = inst.computed('arn')
    const joined: TfInstance[] = []
    const methodSettings: ApiGatewayMethodSetting[] = []
    for (const m of allSettings) {
      const sameApi = identity(m.values.rest_api_id)
      const sameStage = identity(m.values.stage_name)
      if (sameApi === undefined || sameStage === undefined) {
        f.mark('methodSettings', `${m.address}: its stage is not known`)
        continue
      }
      if (sameApi !== identity(inst.values.rest_api_id) || sameStage !== stageName) continue
      joined.push(m)
      f.locateResource('methodSettings', m)
      const path = identity(m.values.method_path) ?? '*/*'
      const block = blocksOf(m.values.settings)[0]
      if (block) methodSettings.push(setting(f, m, path, block))
    }
    methodSettings.sort((a, b) => (a.path === 'DEFAULT' ? -1 : b.path === 'DEFAULT' ? 1 : a.path.localeCompare(b.path)))
    let webAclArn: string | undefined
    for (const a of associations) {
      const target = identity(a.values.resource_arn)
      if (target === undefined) {
        f.mark('webAclArn', `${a.address}: resource_arn is not known`)
        continue
      }
      if (target !== identity(arnValue)) continue
      joined.push(a)
      f.locateResource('webAclArn', a)
      webAclArn = f.ident('webAclArn', a.values.web_acl_arn) ?? PLACEHOLDER
    }
    const access = firstBlock(inst.values, 'access_log_settings')
    if (access instanceof Unknown) f.mark('accessLogDestinationArn', access.reason)
    const destination = access && !(access instanceof Unknown) ? f.ident('accessLogDestinationArn', access.destination_arn) : undefined
    if (access) f.locate('accessLogDestinationArn', 'access_log_settings')
    const certificate = f.id('clientCertificateId', 'client_certificate_id')
    const stage: ApiGatewayStage = {
      ...f.base(inst.id, `${apiName ?? apiId}/${stageName}`, { arn: `arn:${ctx.options.partition}:apigateway:${ctx.options.region}::/restapis/${apiId}/stages/${stageName}` }),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType: 'REST',
      stageName,
      ...(destination ? { accessLogDestinationArn: destination } : {}),
      methodSettings,
      tracingEnabled: f.bool('tracingEnabled', 'xray_tracing_enabled') ?? false,
      ...(webAclArn ? { webAclArn } : {}),
      ...(certificate ? { clientCertificateId: certificate } : {}),
      cacheClusterEnabled: f.bool('cacheClusterEnabled', 'cache_cluster_enabled') ?? false,
    }
    ctx.emit('apigateway.stage', f.finish(stage), inst, joined)
  }
}

function httpStages(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_apigatewayv2_stage')) {
    const f = new Fields(ctx, inst)
    const apiId = f.ident('apiId', inst.values.api_id) ?? PLACEHOLDER
    const api = byIdentity(ctx, 'aws_apigatewayv2_api', inst.values.api_id)
    const apiName = api ? identity(api.values.name) : undefined
    const websocket = api ? identity(api.values.protocol_type) === 'WEBSOCKET' : false
    const name = f.str('stageName', 'name') ?? PLACEHOLDER
    const access = firstBlock(inst.values, 'access_log_settings')
    if (access instanceof Unknown) f.mark('accessLogDestinationArn', access.reason)
    const destination = access && !(access instanceof Unknown) ? f.ident('accessLogDestinationArn', access.destination_arn) : undefined
    const route = firstBlock(inst.values, 'default_route_settings')
    const level = route && !(route instanceof Unknown) ? f.text('methodSettings', route.logging_level ?? undefined) : undefined
    const stage: ApiGatewayStage = {
      ...f.base(inst.id, `${apiName ?? apiId}/${name}`, { arn: `arn:${ctx.options.partition}:apigateway:${ctx.options.region}::/apis/${apiId}/stages/${name}` }),
      apiId,
      ...(apiName ? { apiName } : {}),
      apiType: websocket ? 'WEBSOCKET' : 'HTTP',
      stageName: name,
      ...(destination ? { accessLogDestinationArn: destination } : {}),
      methodSettings: websocket && level ? [{ path: 'DEFAULT', loggingLevel: level }] : [],
    }
    ctx.emit('apigateway.stage', f.finish(stage), inst)
  }
}

function domainNames(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_api_gateway_domain_name')) {
    const f = new Fields(ctx, inst)
    const name = f.str('domainName', 'domain_name') ?? PLACEHOLDER
    // Without security_policy the API default applies, which has been TLS_1_0 for REST domains.
    const policy = f.str('securityPolicy', 'security_policy') ?? 'TLS_1_0'
    const endpoint = firstBlock(inst.values, 'endpoint_configuration')
    const types = endpoint && !(endpoint instanceof Unknown) && Array.isArray(endpoint.types) ? identity(endpoint.types[0]) : undefined
    ctx.emit('apigateway.domain-name', f.finish({ ...f.base(inst.id, name, { arn: `arn:${ctx.options.partition}:apigateway:${ctx.options.region}::/domainnames/${name}` }), domainName: name, securityPolicy: policy, ...(types ? { endpointType: types } : {}) }), inst)
  }
  for (const inst of ctx.byType('aws_apigatewayv2_domain_name')) {
    const f = new Fields(ctx, inst)
    const name = f.str('domainName', 'domain_name') ?? PLACEHOLDER
    const policy = f.str('securityPolicy', 'domain_name_configuration.0.security_policy') ?? 'TLS_1_2'
    const type = f.str('endpointType', 'domain_name_configuration.0.endpoint_type')
    ctx.emit('apigateway.domain-name', f.finish({ ...f.base(inst.id, name, { arn: `arn:${ctx.options.partition}:apigateway:${ctx.options.region}::/domainnames/${name}` }), domainName: name, securityPolicy: policy, ...(type ? { endpointType: type } : {}) }), inst)
  }
}

export function adaptApiGatewayStages(ctx: AdapterContext): void {
  restStages(ctx)
  httpStages(ctx)
  domainNames(ctx)
}
