/**
 * The AWS::Serverless-2016-10-31 transform, as far as security checks need it: each
 * AWS::Serverless::Function becomes the AWS::Lambda::Function SAM deploys plus what SAM
 * generates beside it (execution role, URL and its public permission, event permissions and
 * mappings, event invoke config). Other serverless types become their plain CloudFormation
 * type; a REST or HTTP API (AWS::Serverless::Api/HttpApi, or the implicit one of `Api` and
 * `HttpApi` events) also gets the stage SAM deploys with its settings (sam/api-stage.ts). AutoPublishAlias is ignored:
 * permissions and URLs are joined to the function itself.
 */
import type { CfnTemplate, TemplateResource } from '../template.js'
import { isRecord } from '../values.js'
import { generatedResource, samPropertyLine } from './generated.js'
import { mergeGlobals } from './globals.js'
import { expandEvents } from './events.js'
import { expandPolicies, managedPolicyArn } from './policies.js'
import { samHttpApiStage, samRestApiStage } from './api-stage.js'

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31'

/** SAM function properties copied to AWS::Lambda::Function unchanged. */
const PASS_THROUGH = [
  'FunctionName', 'Handler', 'Runtime', 'MemorySize', 'Timeout', 'Environment', 'VpcConfig', 'KmsKeyArn', 'Layers', 'ReservedConcurrentExecutions',
  'CodeSigningConfigArn', 'LoggingConfig', 'Architectures', 'PackageType', 'Description', 'EphemeralStorage', 'FileSystemConfigs', 'SnapStart',
  'RuntimeManagementConfig', 'RecursiveLoop', 'ImageConfig',
]

/** CloudFormation property → SAM property it comes from, where the names differ. */
const RENAMED: Record<string, string> = { DeadLetterConfig: 'DeadLetterQueue', TracingConfig: 'Tracing', Code: 'CodeUri' }

const PLAIN_TYPES: Record<string, string> = {
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::LayerVersion': 'AWS::Lambda::LayerVersion',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
}

export interface SamOptions {
  partition: string
  /** Evaluates a value whose concrete value SAM itself decides on (Tracing, AuthType). */
  resolve(value: unknown): unknown
}

/** Rewrites `template.resources` in place; returns notes. */
export function applySamTransform(template: CfnTemplate, opts: SamOptions): string[] {
  const notes: string[] = []
  const implicitApis = new Set<string>()
  const generated: TemplateResource[] = []
  for (const res of [...template.resources.values()]) {
    if (res.type === 'AWS::Serverless::Function') generated.push(...transformFunction(template, res, opts, implicitApis, notes))
    else if (PLAIN_TYPES[res.type]) {
      const props = { ...res.properties }
      if (res.type === 'AWS::Serverless::LayerVersion' && props.LayerName === undefined) props.LayerName = res.logicalId
      // SAM creates an on-demand table unless the SimpleTable gives ProvisionedThroughput.
      if (res.type === 'AWS::Serverless::SimpleTable' && props.ProvisionedThroughput === undefined && props.BillingMode === undefined) props.BillingMode = 'PAY_PER_REQUEST'
      if (res.type === 'AWS::Serverless::Api' || res.type === 'AWS::Serverless::HttpApi') Object.assign(props, { ...apiGlobals(template, res.type === 'AWS::Serverless::Api' ? 'Api' : 'HttpApi'), ...props })
      template.resources.set(res.logicalId, { ...res, type: PLAIN_TYPES[res.type]!, properties: props })
      if (res.type === 'AWS::Serverless::Api') {
        const stage = samRestApiStage(template, res.logicalId, res.properties, false)
        if (stage) generated.push(stage)
      }
      if (res.type === 'AWS::Serverless::HttpApi') generated.push(samHttpApiStage(template, res.logicalId, res.properties, false))
    }
  }
  for (const g of generated) if (!template.resources.has(g.logicalId)) template.resources.set(g.logicalId, g)
  const apiTypes: Record<string, string> = { ServerlessRestApi: 'AWS::ApiGateway::RestApi', ServerlessHttpApi: 'AWS::ApiGatewayV2::Api' }
  for (const id of implicitApis) {
    if (template.resources.has(id)) continue
    const first = [...template.resources.values()].find((r) => r.type === 'AWS::Lambda::Function')
    template.resources.set(id, { logicalId: id, type: apiTypes[id]!, properties: apiGlobals(template, id === 'ServerlessRestApi' ? 'Api' : 'HttpApi'), dependsOn: [], file: template.file, startLine: first?.startLine ?? 1, endLine: first?.startLine ?? 1, lineOf: () => undefined, origins: [id] })
    const stage = id === 'ServerlessRestApi' ? samRestApiStage(template, id, {}, true) : samHttpApiStage(template, id, {}, true)
    if (stage && !template.resources.has(stage.logicalId)) template.resources.set(stage.logicalId, stage)
  }
  return notes
}

