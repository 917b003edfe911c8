/**
 * SAM function `Events` → the resources SAM generates for them: a Lambda permission for push
 * sources (with the SourceArn/SourceAccount SAM sets), an event source mapping for pull
 * sources, the EventBridge rule for schedules and rules, and the API Gateway route of `Api` and
 * `HttpApi` events (sam/api-routes.ts).
 */
import type { CfnTemplate, TemplateResource } from '../template.js'
import { isRecord } from '../values.js'
import { generatedResource } from './generated.js'
import { EVENT_MANAGED_POLICIES } from './policies.js'
import { samApiRoute } from './api-routes.js'

export interface EventExpansion {
  resources: TemplateResource[]
  /** Managed policy paths (`service-role/…`) the generated role needs. */
  managedPolicies: string[]
  notes: string[]
}

const ARN_PREFIX = 'arn:${AWS::Partition}'

function executeApiArn(method: string, path: string, apiId: unknown): unknown {
  return { 'Fn::Sub': [`${ARN_PREFIX}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${__ApiId__}/\${__Stage__}/${method}${path}`, { __ApiId__: apiId, __Stage__: '*' }] }
}

/** API Gateway drops a trailing slash from paths; SAM does the same in the SourceArn. */
const trimPath = (p: unknown) => (typeof p === 'string' && p.length > 1 ? p.replace(/\/$/, '') : typeof p === 'string' ? p : '/*')

