/**
 * AWS::Lambda::Function → `lambda.function`, with the sibling resources AWS attaches to a
 * function joined in the way GetFunction/GetPolicy/GetFunctionUrlConfig show them:
 * AWS::Lambda::Permission statements become the resource policy, AWS::Lambda::Url the `url`,
 * AWS::Lambda::EventInvokeConfig the `eventInvokeConfig`, AWS::Lambda::EventSourceMapping the
 * `eventSourceMappings`. Absent properties take Lambda's defaults.
 */
import type { LambdaEventSourceMapping, LambdaFunction, LambdaFunctionUrl, LambdaLayerVersion, LambdaVpcConfig } from '../../../model/lambda.js'
import type { PolicyDocument, PolicyStatement } from '../../../model/common.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isRecord, isUnresolved, materialize, PLACEHOLDER, Unresolved } from '../values.js'
import { permissionStatement } from './lambda-permission.js'

interface FunctionEntry {
  res: TemplateResource
  fields: Fields
  name: string
  arn: string
  joined: TemplateResource[]
  statements: PolicyStatement[]
  url?: { res: TemplateResource; url: LambdaFunctionUrl }
  eventInvokeConfig?: LambdaFunction['eventInvokeConfig']
  mappings: LambdaEventSourceMapping[]
}

/** Which template functions a FunctionName/TargetFunctionArn value designates. */
function matchFunctions(value: unknown, entries: readonly FunctionEntry[]): FunctionEntry[] | Unresolved {
  if (isUnresolved(value)) return value
  const s = asString(value)
  if (!s) return []
  let name: string
  if (s.startsWith('arn:')) {
    const parts = s.split(':')
    const base = parts.slice(0, 7).join(':')
    const byArn = entries.filter((e) => e.arn === base)
    if (byArn.length) return byArn
    name = parts[6] ?? ''
  } else if (/^\d{12}:function:/.test(s)) name = s.split(':')[2] ?? ''
  else name = s.split(':')[0] ?? ''
  return entries.filter((e) => e.name === name)
}

export function adaptLambda(stack: Stack): void {
  const entries: FunctionEntry[] = []
  for (const res of stack.ofType('AWS::Lambda::Function')) {
    const fields = stack.fields(res)
    const name = stack.ref(res)
    const arn = stack.getAtt(res, 'Arn')
    if (isUnresolved(name)) fields.mark('name', name.reason)
    entries.push({
      res,
      fields,
      name: isUnresolved(name) ? `${stack.template.stackName}-${res.logicalId}` : String(name),
      arn: isUnresolved(arn) ? `arn:${stack.options.partition}:lambda:${stack.region}:${stack.options.accountId}:function:${stack.template.stackName}-${res.logicalId}` : String(arn),
      joined: [],
      statements: [],
      mappings: [],
    })
  }
  if (!entries.length) return

  // When a sibling's function reference cannot be resolved, any function of the stack may be
  // the target: the joined attribute is unknown for all of them.
  const taintAll = (path: string, reason: string) => {
    for (const e of entries) e.fields.mark(path, reason)
  }

  for (const res of stack.ofType('AWS::Lambda::Permission')) {
    const p = stack.props(res)
    const targets = matchFunctions(p.FunctionName, entries)
    if (isUnresolved(targets)) {
      taintAll('policy', `permission ${res.logicalId}: FunctionName ${targets.reason}`)
      continue
    }
    for (const e of targets) {
      const index = e.statements.length
      e.statements.push(permissionStatement(res.logicalId, p, e.arn, stack.options.partition))
      e.joined.push(res)
      e.fields.locateResource(`policy.Statement.${index}`, res)
      if (!e.fields.attributeLocations.policy) e.fields.locateResource('policy', res)
      const exists = stack.resolver.exists(res)
      if (isUnresolved(exists)) e.fields.mark(`policy.Statement.${index}`, `permission ${res.logicalId} exists only if ${exists.reason}`)
    }
  }

  for (const res of stack.ofType('AWS::Lambda::Url')) {
    const p = stack.props(res)
    const targets = matchFunctions(p.TargetFunctionArn, entries)
    if (isUnresolved(targets)) {
      taintAll('url', `function URL ${res.logicalId}: TargetFunctionArn ${targets.reason}`)
      continue
    }
    for (const e of targets) {
      const url = functionUrl(stack, res, e.fields)
      // A function has one unqualified URL; URLs on aliases are listed with it. Keep the most
      // exposed one (auth NONE) when there are several.
      if (!e.url || (e.url.url.authType === 'AWS_IAM' && url.authType === 'NONE')) e.url = { res, url }
      e.joined.push(res)
    }
  }

  for (const res of stack.ofType('AWS::Lambda::EventInvokeConfig')) {
    const p = stack.props(res)
    const targets = matchFunctions(p.FunctionName, entries)
    if (isUnresolved(targets)) {
      taintAll('eventInvokeConfig', `event invoke config ${res.logicalId}: FunctionName ${targets.reason}`)
      continue
    }
    for (const e of targets) {
      e.eventInvokeConfig = eventInvokeConfig(res, e.fields)
      e.joined.push(res)
    }
  }

  for (const res of stack.ofType('AWS::Lambda::EventSourceMapping')) {
    const p = stack.props(res)
    const targets = matchFunctions(p.FunctionName, entries)
    if (isUnresolved(targets)) {
      taintAll('eventSourceMappings', `event source mapping ${res.logicalId}: FunctionName ${targets.reason}`)
      continue
    }
    for (const e of targets) {
      const index = e.mappings.length
      e.mappings.push(eventSourceMapping(stack, res, e.fields, `eventSourceMappings.${index}`))
      e.fields.locateResource(`eventSourceMappings.${index}`, res)
      e.joined.push(res)
    }
  }

  for (const e of entries) stack.emit('lambda.function', buildFunction(stack, e), e.res, e.joined)
  adaptLayers(stack)
  adaptCodeSigningConfigs(stack)
}

