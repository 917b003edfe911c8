/**
 * aws_lambda_function → `lambda.function`, with the sibling resources AWS attaches to a
 * function joined the way GetFunction, GetPolicy and GetFunctionUrlConfig show them:
 * aws_lambda_permission → statements of `policy`, aws_lambda_function_url → `url`,
 * aws_lambda_function_event_invoke_config → `eventInvokeConfig`,
 * aws_lambda_event_source_mapping → `eventSourceMappings`. Absent arguments take Lambda's
 * defaults. (aws_lambda_provisioned_concurrency_config changes nothing a check reads.)
 */
import type { PolicyDocument } from '../../../model/common.js'
import type { LambdaEventInvokeConfig, LambdaEventSourceMapping, LambdaFunction, LambdaFunctionUrl, LambdaVpcConfig } from '../../../model/lambda.js'
import { identity, isRecord, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, valueAt, type AdapterContext } from './fields.js'
import { permissionStatement } from './lambda-permission.js'

interface Entry {
  inst: TfInstance
  f: Fields
  name: string
  arn: string
  joined: TfInstance[]
  statements: Record<string, Value>[]
  url?: LambdaFunctionUrl
  eventInvokeConfig?: LambdaEventInvokeConfig
  mappings: LambdaEventSourceMapping[]
}

/** Which functions a `function_name` value designates: a name, a full or partial ARN, optionally qualified. */
export function matchFunctions<T extends { name: string; arn: string }>(value: Value | undefined, entries: readonly T[]): T[] | Unknown {
  const s = identity(value)
  if (s === undefined) return value instanceof Unknown ? value : []
  if (s.startsWith('arn:')) {
    const parts = s.split(':')
    const base = parts.slice(0, 7).join(':')
    const byArn = entries.filter((e) => e.arn === base)
    return byArn.length ? byArn : entries.filter((e) => e.name === parts[6])
  }
  if (/^\d{12}:function:/.test(s)) return entries.filter((e) => e.name === s.split(':')[2])
  return entries.filter((e) => e.name === s || e.name === s.split(':')[0])
}