/** Globals.Api / Globals.HttpApi settings the API Gateway adapter reads (endpoint type, default endpoint). */
function apiGlobals(template: CfnTemplate, section: 'Api' | 'HttpApi'): Record<string, unknown> {
  const g = template.globals[section]
  if (!isRecord(g)) return {}
  const out: Record<string, unknown> = {}
  for (const k of ['EndpointConfiguration', 'DisableExecuteApiEndpoint', 'Name']) if (g[k] !== undefined) out[k] = g[k]
  return out
}

function transformFunction(template: CfnTemplate, res: TemplateResource, opts: SamOptions, implicitApis: Set<string>, notes: string[]): TemplateResource[] {
  const id = res.logicalId
  const globals = isRecord(template.globals.Function) ? template.globals.Function : {}
  const p: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(globals), ...Object.keys(res.properties)])) p[key] = mergeGlobals(globals[key], res.properties[key])
  const out: TemplateResource[] = []
  const src = { template, logicalId: id }

  const fn: Record<string, unknown> = {}
  for (const k of PASS_THROUGH) if (p[k] !== undefined) fn[k] = p[k]
  if (p.ImageUri !== undefined) {
    fn.Code = { ImageUri: p.ImageUri }
    fn.PackageType = 'Image'
  }
  if (isRecord(p.DeadLetterQueue)) fn.DeadLetterConfig = { TargetArn: p.DeadLetterQueue.TargetArn }
  const tracing = opts.resolve(p.Tracing)
  if (p.Tracing !== undefined && tracing !== 'Disabled') fn.TracingConfig = { Mode: p.Tracing }
  // SAM tags the function (and its generated role) with lambda:createdBy=SAM.
  const tags = [...Object.entries(isRecord(p.Tags) ? p.Tags : {}).map(([Key, Value]) => ({ Key, Value })), { Key: 'lambda:createdBy', Value: 'SAM' }]
  fn.Tags = tags

  const events = isRecord(p.Events) ? expandEvents(template, id, p.Events, implicitApis, opts.resolve) : { resources: [], managedPolicies: [], notes: [] }
  notes.push(...events.notes)
  out.push(...events.resources)

  if (p.Role !== undefined) fn.Role = p.Role
  else {
    fn.Role = { 'Fn::GetAtt': [`${id}Role`, 'Arn'] }
    out.push(generatedRole(template, id, p, tracing, events.managedPolicies, opts))
  }

  if (isRecord(p.FunctionUrlConfig)) {
    const url = p.FunctionUrlConfig
    const urlProps: Record<string, unknown> = { TargetFunctionArn: { Ref: id }, AuthType: url.AuthType }
    if (url.Cors !== undefined) urlProps.Cors = url.Cors
    if (url.InvokeMode !== undefined) urlProps.InvokeMode = url.InvokeMode
    const urlSrc = { ...src, at: ['FunctionUrlConfig'] as const }
    out.push(generatedResource(`${id}Url`, 'AWS::Lambda::Url', urlProps, urlSrc))
    // For AuthType NONE, SAM adds the public permission the URL needs to be callable. Since
    // October 2025 a new URL also needs lambda:InvokeFunction granted for URL invocations.
    if (opts.resolve(url.AuthType) !== 'AWS_IAM') {
      const permSrc = { ...urlSrc, mapPath: (path: readonly (string | number)[]) => (path[0] === 'FunctionUrlAuthType' ? ['FunctionUrlConfig', 'AuthType'] : ['FunctionUrlConfig']) }
      out.push(
        generatedResource(`${id}UrlPublicPermissions`, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunctionUrl', FunctionName: { Ref: id }, Principal: '*', FunctionUrlAuthType: url.AuthType }, permSrc),
        generatedResource(`${id}UrlPublicInvokePermissions`, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: { Ref: id }, Principal: '*', InvokedViaFunctionUrl: true }, permSrc),
      )
    }
  }

  if (isRecord(p.EventInvokeConfig)) {
    const eic = p.EventInvokeConfig
    const props: Record<string, unknown> = { FunctionName: { Ref: id }, Qualifier: '$LATEST' }
    for (const k of ['MaximumEventAgeInSeconds', 'MaximumRetryAttempts']) if (eic[k] !== undefined) props[k] = eic[k]
    if (isRecord(eic.DestinationConfig)) {
      const dc: Record<string, unknown> = {}
      for (const side of ['OnSuccess', 'OnFailure'] as const) {
        const d = eic.DestinationConfig[side]
        if (!isRecord(d)) continue
        let destination = d.Destination
        // Without a Destination, SAM creates the queue or topic of the given Type.
        if (destination === undefined && (d.Type === 'SQS' || d.Type === 'SNS')) {
          const created = `${id}EventInvokeConfig${side}${d.Type === 'SQS' ? 'Queue' : 'Topic'}`
          out.push(generatedResource(created, d.Type === 'SQS' ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic', {}, { ...src, at: ['EventInvokeConfig', 'DestinationConfig', side] }))
          destination = d.Type === 'SQS' ? { 'Fn::GetAtt': [created, 'Arn'] } : { Ref: created }
        }
        dc[side] = { Destination: destination }
      }
      props.DestinationConfig = dc
    }
    out.push(generatedResource(`${id}EventInvokeConfig`, 'AWS::Lambda::EventInvokeConfig', props, { ...src, at: ['EventInvokeConfig'] }))
  }

  template.resources.set(id, {
    ...res,
    type: 'AWS::Lambda::Function',
    properties: fn,
    lineOf: (path) => {
      const [head, ...rest] = path
      if (head === 'Tags' || head === undefined) return samPropertyLine(template, id, ['Tags']) ?? res.startLine
      if (head === 'DeadLetterConfig') return samPropertyLine(template, id, ['DeadLetterQueue', ...rest]) ?? samPropertyLine(template, id, ['DeadLetterQueue'])
      if (head === 'TracingConfig') return samPropertyLine(template, id, ['Tracing'])
      const renamed = RENAMED[head as string]
      return samPropertyLine(template, id, [renamed ?? head, ...rest])
    },
  })
  return out
}

function generatedRole(template: CfnTemplate, id: string, p: Record<string, unknown>, tracing: unknown, eventPolicies: string[], opts: SamOptions): TemplateResource {
  const partition = opts.partition
  const managed: unknown[] = [managedPolicyArn('AWSLambdaBasicExecutionRole', partition)]
  // SAM's X-Ray policy name differs by partition.
  if (tracing === 'Active') managed.push(managedPolicyArn(partition === 'aws' ? 'AWSXrayWriteOnlyAccess' : 'AWSXRayDaemonWriteAccess', partition))
  if (p.VpcConfig !== undefined) managed.push(managedPolicyArn('AWSLambdaVPCAccessExecutionRole', partition))
  for (const path of new Set(eventPolicies)) managed.push(`arn:${partition}:iam::aws:policy/${path}`)
  const expanded = expandPolicies(id, p.Policies, partition)
  managed.push(...expanded.managedPolicyArns)
  const inline = expanded.inline.map((x) => x.policy)
  if (isRecord(p.DeadLetterQueue)) {
    const action = p.DeadLetterQueue.Type === 'SNS' ? 'sns:Publish' : 'sqs:SendMessage'
    inline.push({ PolicyName: `${id}RolePolicyDeadLetterQueue`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: p.DeadLetterQueue.TargetArn }] } })
  }
  const destinations = isRecord(p.EventInvokeConfig) && isRecord(p.EventInvokeConfig.DestinationConfig) ? p.EventInvokeConfig.DestinationConfig : {}
  for (const side of ['OnSuccess', 'OnFailure']) {
    const d = destinations[side]
    if (!isRecord(d) || d.Destination === undefined) continue
    const action = ({ SQS: 'sqs:SendMessage', SNS: 'sns:Publish', Lambda: 'lambda:InvokeFunction', EventBridge: 'events:PutEvents' } as Record<string, string>)[String(d.Type)]
    if (action) inline.push({ PolicyName: `${id}EventInvokeConfig${side}Policy`, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: d.Destination }] } })
  }
  const props: Record<string, unknown> = {
    AssumeRolePolicyDocument: p.AssumeRolePolicyDocument ?? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }] },
    ManagedPolicyArns: managed,
    Tags: [...Object.entries(isRecord(p.Tags) ? p.Tags : {}).map(([Key, Value]) => ({ Key, Value })), { Key: 'lambda:createdBy', Value: 'SAM' }],
  }
  if (inline.length) props.Policies = inline
  if (p.PermissionsBoundary !== undefined) props.PermissionsBoundary = p.PermissionsBoundary
  if (p.RolePath !== undefined) props.Path = p.RolePath
  const samIndexOfInline = expanded.inline.map((x) => x.samIndex)
  return generatedResource(`${id}Role`, 'AWS::IAM::Role', props, {
    template,
    logicalId: id,
    ...(p.Policies !== undefined ? { at: ['Policies'] } : {}),
    mapPath: (path) => {
      if (path[0] === 'Policies' && typeof path[1] === 'number') {
        const i = samIndexOfInline[path[1]]
        return i === undefined ? ['Policies'] : ['Policies', i]
      }
      if (path[0] === 'ManagedPolicyArns') return ['Policies']
      if (path[0] === 'PermissionsBoundary') return ['PermissionsBoundary']
      if (path[0] === 'Path') return ['RolePath']
      return ['Policies']
    },
  })
}