function functionUrl(stack: Stack, res: TemplateResource, f: Fields): LambdaFunctionUrl {
  const p = stack.props(res)
  f.locate('url.authType', ['AuthType'], res)
  if (!f.attributeLocations.url) f.locateResource('url', res)
  let authType: LambdaFunctionUrl['authType'] = 'NONE'
  if (isUnresolved(p.AuthType)) f.mark('url.authType', p.AuthType.reason)
  else authType = p.AuthType === 'AWS_IAM' ? 'AWS_IAM' : 'NONE'
  const url: LambdaFunctionUrl = { authType }
  const u = stack.getAtt(res, 'FunctionUrl')
  if (typeof u === 'string') url.url = u
  if (p.Cors !== undefined) {
    f.locate('url.cors', ['Cors'], res)
    const cors = materialize(p.Cors, 'url.cors', f.unresolved)
    const c = isRecord(cors) ? cors : {}
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)])
    url.cors = {
      allowOrigins: list(c.AllowOrigins),
      allowMethods: list(c.AllowMethods),
      allowHeaders: list(c.AllowHeaders),
      allowCredentials: c.AllowCredentials === true || c.AllowCredentials === 'true',
    }
    // materialize() recorded paths under CloudFormation's property names; map them to the model's.
    for (const [k, reason] of Object.entries(f.unresolved)) {
      const m = /^url\.cors\.(AllowOrigins|AllowMethods|AllowHeaders|AllowCredentials)/.exec(k)
      if (!m) continue
      delete f.unresolved[k]
      f.mark(`url.cors.${m[1]![0]!.toLowerCase()}${m[1]!.slice(1)}`, reason)
    }
  }
  return url
}

function eventInvokeConfig(res: TemplateResource, f: Fields): LambdaFunction['eventInvokeConfig'] {
  const p = f.stack.props(res)
  const config: NonNullable<LambdaFunction['eventInvokeConfig']> = {}
  const read = (model: keyof typeof config, path: (string | number)[], kind: 'str' | 'num') => {
    let v: unknown = p
    for (const k of path) v = isRecord(v) ? v[k as string] : isUnresolved(v) ? v : undefined
    if (v === undefined) return
    f.locate(`eventInvokeConfig.${model}`, path, res)
    if (isUnresolved(v)) {
      f.mark(`eventInvokeConfig.${model}`, v.reason)
      ;(config as Record<string, unknown>)[model] = kind === 'str' ? PLACEHOLDER : 0
    } else (config as Record<string, unknown>)[model] = kind === 'str' ? String(v) : Number(v)
  }
  read('onFailureDestination', ['DestinationConfig', 'OnFailure', 'Destination'], 'str')
  read('onSuccessDestination', ['DestinationConfig', 'OnSuccess', 'Destination'], 'str')
  read('maximumRetryAttempts', ['MaximumRetryAttempts'], 'num')
  read('maximumEventAgeInSeconds', ['MaximumEventAgeInSeconds'], 'num')
  f.locateResource('eventInvokeConfig', res)
  return config
}

