/**
 * serverless.yml (variables already resolved) → the CloudFormation resources the Serverless
 * Framework (v3 naming) deploys: one AWS::Lambda::Function per function with provider
 * settings inherited, the shared execution role built from `provider.iam.role`, a log group
 * per function, function URLs and their public permission, event permissions and mappings,
 * destinations; plus `resources.Resources` as written. Every generated resource points back
 * at the serverless.yml lines it came from.
 */
import { pointer, type LoadedDocument } from '../iac/yaml-source.js'
import type { CfnTemplate, TemplateResource } from '../cloudformation/template.js'
import { isRecord, Unresolved } from '../cloudformation/values.js'
import { GENERATED_PATH_PROPERTY } from '../cloudformation/adapters/apigateway.js'
import { httpApiAuthorization, httpApiRouteKey, httpAuthorization, httpRoute } from './api-routes.js'

type Path = readonly (string | number)[]
type Obj = Record<string, unknown>

export interface ServerlessContext {
  file: string
  doc: LoadedDocument
  /** Resolved configuration. */
  config: Obj
  stage: string
  region: string
  partition: string
  notes: string[]
}

/** The framework's logical-id normalization: first letter upper-cased, `-` → Dash, `_` → Underscore. */
export function normalizeName(name: string): string {
  const n = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore')
  return n.charAt(0).toUpperCase() + n.slice(1)
}