/** `resolve` evaluates values SAM itself decides on (an authorizer name); undefined when it cannot. */
export function expandEvents(template: CfnTemplate, fnId: string, events: Record<string, unknown>, implicitApis: Set<string>, resolve: (v: unknown) => unknown = (v) => v): EventExpansion {
  const out: EventExpansion = { resources: [], managedPolicies: [], notes: [] }
  const fnRef = { Ref: fnId }
  for (const [name, raw] of Object.entries(events)) {
    if (!isRecord(raw)) continue
    const type = typeof raw.Type === 'string' ? raw.Type : ''
    const props = isRecord(raw.Properties) ? raw.Properties : {}
    const src = { template, logicalId: fnId, at: ['Events', name] as const }
    const permission = (principal: string, extra: Record<string, unknown>, suffix = '') =>
      out.resources.push(
        generatedResource(`${fnId}${name}Permission${suffix}`, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: fnRef, Principal: principal, ...extra }, {
          ...src,
          mapPath: (p) => ['Events', name, 'Properties', ...p],
        }),
      )
    const mapping = (sourceProp: string) => {
      const m: Record<string, unknown> = { FunctionName: fnRef, EventSourceArn: props[sourceProp] }
      for (const k of ['Enabled', 'BatchSize', 'DestinationConfig', 'FilterCriteria', 'StartingPosition']) if (props[k] !== undefined) m[k] = props[k]
      out.resources.push(generatedResource(`${fnId}${name}`, 'AWS::Lambda::EventSourceMapping', m, { ...src, mapPath: (p) => ['Events', name, 'Properties', ...(p[0] === 'EventSourceArn' ? [sourceProp] : p)] }))
      if (EVENT_MANAGED_POLICIES[type]) out.managedPolicies.push(EVENT_MANAGED_POLICIES[type]!)
    }
    const rule = (ruleProps: Record<string, unknown>) => {
      out.resources.push(generatedResource(`${fnId}${name}`, 'AWS::Events::Rule', ruleProps, src))
      permission('events.amazonaws.com', { SourceArn: { 'Fn::GetAtt': [`${fnId}${name}`, 'Arn'] } })
    }
    switch (type) {
      case 'Api': {
        const apiId = props.RestApiId ?? { Ref: 'ServerlessRestApi' }
        if (props.RestApiId === undefined) implicitApis.add('ServerlessRestApi')
        const method = String(props.Method ?? 'any').toLowerCase() === 'any' ? '*' : String(props.Method).toUpperCase()
        permission('apigateway.amazonaws.com', { SourceArn: executeApiArn(method, trimPath(props.Path), apiId) }, 'AllStages')
        out.resources.push(...samApiRoute(template, fnId, name, 'Api', props, apiId, resolve))
        break
      }
      case 'HttpApi': {
        const apiId = props.ApiId ?? { Ref: 'ServerlessHttpApi' }
        if (props.ApiId === undefined) implicitApis.add('ServerlessHttpApi')
        const path = props.Path === undefined || props.Path === '$default' ? '' : trimPath(props.Path)
        const method = props.Method === undefined || String(props.Method).toLowerCase() === 'any' ? '*' : String(props.Method).toUpperCase()
        permission('apigateway.amazonaws.com', { SourceArn: executeApiArn(method, path, apiId) })
        out.resources.push(...samApiRoute(template, fnId, name, 'HttpApi', props, apiId, resolve))
        break
      }
      // SAM scopes the S3 permission to the account only: the bucket's ARN is not a SourceArn here.
      case 'S3':
        permission('s3.amazonaws.com', { SourceAccount: { Ref: 'AWS::AccountId' } })
        break
      case 'SNS':
        if (props.SqsSubscription) {
          const queueId = `${fnId}${name}Queue`
          out.resources.push(generatedResource(queueId, 'AWS::SQS::Queue', {}, src))
          out.resources.push(
            generatedResource(`${fnId}${name}EventSourceMapping`, 'AWS::Lambda::EventSourceMapping', { FunctionName: fnRef, EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] } }, src),
          )
          out.managedPolicies.push(EVENT_MANAGED_POLICIES.SQS!)
        } else permission('sns.amazonaws.com', { SourceArn: props.Topic })
        break
      case 'Schedule':
        rule({ ScheduleExpression: props.Schedule, ...(props.Name !== undefined ? { Name: props.Name } : {}), State: props.Enabled === false ? 'DISABLED' : 'ENABLED' })
        break
      case 'CloudWatchEvent':
      case 'EventBridgeRule':
        rule({ EventPattern: props.Pattern, ...(props.EventBusName !== undefined ? { EventBusName: props.EventBusName } : {}), ...(props.RuleName !== undefined ? { Name: props.RuleName } : {}) })
        break
      case 'CloudWatchLogs':
        permission('logs.amazonaws.com', {
          SourceArn: { 'Fn::Sub': [`${ARN_PREFIX}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${__LogGroupName__}:*`, { __LogGroupName__: props.LogGroupName }] },
        })
        break
      case 'IoTRule':
        out.resources.push(generatedResource(`${fnId}${name}`, 'AWS::IoT::TopicRule', {}, src))
        permission('iot.amazonaws.com', {
          SourceArn: { 'Fn::Sub': [`${ARN_PREFIX}:iot:\${AWS::Region}:\${AWS::AccountId}:rule/\${RuleName}`, { RuleName: { Ref: `${fnId}${name}` } }] },
          SourceAccount: { 'Fn::Sub': '${AWS::AccountId}' },
        })
        break
      case 'AlexaSkill':
        permission('alexa-appkit.amazon.com', props.SkillId !== undefined ? { EventSourceToken: props.SkillId } : {})
        break
      case 'Cognito': {
        const pool = isRecord(props.UserPool) && typeof props.UserPool.Ref === 'string' ? props.UserPool.Ref : undefined
        permission('cognito-idp.amazonaws.com', pool ? { SourceArn: { 'Fn::GetAtt': [pool, 'Arn'] } } : {})
        break
      }
      case 'SQS':
        mapping('Queue')
        break
      case 'Kinesis':
      case 'DynamoDB':
      case 'DocumentDB':
        mapping('Stream')
        break
      case 'MSK':
        mapping('Stream')
        break
      case 'MQ':
        mapping('Broker')
        break
      case 'SelfManagedKafka':
        out.resources.push(generatedResource(`${fnId}${name}`, 'AWS::Lambda::EventSourceMapping', { FunctionName: fnRef }, src))
        break
      case 'ScheduleV2':
        // EventBridge Scheduler invokes through its own role, not through the function's
        // resource policy: nothing joins the function.
        break
      default:
        out.notes.push(`${template.file}: ${fnId} event ${name} of type ${type || '(none)'} is not expanded; permissions it would add are not scanned`)
    }
  }
  return out
}