function eventSourceMapping(stack: Stack, res: TemplateResource, f: Fields, modelPath: string): LambdaEventSourceMapping {
  const p = stack.props(res)
  const m: LambdaEventSourceMapping = { uuid: `${stack.template.stackName}-${res.logicalId}` }
  if (p.EventSourceArn !== undefined) {
    if (isUnresolved(p.EventSourceArn)) {
      f.mark(`${modelPath}.eventSourceArn`, p.EventSourceArn.reason)
      m.eventSourceArn = PLACEHOLDER
    } else m.eventSourceArn = String(p.EventSourceArn)
  }
  m.state = p.Enabled === false || p.Enabled === 'false' ? 'Disabled' : isUnresolved(p.Enabled) ? (f.mark(`${modelPath}.state`, p.Enabled.reason), 'Enabled') : 'Enabled'
  const dest = isRecord(p.DestinationConfig) && isRecord(p.DestinationConfig.OnFailure) ? p.DestinationConfig.OnFailure.Destination : undefined
  if (dest !== undefined) {
    if (isUnresolved(dest)) {
      f.mark(`${modelPath}.onFailureDestination`, dest.reason)
      m.onFailureDestination = PLACEHOLDER
    } else m.onFailureDestination = String(dest)
  }
  return m
}

function buildFunction(stack: Stack, e: FunctionEntry): LambdaFunction {
  const f = e.fields
  const base = f.base(stack.resourceId(e.res), e.name, { arn: e.arn })
  const imageUri = f.get(['Code', 'ImageUri'])
  const packageType = f.str('packageType', ['PackageType']) === 'Image' || (imageUri !== undefined && f.get(['PackageType']) === undefined) ? 'Image' : 'Zip'
  const role = f.str('role', ['Role'])
  if (role === undefined) f.mark('role', 'the function has no Role')
  const fn: LambdaFunction = {
    ...base,
    packageType,
    role: role ?? PLACEHOLDER,
    architectures: f.strList('architectures', ['Architectures']) ?? ['x86_64'],
    // Lambda's defaults when the template says nothing.
    memorySize: f.num('memorySize', ['MemorySize']) ?? 128,
    timeout: f.num('timeout', ['Timeout']) ?? 3,
    environment: f.strMap('environment', ['Environment', 'Variables']) ?? {},
    tracingMode: 'PassThrough',
    layers: (f.strList('layers', ['Layers']) ?? []).map((arn) => ({ arn })),
    logging: { logGroup: `/aws/lambda/${e.name}`, logFormat: 'Text' },
    policy: null,
    url: null,
    codeSigningConfigArn: f.str('codeSigningConfigArn', ['CodeSigningConfigArn']) ?? null,
    reservedConcurrency: f.num('reservedConcurrency', ['ReservedConcurrentExecutions']) ?? null,
    eventInvokeConfig: e.eventInvokeConfig ?? null,
    eventSourceMappings: e.mappings,
  }
  const runtime = f.str('runtime', ['Runtime'])
  if (runtime !== undefined) fn.runtime = runtime
  const handler = f.str('handler', ['Handler'])
  if (handler !== undefined) fn.handler = handler
  const kms = f.str('kmsKeyArn', ['KmsKeyArn'])
  if (kms !== undefined && kms !== '') fn.kmsKeyArn = kms
  const dlq = f.str('deadLetterTargetArn', ['DeadLetterConfig', 'TargetArn'])
  if (dlq !== undefined && dlq !== '') fn.deadLetterTargetArn = dlq
  const tracing = f.str('tracingMode', ['TracingConfig', 'Mode'])
  if (tracing === 'Active') fn.tracingMode = 'Active'
  const logGroup = f.str('logging.logGroup', ['LoggingConfig', 'LogGroup'])
  if (logGroup !== undefined) fn.logging.logGroup = logGroup
  const logFormat = f.str('logging.logFormat', ['LoggingConfig', 'LogFormat'])
  if (logFormat !== undefined) fn.logging.logFormat = logFormat
  const vpc = vpcConfig(stack, f)
  if (vpc) fn.vpc = vpc
  if (e.statements.length) {
    const doc: PolicyDocument = { Version: '2012-10-17', Id: 'default', Statement: e.statements }
    fn.policy = materialize(doc, 'policy', f.unresolved) as PolicyDocument
  }
  if (e.url) fn.url = e.url.url
  return f.finish(fn)
}