export function adaptLambda(ctx: AdapterContext): void {
  const entries: Entry[] = ctx.byType('aws_lambda_function').map((inst) => {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('function_name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    return { inst, f, name, arn, joined: [], statements: [], mappings: [] }
  })
  adaptLayers(ctx)
  adaptCodeSigningConfigs(ctx)
  if (!entries.length) return
  // A sibling whose function cannot be told: any function may be its target.
  const taintAll = (path: string, reason: string) => entries.forEach((e) => e.f.mark(path, reason))
  const targets = (sibling: TfInstance, path: string): Entry[] => {
    const t = matchFunctions(sibling.values.function_name, entries)
    if (t instanceof Unknown) {
      taintAll(path, `${sibling.address}: function_name ${t.reason}`)
      return []
    }
    return t
  }

  for (const perm of ctx.byType('aws_lambda_permission')) {
    for (const e of targets(perm, 'policy')) {
      const i = e.statements.length
      e.statements.push(permissionStatement(perm, e.arn, ctx.options.partition))
      e.joined.push(perm)
      e.f.locateResource(`policy.Statement.${i}`, perm)
      if (!e.f.attributeLocations.policy) e.f.locateResource('policy', perm)
      if (perm.existence) e.f.mark(`policy.Statement.${i}`, `${perm.address} exists only if ${perm.existence} allows it`)
    }
  }

  for (const u of ctx.byType('aws_lambda_function_url')) {
    for (const e of targets(u, 'url')) {
      const url = functionUrl(e.f, u)
      // One URL per function (aliases have their own): keep the most exposed one.
      if (!e.url || (e.url.authType === 'AWS_IAM' && url.authType === 'NONE')) e.url = url
      e.joined.push(u)
    }
  }

  for (const c of ctx.byType('aws_lambda_function_event_invoke_config')) {
    for (const e of targets(c, 'eventInvokeConfig')) {
      e.eventInvokeConfig = eventInvokeConfig(e.f, c)
      e.joined.push(c)
    }
  }

  for (const m of ctx.byType('aws_lambda_event_source_mapping')) {
    for (const e of targets(m, 'eventSourceMappings')) {
      const i = e.mappings.length
      e.mappings.push(eventSourceMapping(e.f, m, `eventSourceMappings.${i}`))
      e.f.locateResource(`eventSourceMappings.${i}`, m)
      e.joined.push(m)
    }
  }

  for (const e of entries) ctx.emit('lambda.function', buildFunction(ctx, e), e.inst, e.joined)
}

function functionUrl(f: Fields, u: TfInstance): LambdaFunctionUrl {
  f.locate('url.authType', 'authorization_type', u)
  if (!f.attributeLocations.url) f.locateResource('url', u)
  const auth = u.values.authorization_type
  let authType: LambdaFunctionUrl['authType'] = 'NONE'
  if (auth instanceof Unknown) f.mark('url.authType', auth.reason)
  else authType = auth === 'AWS_IAM' ? 'AWS_IAM' : 'NONE'
  const url: LambdaFunctionUrl = { authType }
  const link = u.computed('function_url')
  if (typeof link === 'string') url.url = link
  const cors = blocksOf(u.values.cors)[0]
  if (u.values.cors instanceof Unknown) f.mark('url.cors', u.values.cors.reason)
  if (cors) {
    f.locate('url.cors', 'cors.0', u)
    const list = (key: string, model: string): string[] => {
      const v = cors[key]
      if (v instanceof Unknown) {
        f.mark(`url.cors.${model}`, v.reason)
        return []
      }
      return (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map((x) => (x instanceof Unknown ? (f.mark(`url.cors.${model}`, x.reason), PLACEHOLDER) : String(x)))
    }
    const creds = cors.allow_credentials
    if (creds instanceof Unknown) f.mark('url.cors.allowCredentials', creds.reason)
    url.cors = { allowOrigins: list('allow_origins', 'allowOrigins'), allowMethods: list('allow_methods', 'allowMethods'), allowHeaders: list('allow_headers', 'allowHeaders'), allowCredentials: creds === true || creds === 'true' }
  }
  return url
}

function eventInvokeConfig(f: Fields, c: TfInstance): LambdaEventInvokeConfig {
  const config: LambdaEventInvokeConfig = {}
  const read = (model: keyof LambdaEventInvokeConfig, path: string, kind: 'id' | 'num') => {
    const v = valueAt(c.values, path)
    if (v === undefined) return
    f.locate(`eventInvokeConfig.${model}`, path, c)
    if (kind === 'num') {
      if (v instanceof Unknown) f.mark(`eventInvokeConfig.${model}`, v.reason)
      ;(config as Record<string, unknown>)[model] = typeof v === 'number' ? v : Number(v) || 0
    } else (config as Record<string, unknown>)[model] = f.ident(`eventInvokeConfig.${model}`, v) ?? PLACEHOLDER
  }
  read('onFailureDestination', 'destination_config.0.on_failure.0.destination', 'id')
  read('onSuccessDestination', 'destination_config.0.on_success.0.destination', 'id')
  read('maximumRetryAttempts', 'maximum_retry_attempts', 'num')
  read('maximumEventAgeInSeconds', 'maximum_event_age_in_seconds', 'num')
  f.locateResource('eventInvokeConfig', c)
  return config
}

function eventSourceMapping(f: Fields, m: TfInstance, path: string): LambdaEventSourceMapping {
  const uuid = identity(m.computed('uuid')) ?? m.placeholderId
  const out: LambdaEventSourceMapping = { uuid }
  const source = f.ident(`${path}.eventSourceArn`, m.values.event_source_arn)
  if (source !== undefined) out.eventSourceArn = source
  const enabled = m.values.enabled
  if (enabled instanceof Unknown) f.mark(`${path}.state`, enabled.reason)
  out.state = enabled === false || enabled === 'false' ? 'Disabled' : 'Enabled'
  const dest = valueAt(m.values, 'destination_config.0.on_failure.0.destination_arn')
  const d = f.ident(`${path}.onFailureDestination`, dest)
  if (d !== undefined) out.onFailureDestination = d
  return out
}

function buildFunction(ctx: AdapterContext, e: Entry): LambdaFunction {
  const f = e.f
  const base = f.base(e.inst.id, e.name, { arn: e.arn })
  const imageUri = f.get('image_uri')
  const packageType = f.str('packageType', 'package_type')
  const role = f.id('role', 'role')
  if (role === undefined) f.mark('role', 'the function has no role')
  const reserved = f.num('reservedConcurrency', 'reserved_concurrent_executions')
  const fn: LambdaFunction = {
    ...base,
    packageType: packageType === 'Image' || (packageType === undefined && imageUri !== undefined) ? 'Image' : 'Zip',
    role: role ?? PLACEHOLDER,
    architectures: f.strList('architectures', 'architectures', false) ?? ['x86_64'],
    // Lambda's defaults when the configuration says nothing.
    memorySize: f.num('memorySize', 'memory_size') ?? 128,
    timeout: f.num('timeout', 'timeout') ?? 3,
    environment: f.strMap('environment', 'environment.0.variables') ?? {},
    tracingMode: 'PassThrough',
    layers: (f.strList('layers', 'layers') ?? []).map((arn) => ({ arn })),
    logging: { logGroup: `/aws/lambda/${e.name}`, logFormat: 'Text' },
    policy: null,
    url: e.url ?? null,
    codeSigningConfigArn: f.id('codeSigningConfigArn', 'code_signing_config_arn') || null,
    // -1 (the provider's default) means no reserved concurrency.
    reservedConcurrency: reserved === undefined || reserved < 0 ? null : reserved,
    eventInvokeConfig: e.eventInvokeConfig ?? null,
    eventSourceMappings: e.mappings,
  }
  if (f.get('environment') instanceof Unknown) f.mark('environment', (f.get('environment') as Unknown).reason)
  const runtime = f.str('runtime', 'runtime')
  if (runtime !== undefined) fn.runtime = runtime
  const handler = f.str('handler', 'handler')
  if (handler !== undefined) fn.handler = handler
  const kms = f.id('kmsKeyArn', 'kms_key_arn')
  if (kms) fn.kmsKeyArn = kms
  const dlq = f.id('deadLetterTargetArn', 'dead_letter_config.0.target_arn')
  if (dlq) fn.deadLetterTargetArn = dlq
  if (f.get('dead_letter_config') instanceof Unknown) f.mark('deadLetterTargetArn', (f.get('dead_letter_config') as Unknown).reason)
  const tracing = f.str('tracingMode', 'tracing_config.0.mode')
  if (f.get('tracing_config') instanceof Unknown) f.mark('tracingMode', (f.get('tracing_config') as Unknown).reason)
  if (tracing === 'Active') fn.tracingMode = 'Active'
  const logGroup = f.id('logging.logGroup', 'logging_config.0.log_group')
  if (logGroup) fn.logging.logGroup = logGroup
  const logFormat = f.str('logging.logFormat', 'logging_config.0.log_format')
  if (logFormat) fn.logging.logFormat = logFormat
  const vpc = vpcConfig(ctx, f)
  if (vpc) fn.vpc = vpc
  if (e.statements.length) {
    const doc = { Version: '2012-10-17', Id: 'default', Statement: e.statements }
    fn.policy = f.materialize(doc, 'policy') as PolicyDocument
  }
  return f.finish(fn)
}

function vpcConfig(ctx: AdapterContext, f: Fields): LambdaVpcConfig | undefined {
  const block = f.get('vpc_config')
  if (block === undefined || (Array.isArray(block) && block.length === 0)) return undefined
  f.locate('vpc', 'vpc_config.0')
  if (block instanceof Unknown) {
    f.mark('vpc', block.reason)
    return { subnetIds: [], securityGroupIds: [] }
  }
  const subnetIds = f.strList('vpc.subnetIds', 'vpc_config.0.subnet_ids') ?? []
  const securityGroupIds = f.strList('vpc.securityGroupIds', 'vpc_config.0.security_group_ids') ?? []
  // A vpc_config without subnets leaves the function outside any VPC, as Lambda does.
  if (!subnetIds.length && !f.unresolved['vpc.subnetIds']) return undefined
  const vpc: LambdaVpcConfig = { subnetIds, securityGroupIds }
  const ipv6 = f.bool('vpc.ipv6AllowedForDualStack', 'vpc_config.0.ipv6_allowed_for_dual_stack')
  if (ipv6 !== undefined) vpc.ipv6AllowedForDualStack = ipv6
  // The VPC is the subnets' VPC, when a subnet of the configuration says which.
  for (const s of ctx.byType('aws_subnet')) {
    if (!subnetIds.includes(identity(s.computed('id')) ?? '')) continue
    const vpcId = identity(s.values.vpc_id)
    if (vpcId) vpc.vpcId = vpcId
    break
  }
  if (!vpc.vpcId && isRecord(f.get('vpc_config.0') ?? null)) {
    const known = f.get('vpc_config.0.vpc_id')
    if (typeof known === 'string' && known) vpc.vpcId = known
  }
  return vpc
}

/** aws_lambda_layer_version (+ aws_lambda_layer_version_permission) → `lambda.layer`. */
function adaptLayers(ctx: AdapterContext): void {
  const perms = ctx.byType('aws_lambda_layer_version_permission')
  for (const inst of ctx.byType('aws_lambda_layer_version')) {
    const f = new Fields(ctx, inst)
    const versionArn = f.ident('versions.0.arn', inst.computed('arn')) ?? PLACEHOLDER
    const layerArn = f.ident('arn', inst.computed('layer_arn')) ?? versionArn.replace(/:\d+$/, '')
    const joined: TfInstance[] = []
    const statements: Record<string, Value>[] = []
    for (const p of perms) {
      const target = identity(p.values.layer_name)
      if (target !== layerArn && target !== identity(inst.values.layer_name)) continue
      joined.push(p)
      const principal = p.values.principal
      const org = p.values.organization_id
      statements.push({
        Sid: identity(p.values.statement_id) ?? p.placeholderId,
        Effect: 'Allow',
        Principal: principal === '*' ? '*' : principal instanceof Unknown ? principal : { AWS: /^\d{12}$/.test(String(principal)) ? `arn:${ctx.options.partition}:iam::${String(principal)}:root` : String(principal) },
        Action: p.values.action ?? 'lambda:GetLayerVersion',
        Resource: versionArn,
        ...(org !== undefined && org !== null ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': org } } } : {}),
      })
    }
    const name = f.ident('name', inst.computed('layer_name')) ?? layerArn.split(':').pop() ?? inst.name
    const layer = {
      ...f.base(inst.id, name, { arn: layerArn }),
      versions: [
        {
          version: 1,
          arn: versionArn,
          compatibleRuntimes: f.strList('versions.0.compatibleRuntimes', 'compatible_runtimes', false) ?? [],
          policy: statements.length ? (f.materialize({ Version: '2012-10-17', Statement: statements }, 'versions.0.policy') as PolicyDocument) : null,
        },
      ],
    }
    ctx.emit('lambda.layer', f.finish(layer), inst, joined)
  }
}

function adaptCodeSigningConfigs(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_lambda_code_signing_config')) {
    const f = new Fields(ctx, inst)
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const policy = f.str('untrustedArtifactOnDeployment', 'policies.0.untrusted_artifact_on_deployment')
    ctx.emit(
      'lambda.code-signing-config',
      f.finish({
        ...f.base(inst.id, arn.split(':').pop() ?? inst.name, { arn }),
        // Warn is Lambda's default: unsigned code is deployed with a warning.
        untrustedArtifactOnDeployment: policy === 'Enforce' ? 'Enforce' : 'Warn',
        allowedPublisherProfileArns: f.strList('allowedPublisherProfileArns', 'allowed_publishers.0.signing_profile_version_arns') ?? [],
      }),
      inst,
    )
  }
}