const obj = (v: unknown): Obj => (isRecord(v) ? v : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

export function serverlessToCloudFormation(ctx: ServerlessContext): { template: CfnTemplate; regions: { address: string; startLine: number; endLine: number }[] } {
  const { config, doc, file } = ctx
  const lineAt = (path: Path) => doc.positions.get(pointer(path))?.line
  const posAt = (path: Path) => doc.positions.get(pointer(path))
  const firstLine = (...paths: Path[]) => {
    for (const p of paths) {
      const l = lineAt(p)
      if (l !== undefined) return l
    }
    return undefined
  }
  const service = typeof config.service === 'string' ? config.service : isRecord(config.service) && typeof config.service.name === 'string' ? config.service.name : 'service'
  const provider = obj(config.provider)
  const iam = obj(provider.iam)
  const iamRole = iam.role
  const functions = obj(config.functions)
  const resources = new Map<string, TemplateResource>()
  const regions: { address: string; startLine: number; endLine: number }[] = []
  const providerPos = posAt(['provider'])
  if (providerPos) regions.push({ address: 'provider', startLine: providerPos.line, endLine: providerPos.endLine })

  const add = (logicalId: string, type: string, properties: Obj, origin: { key: string; at: Path; lineOf?: (p: Path) => number | undefined }) => {
    const pos = posAt(origin.at)
    resources.set(logicalId, {
      logicalId,
      type,
      properties,
      dependsOn: [],
      file,
      startLine: pos?.line ?? 1,
      endLine: pos?.endLine ?? pos?.line ?? 1,
      lineOf: (p) => origin.lineOf?.(p) ?? pos?.line,
      origins: [logicalId, origin.key],
    })
  }

  // The shared execution role, unless provider.iam.role names an existing one.
  const statements = [...list(obj(iamRole).statements), ...list(provider.iamRoleStatements)]
  const managed = [...list(obj(iamRole).managedPolicies), ...list(provider.iamManagedPolicies)]
  const customRole = typeof iamRole === 'string' || (isRecord(iamRole) && ('Fn::GetAtt' in iamRole || 'Ref' in iamRole || 'Fn::ImportValue' in iamRole)) ? iamRole : provider.role
  const needsSharedRole = customRole === undefined && Object.values(functions).some((f) => obj(f).role === undefined)
  const fnNames = Object.keys(functions).map((key) => String(obj(functions[key]).name ?? `${service}-${ctx.stage}-${key}`))
  if (needsSharedRole) {
    const logArn = (suffix: string) => fnNames.map((n) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/${n}${suffix}` }))
    const extraStatements: unknown[] = []
    if (Object.values(functions).some((f) => obj(f).vpc !== undefined) || provider.vpc !== undefined) managed.push({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole']] })
    for (const [, f] of Object.entries(functions)) {
      for (const ev of list(obj(f).events)) {
        const sqs = obj(ev).sqs
        const stream = obj(ev).stream
        if (sqs !== undefined) extraStatements.push({ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: [typeof sqs === 'string' ? sqs : obj(sqs).arn] })
        if (stream !== undefined) {
          const arn = typeof stream === 'string' ? stream : obj(stream).arn
          const kind = typeof stream === 'string' ? (stream.includes(':kinesis:') ? 'kinesis' : 'dynamodb') : String(obj(stream).type)
          extraStatements.push(
            kind === 'kinesis'
              ? { Effect: 'Allow', Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListStreams'], Resource: [arn] }
              : { Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: [arn] },
          )
        }
      }
    }
    const roleProps: Obj = {
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] },
      Policies: [
        {
          PolicyName: `${service}-${ctx.stage}-lambda`,
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'], Resource: logArn(':*') },
              { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: logArn(':*:*') },
              ...statements,
              ...extraStatements,
            ],
          },
        },
      ],
      Path: obj(iamRole).path ?? '/',
      RoleName: obj(iamRole).name ?? `${service}-${ctx.stage}-${ctx.region}-lambdaRole`,
    }
    if (managed.length) roleProps.ManagedPolicyArns = managed
    if (obj(iamRole).permissionsBoundary ?? provider.rolePermissionsBoundary) roleProps.PermissionsBoundary = obj(iamRole).permissionsBoundary ?? provider.rolePermissionsBoundary
    const statementsLine = firstLine(['provider', 'iam', 'role', 'statements'], ['provider', 'iamRoleStatements'], ['provider', 'iam', 'role'], ['provider', 'iam'], ['provider'])
    add('IamRoleLambdaExecution', 'AWS::IAM::Role', roleProps, {
      key: 'provider',
      at: lineAt(['provider', 'iam']) ? ['provider', 'iam'] : ['provider'],
      lineOf: (p) => {
        if (p[0] === 'Policies' && p[2] === 'PolicyDocument' && p[3] === 'Statement' && typeof p[4] === 'number') {
          const i = p[4] - 2
          return i >= 0 ? firstLine(['provider', 'iam', 'role', 'statements', i], ['provider', 'iamRoleStatements', i], ['provider', 'iam', 'role', 'statements']) : statementsLine
        }
        if (p[0] === 'ManagedPolicyArns') return firstLine(['provider', 'iam', 'role', 'managedPolicies', ...p.slice(1)], ['provider', 'iam', 'role', 'managedPolicies'], ['provider', 'iamManagedPolicies'])
        if (p[0] === 'PermissionsBoundary') return firstLine(['provider', 'iam', 'role', 'permissionsBoundary'])
        return statementsLine
      },
    })
  }
  const needsRestApi = { rest: false, http: false }

  for (const [key, raw] of Object.entries(functions)) {
    const f = obj(raw)
    const norm = normalizeName(key)
    const fnId = `${norm}LambdaFunction`
    const fnName = f.name ?? `${service}-${ctx.stage}-${key}`
    const at = ['functions', key]
    const fnPos = posAt(at)
    if (fnPos) regions.push({ address: key, startLine: fnPos.line, endLine: fnPos.endLine })
    const pick = (fnKey: string, providerKey?: string) => (f[fnKey] !== undefined ? f[fnKey] : providerKey ? provider[providerKey] : undefined)
    const props: Obj = { FunctionName: fnName, Handler: f.handler }
    if (f.image !== undefined) {
      props.PackageType = 'Image'
      props.Code = { ImageUri: f.image }
    } else {
      const runtime = pick('runtime', 'runtime')
      // The framework's default runtime depends on its version: unknown from the file alone.
      props.Runtime = runtime ?? new Unresolved('no runtime in serverless.yml: the Serverless Framework version decides the default')
    }
    props.MemorySize = pick('memorySize', 'memorySize') ?? 1024
    props.Timeout = pick('timeout', 'timeout') ?? 6
    const env = { ...obj(provider.environment), ...obj(f.environment) }
    if (Object.keys(env).length) props.Environment = { Variables: env }
    const vpc = f.vpc ?? provider.vpc
    if (isRecord(vpc)) props.VpcConfig = { SecurityGroupIds: vpc.securityGroupIds, SubnetIds: vpc.subnetIds, ...(vpc.ipv6AllowedForDualStack !== undefined ? { Ipv6AllowedForDualStack: vpc.ipv6AllowedForDualStack } : {}) }
    const tracing = f.tracing ?? obj(provider.tracing).lambda
    if (tracing === true || tracing === 'Active') props.TracingConfig = { Mode: 'Active' }
    else if (tracing === 'PassThrough') props.TracingConfig = { Mode: 'PassThrough' }
    const kms = pick('kmsKeyArn', 'kmsKeyArn')
    if (kms !== undefined) props.KmsKeyArn = kms
    const layers = pick('layers', 'layers')
    if (layers !== undefined) props.Layers = layers
    if (f.reservedConcurrency !== undefined) props.ReservedConcurrentExecutions = f.reservedConcurrency
    if (f.onError !== undefined) props.DeadLetterConfig = { TargetArn: f.onError }
    const arch = pick('architecture', 'architecture')
    if (arch !== undefined) props.Architectures = [arch]
    const tags = { ...obj(provider.tags), ...obj(f.tags) }
    if (Object.keys(tags).length) props.Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    if (f.codeSigningConfigArn !== undefined) props.CodeSigningConfigArn = f.codeSigningConfigArn
    const role = f.role ?? customRole
    if (role === undefined) props.Role = { 'Fn::GetAtt': ['IamRoleLambdaExecution', 'Arn'] }
    else if (typeof role === 'string' && !role.startsWith('arn:') && !role.includes('${')) props.Role = { 'Fn::GetAtt': [role, 'Arn'] } // a logical id in resources
    else props.Role = role
    const FN_PATHS: Record<string, Path[]> = {
      Runtime: [[...at, 'runtime'], ['provider', 'runtime']],
      MemorySize: [[...at, 'memorySize'], ['provider', 'memorySize']],
      Timeout: [[...at, 'timeout'], ['provider', 'timeout']],
      Handler: [[...at, 'handler']],
      VpcConfig: [[...at, 'vpc'], ['provider', 'vpc']],
      TracingConfig: [[...at, 'tracing'], ['provider', 'tracing']],
      KmsKeyArn: [[...at, 'kmsKeyArn'], ['provider', 'kmsKeyArn']],
      Layers: [[...at, 'layers'], ['provider', 'layers']],
      ReservedConcurrentExecutions: [[...at, 'reservedConcurrency']],
      DeadLetterConfig: [[...at, 'onError']],
      Architectures: [[...at, 'architecture'], ['provider', 'architecture']],
      Role: [[...at, 'role'], ['provider', 'iam', 'role'], ['provider', 'role']],
      Tags: [[...at, 'tags'], ['provider', 'tags']],
      CodeSigningConfigArn: [[...at, 'codeSigningConfigArn']],
    }
    add(fnId, 'AWS::Lambda::Function', props, {
      key,
      at,
      lineOf: (p) => {
        if (p[0] === 'Environment' && p[1] === 'Variables') {
          const v = p[2]
          return v === undefined ? firstLine([...at, 'environment'], ['provider', 'environment']) : firstLine([...at, 'environment', v], ['provider', 'environment', v])
        }
        if (p[0] === 'VpcConfig' && p[1] !== undefined) {
          const sub = p[1] === 'SubnetIds' ? 'subnetIds' : p[1] === 'SecurityGroupIds' ? 'securityGroupIds' : String(p[1])
          return firstLine([...at, 'vpc', sub], ['provider', 'vpc', sub], [...at, 'vpc'], ['provider', 'vpc'])
        }
        const candidates = FN_PATHS[String(p[0])]
        return candidates ? firstLine(...candidates) : undefined
      },
    })

    if (f.disableLogs !== true) {
      const retention = f.logRetentionInDays ?? provider.logRetentionInDays
      add(`${norm}LogGroup`, 'AWS::Logs::LogGroup', { LogGroupName: `/aws/lambda/${String(fnName)}`, ...(retention !== undefined ? { RetentionInDays: retention } : {}) }, {
        key,
        at,
        lineOf: () => firstLine([...at, 'logRetentionInDays'], ['provider', 'logRetentionInDays'], at),
      })
    }

    if (f.url !== undefined && f.url !== false) {
      const url = obj(f.url)
      const iamAuth = url.authorizer === 'aws_iam'
      const urlProps: Obj = { TargetFunctionArn: { 'Fn::GetAtt': [fnId, 'Arn'] }, AuthType: iamAuth ? 'AWS_IAM' : 'NONE' }
      if (url.cors !== undefined && url.cors !== false) {
        const c = obj(url.cors)
        urlProps.Cors = {
          AllowOrigins: c.allowedOrigins ?? ['*'],
          AllowHeaders: c.allowedHeaders ?? ['Content-Type', 'X-Amz-Date', 'Authorization', 'X-Api-Key', 'X-Amz-Security-Token'],
          AllowMethods: c.allowedMethods ?? ['*'],
          ...(c.allowCredentials !== undefined ? { AllowCredentials: c.allowCredentials } : {}),
        }
      }
      const urlAt = [...at, 'url']
      const urlLine = (p: Path) => (p[0] === 'AuthType' ? firstLine([...urlAt, 'authorizer'], urlAt) : p[0] === 'Cors' ? firstLine([...urlAt, 'cors'], urlAt) : lineAt(urlAt))
      add(`${norm}LambdaFunctionUrl`, 'AWS::Lambda::Url', urlProps, { key, at: urlAt, lineOf: urlLine })
      if (!iamAuth) {
        // The public permission the framework adds for AuthType NONE, and (since October 2025)
        // the InvokeFunction grant a new URL needs as well.
        add(`${norm}LambdaPermissionFnUrl`, 'AWS::Lambda::Permission', { FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }, { key, at: urlAt, lineOf: urlLine })
        add(`${norm}LambdaPermissionFn`, 'AWS::Lambda::Permission', { FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, Action: 'lambda:InvokeFunction', Principal: '*', InvokedViaFunctionUrl: true }, { key, at: urlAt, lineOf: urlLine })
      }
    }

    const destinations = obj(f.destinations)
    if (Object.keys(destinations).length || f.maximumRetryAttempts !== undefined || f.maximumEventAge !== undefined) {
      const dc: Obj = {}
      for (const [side, k] of [['OnSuccess', 'onSuccess'], ['OnFailure', 'onFailure']] as const) {
        const d = destinations[k]
        if (d === undefined) continue
        const target = isRecord(d) && 'arn' in d ? d.arn : d
        // A bare name is another function of the service.
        dc[side] = { Destination: typeof target === 'string' && !target.startsWith('arn:') && !target.includes('{') ? { 'Fn::GetAtt': [`${normalizeName(target)}LambdaFunction`, 'Arn'] } : target }
      }
      const eic: Obj = { FunctionName: { Ref: fnId }, Qualifier: '$LATEST' }
      if (Object.keys(dc).length) eic.DestinationConfig = dc
      if (f.maximumRetryAttempts !== undefined) eic.MaximumRetryAttempts = f.maximumRetryAttempts
      if (f.maximumEventAge !== undefined) eic.MaximumEventAgeInSeconds = f.maximumEventAge
      add(`${norm}LambdaEvConf`, 'AWS::Lambda::EventInvokeConfig', eic, {
        key,
        at: lineAt([...at, 'destinations']) ? [...at, 'destinations'] : at,
        lineOf: (p) => (p[0] === 'DestinationConfig' ? firstLine([...at, 'destinations', p[1] === 'OnSuccess' ? 'onSuccess' : 'onFailure'], [...at, 'destinations']) : undefined),
      })
    }

    list(f.events).forEach((ev, i) => {
      const [type, spec] = Object.entries(obj(ev))[0] ?? []
      if (!type) return
      const s = obj(spec)
      const evAt = [...at, 'events', i]
      const origin = { key, at: evAt }
      const permission = (suffix: string, principal: string, extra: Obj) =>
        add(`${norm}LambdaPermission${suffix}`, 'AWS::Lambda::Permission', { FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, Action: 'lambda:InvokeFunction', Principal: principal, ...extra }, origin)
      const executeApi = (apiRef: string, tail: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':', { Ref: apiRef }, tail]] })
      switch (type) {
        case 'http': {
          needsRestApi.rest = true
          permission('ApiGateway', 'apigateway.amazonaws.com', { SourceArn: executeApi('ApiGatewayRestApi', '/*/*') })
          const route = httpRoute(spec)
          const auth = httpAuthorization(s.authorizer)
          add(`${norm}ApiGatewayMethod${i}`, 'AWS::ApiGateway::Method', {
            RestApiId: { Ref: 'ApiGatewayRestApi' },
            HttpMethod: route.method,
            [GENERATED_PATH_PROPERTY]: route.path,
            AuthorizationType: auth.type,
            ...(auth.authorizer ? { AuthorizerId: auth.authorizer } : {}),
            // `private: true` makes the framework require an API key on the method.
            ApiKeyRequired: s.private ?? false,
            Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: { 'Fn::GetAtt': [fnId, 'Arn'] } },
          }, { ...origin, lineOf: (p) => (p[0] === 'AuthorizationType' ? firstLine([...evAt, 'http', 'authorizer'], evAt) : p[0] === 'ApiKeyRequired' ? firstLine([...evAt, 'http', 'private'], evAt) : lineAt(evAt)) })
          break
        }
        case 'httpApi': {
          needsRestApi.http = true
          permission('HttpApi', 'apigateway.amazonaws.com', { SourceArn: executeApi('HttpApi', '/*') })
          const auth = httpApiAuthorization(s.authorizer, obj(obj(provider.httpApi).authorizers))
          add(`${norm}HttpApiIntegration`, 'AWS::ApiGatewayV2::Integration', { ApiId: { Ref: 'HttpApi' }, IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::GetAtt': [fnId, 'Arn'] }, PayloadFormatVersion: '2.0' }, origin)
          add(`${norm}HttpApiRoute${i}`, 'AWS::ApiGatewayV2::Route', {
            ApiId: { Ref: 'HttpApi' },
            RouteKey: httpApiRouteKey(spec),
            AuthorizationType: auth.type,
            ...(auth.authorizer ? { AuthorizerId: auth.authorizer } : {}),
            Target: { 'Fn::Join': ['/', ['integrations', { Ref: `${norm}HttpApiIntegration` }]] },
          }, { ...origin, lineOf: (p) => (p[0] === 'AuthorizationType' ? firstLine([...evAt, 'httpApi', 'authorizer'], evAt) : lineAt(evAt)) })
          break
        }
        case 's3': {
          const bucket = typeof spec === 'string' ? spec : s.bucket
          permission(`S3${i}`, 's3.amazonaws.com', { SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', bucket]] }, SourceAccount: { Ref: 'AWS::AccountId' } })
          break
        }
        case 'sns': {
          const topic = typeof spec === 'string' ? spec : (s.arn ?? s.topicName)
          const arn = typeof topic === 'string' && !topic.startsWith('arn:') ? { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':', topic]] } : topic
          permission(`SNS${i}`, 'sns.amazonaws.com', { SourceArn: arn })
          break
        }
        case 'schedule':
        case 'eventBridge': {
          const ruleId = `${norm}EventsRule${type === 'schedule' ? 'Schedule' : 'EventBridge'}${i + 1}`
          add(ruleId, 'AWS::Events::Rule', type === 'schedule' ? { ScheduleExpression: typeof spec === 'string' ? spec : s.rate } : { EventPattern: s.pattern, ...(s.eventBus !== undefined ? { EventBusName: s.eventBus } : {}) }, origin)
          permission(`EventsRule${i + 1}`, 'events.amazonaws.com', { SourceArn: { 'Fn::GetAtt': [ruleId, 'Arn'] } })
          break
        }
        case 'cloudwatchLog': {
          const group = typeof spec === 'string' ? spec : s.logGroup
          permission(`LogsSubscriptionFilterCloudWatchLog${i}`, 'logs.amazonaws.com', { SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':log-group:', group, ':*']] } })
          break
        }
        case 'websocket':
          permission('Websockets', 'apigateway.amazonaws.com', {})
          break
        case 'sqs':
        case 'stream': {
          const arn = typeof spec === 'string' ? spec : s.arn
          const m: Obj = { FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] }, EventSourceArn: arn, Enabled: s.enabled ?? true }
          const onFailure = obj(s.destinations).onFailure
          if (onFailure !== undefined) m.DestinationConfig = { OnFailure: { Destination: isRecord(onFailure) && 'arn' in onFailure ? onFailure.arn : onFailure } }
          add(`${norm}EventSourceMapping${type === 'sqs' ? 'SQS' : 'Stream'}${i}`, 'AWS::Lambda::EventSourceMapping', m, origin)
          break
        }
        default:
          ctx.notes.push(`${file}:${lineAt(evAt) ?? 1}: ${key} event ${type} is not expanded; permissions it would add are not scanned`)
      }
    })
  }
  if (needsRestApi.rest && !resources.has('ApiGatewayRestApi')) add('ApiGatewayRestApi', 'AWS::ApiGateway::RestApi', { Name: `${ctx.stage}-${service}`, ...(provider.endpointType !== undefined ? { EndpointConfiguration: { Types: [typeof provider.endpointType === 'string' ? provider.endpointType.toUpperCase() : provider.endpointType] } } : {}) }, { key: 'provider', at: ['provider'] })
  if (needsRestApi.http && !resources.has('HttpApi')) add('HttpApi', 'AWS::ApiGatewayV2::Api', { Name: `${ctx.stage}-${service}`, ProtocolType: 'HTTP' }, { key: 'provider', at: ['provider'] })

  // resources.Resources: plain CloudFormation, with its own positions.
  const cfn = obj(obj(config.resources).Resources)
  for (const [id, raw] of Object.entries(cfn)) {
    const r = obj(raw)
    if (typeof r.Type !== 'string') continue
    const at = ['resources', 'Resources', id]
    const pos = posAt(at)
    if (pos) regions.push({ address: id, startLine: pos.line, endLine: pos.endLine })
    resources.set(id, {
      logicalId: id,
      type: r.Type,
      properties: obj(r.Properties),
      ...(typeof r.Condition === 'string' ? { condition: r.Condition } : {}),
      ...(r.Metadata !== undefined ? { metadata: r.Metadata } : {}),
      dependsOn: list(r.DependsOn).map(String),
      file,
      startLine: pos?.line ?? 1,
      endLine: pos?.endLine ?? 1,
      lineOf: (p) => lineAt([...at, 'Properties', ...p]),
      origins: [id],
    })
  }

  const template: CfnTemplate = {
    file,
    stackName: `${service}-${ctx.stage}`,
    transforms: [],
    parameters: {},
    conditions: obj(obj(config.resources).Conditions),
    mappings: obj(obj(config.resources).Mappings),
    resources,
    globals: {},
    doc,
    lineAt,
  }
  return { template, regions }
}