function vpcConfig(stack: Stack, f: Fields): LambdaVpcConfig | undefined {
  if (f.get(['VpcConfig']) === undefined) return undefined
  f.locate('vpc', ['VpcConfig'])
  const subnetIds = f.strList('vpc.subnetIds', ['VpcConfig', 'SubnetIds']) ?? []
  const securityGroupIds = f.strList('vpc.securityGroupIds', ['VpcConfig', 'SecurityGroupIds']) ?? []
  // An empty VpcConfig (no subnets) leaves the function outside any VPC, as Lambda does.
  if (!subnetIds.length && !f.unresolved['vpc.subnetIds']) return undefined
  const vpc: LambdaVpcConfig = { subnetIds, securityGroupIds }
  const ipv6 = f.bool('vpc.ipv6AllowedForDualStack', ['VpcConfig', 'Ipv6AllowedForDualStack'])
  if (ipv6 !== undefined) vpc.ipv6AllowedForDualStack = ipv6
  // The VPC id is the subnets' VPC, when a subnet of this template says which.
  for (const subnet of stack.ofType('AWS::EC2::Subnet')) {
    if (!subnetIds.includes(String(stack.ref(subnet)))) continue
    const vpcId = stack.props(subnet).VpcId
    if (typeof vpcId === 'string') vpc.vpcId = vpcId
    break
  }
  return vpc
}

/** AWS::Lambda::LayerVersion (+ LayerVersionPermission) → `lambda.layer`, one version each. */
function adaptLayers(stack: Stack): void {
  const perms = stack.ofType('AWS::Lambda::LayerVersionPermission')
  for (const res of stack.ofType('AWS::Lambda::LayerVersion')) {
    const f = stack.fields(res)
    const versionArn = String(stack.ref(res))
    const layerArn = versionArn.replace(/:\d+$/, '')
    const name = layerArn.split(':').pop() ?? res.logicalId
    const statements: PolicyStatement[] = []
    const joined: TemplateResource[] = []
    for (const p of perms) {
      const props = stack.props(p)
      if (String(props.LayerVersionArn) !== versionArn && !isUnresolved(props.LayerVersionArn)) continue
      joined.push(p)
      const condition = props.OrganizationId !== undefined ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': props.OrganizationId } } } : {}
      const principal = props.Principal === '*' ? '*' : isUnresolved(props.Principal) ? props.Principal : { AWS: /^\d{12}$/.test(String(props.Principal)) ? `arn:${stack.options.partition}:iam::${String(props.Principal)}:root` : String(props.Principal) }
      statements.push({ Sid: p.logicalId, Effect: 'Allow', Principal: principal, Action: props.Action ?? 'lambda:GetLayerVersion', Resource: versionArn, ...condition } as unknown as PolicyStatement)
    }
    const version: LambdaLayerVersion = {
      version: 1,
      arn: versionArn,
      compatibleRuntimes: f.strList('versions.0.compatibleRuntimes', ['CompatibleRuntimes']) ?? [],
      policy: statements.length ? (materialize({ Version: '2012-10-17', Statement: statements }, 'versions.0.policy', f.unresolved) as PolicyDocument) : null,
    }
    stack.emit('lambda.layer', f.finish({ ...f.base(stack.resourceId(res), name, { arn: layerArn }), versions: [version] }), res, joined)
  }
}

function adaptCodeSigningConfigs(stack: Stack): void {
  for (const res of stack.ofType('AWS::Lambda::CodeSigningConfig')) {
    const f = stack.fields(res)
    const arn = String(stack.ref(res))
    const policy = f.str('untrustedArtifactOnDeployment', ['CodeSigningPolicies', 'UntrustedArtifactOnDeployment'])
    stack.emit(
      'lambda.code-signing-config',
      f.finish({
        ...f.base(stack.resourceId(res), arn.split(':').pop() ?? res.logicalId, { arn }),
        // Warn is Lambda's default: unsigned code is deployed with a warning.
        untrustedArtifactOnDeployment: policy === 'Enforce' ? 'Enforce' : 'Warn',
        allowedPublisherProfileArns: f.strList('allowedPublisherProfileArns', ['AllowedPublishers', 'SigningProfileVersionArns']) ?? [],
      }),
      res,
    )
  }
}
