import { defineCheck, type Verdict } from '../../core/check.js'
import type { ResourceType } from '../../model/resource-types.js'
import type { LambdaFunction } from '../../model/lambda.js'
import asyncInvokers from '../../../data/lambda-async-invokers.json' with { type: 'json' }

/** The inventory type that holds a failure target, by the ARN's service; others are not verified. */
const VERIFIABLE: Record<string, ResourceType> = { sqs: 'sqs.queue', sns: 'sns.topic' }

/** Service principals that invoke asynchronously (data/lambda-async-invokers.json). */
const ASYNC_SERVICES = new Set(asyncInvokers.principals.map((p) => p.principal))

/**
 * Who the resource policy lets invoke the function asynchronously: an async service, or an
 * account, role or `*` principal (any such caller may pass InvocationType Event). Service
 * principals that invoke synchronously (API Gateway, ELB, Cognito …) are not counted; nor are
 * `*` grants that only allow Function URL calls (those are synchronous too).
 */
function asyncInvokersOf(fn: LambdaFunction): string[] {
  const out = new Set<string>()
  for (const st of fn.policy?.Statement ?? []) {
    if (st.Effect !== 'Allow') continue
    const condition = JSON.stringify(st.Condition ?? {})
    if (condition.includes('lambda:FunctionUrlAuthType') || condition.includes('lambda:InvokedViaFunctionUrl')) continue
    const principal = st.Principal as unknown
    // `*` pinned to an API Gateway route by aws:SourceArn is API Gateway calling: synchronous.
    if ((principal === '*' || (principal as Record<string, unknown> | undefined)?.AWS === '*') && condition.includes(':execute-api:')) continue
    if (principal === '*') out.add('*')
    else if (principal && typeof principal === 'object') {
      const p = principal as Record<string, unknown>
      for (const s of [p.Service].flat()) if (typeof s === 'string' && ASYNC_SERVICES.has(s)) out.add(s)
      for (const a of [p.AWS].flat()) if (typeof a === 'string') out.add(a)
    }
  }
  return [...out]
}

/** Kinesis and DynamoDB stream mappings: on failure Lambda retries the batch until it expires, then skips it unless a destination keeps it. */
function isStreamSource(arn: string | undefined): boolean {
  const service = arn?.split(':')[2]
  return service === 'kinesis' || (service === 'dynamodb' && (arn ?? '').includes('/stream/'))
}

function parseArn(arn: string): { service: string; region: string; account: string } | undefined {
  const [prefix, , service, region, account] = arn.split(':')
  return prefix === 'arn' && service !== undefined && region !== undefined && account !== undefined ? { service, region, account } : undefined
}

export default defineCheck({
  meta: {
    id: 'lambda-async-failure-destination',
    resourceType: 'lambda.function',
    reads: ['sqs.queue', 'sns.topic'],
    title: 'Lambda function keeps failed asynchronous events',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that a function invoked asynchronously has a dead-letter queue or an on-failure destination, and that an SQS queue or SNS topic named as the target exists. Lambda, EventBridge and S3 destinations count as configured but are not verified. A function counts as asynchronously invoked when its resource policy grants a service that invokes asynchronously (data/lambda-async-invokers.json: S3, SNS, SES, EventBridge, CloudWatch Logs and alarms, IoT, CodeCommit, Config …) or another account, role or everyone; and also when nothing shows how it is invoked (no resource policy and no event source mapping), since any application may call it with InvocationType Event. A function whose only triggers are event source mappings is polled synchronously: it is skipped, except that a Kinesis or DynamoDB stream mapping without an on-failure destination fails (the failed batch is dropped once it expires). SQS mappings rely on the queue\'s redrive policy, which the inventory does not record.',
    risk: 'When an asynchronous invocation (from S3, SNS, EventBridge, or an Invoke with InvocationType Event) still fails after Lambda\'s retries, or waits longer than the maximum event age, Lambda discards the event. Without a failure target those events are lost without a trace, and a target that was deleted loses them just the same.',
    remediation: {
      text: 'Create an SQS queue (or SNS topic) for failed events, allow the execution role to send to it, and set it as the function\'s on-failure destination (preferred: it records the error and the original request) or dead-letter queue. Alarm on the queue depth.',
      cli: 'aws lambda put-function-event-invoke-config --function-name <name> --destination-config \'{"OnFailure":{"Destination":"arn:aws:sqs:<region>:<account-id>:<name>-failures"}}\'',
      cloudformation:
        'FailureQueue:\n  Type: AWS::SQS::Queue\nInvokeConfig:\n  Type: AWS::Lambda::EventInvokeConfig\n  Properties:\n    FunctionName: !Ref Function\n    Qualifier: $LATEST\n    DestinationConfig:\n      OnFailure:\n        Destination: !GetAtt FailureQueue.Arn',
      terraform:
        'resource "aws_sqs_queue" "failures" {\n  name = "${aws_lambda_function.this.function_name}-failures"\n}\n\nresource "aws_lambda_function_event_invoke_config" "this" {\n  function_name = aws_lambda_function.this.function_name\n  destination_config {\n    on_failure {\n      destination = aws_sqs_queue.failures.arn\n    }\n  }\n}',
    },
    messages: {
      configured: 'Failed asynchronous invocations of {{name}} are sent to {{target}}.',
      none: 'Function {{name}} ({{invokers}}) has neither a dead-letter queue nor an on-failure destination: failed asynchronous events are discarded.',
      streamNoDestination: 'The stream mapping of function {{name}} on {{source}} has no on-failure destination: a batch that keeps failing is dropped when its records expire or its retries run out.',
      streamDestination: 'Function {{name}} is invoked only through event source mappings, and its stream mappings send failed batches to an on-failure destination.',
      targetMissing: 'The {{kind}} of function {{name}} ({{target}}) does not exist: failed events sent to it are lost.',
    },
  },
  evaluate(fn, { pass, fail, skip, inventory }) {
    const mappings = fn.eventSourceMappings
    // The resource policy is read only where it decides the verdict (are mappings the only
    // triggers?): a configured, existing target passes whoever invokes the function, so a policy
    // the scanner may not read must not turn that pass into unknown.
    if (mappings.length > 0 && asyncInvokersOf(fn).length === 0) {
      // Pollers call the function synchronously: the asynchronous failure targets never apply.
      const verdicts: Verdict[] = []
      let streams = 0
      mappings.forEach((m, i) => {
        if (!isStreamSource(m.eventSourceArn)) return
        streams++
        if (!m.onFailureDestination) verdicts.push(fail('streamNoDestination', { data: { name: fn.name, source: m.eventSourceArn ?? m.uuid }, at: `eventSourceMappings.${i}.onFailureDestination` }))
      })
      if (verdicts.length) return verdicts
      if (streams > 0 && streams === mappings.length) return pass('streamDestination', { name: fn.name })
      return skip('invoked only through event source mappings (synchronous polls) and no asynchronous invoker is granted; failed SQS messages depend on the queue redrive policy, which is not collected')
    }
    const targets: { arn: string; at: string; kind: string }[] = []
    if (fn.deadLetterTargetArn) targets.push({ arn: fn.deadLetterTargetArn, at: 'deadLetterTargetArn', kind: 'dead-letter queue' })
    const onFailure = fn.eventInvokeConfig?.onFailureDestination
    if (onFailure) targets.push({ arn: onFailure, at: 'eventInvokeConfig.onFailureDestination', kind: 'on-failure destination' })
    if (targets.length === 0) {
      // Without a target the function fails however it is invoked; the policy only names the invokers.
      const policyUnreadable = Boolean(fn.unresolved?.['policy'])
      const invokers = policyUnreadable ? [] : asyncInvokersOf(fn)
      const why = invokers.length
        ? `invoked asynchronously by ${invokers.join(', ')}`
        : policyUnreadable
          ? 'its resource policy could not be read and no event source mapping is known; any application may call it with InvocationType Event'
          : 'no resource policy or event source mapping shows how it is invoked; any application may call it with InvocationType Event'
      return fail('none', { data: { name: fn.name, invokers: why }, at: 'deadLetterTargetArn' })
    }

    const missing: Verdict[] = []
    for (const target of targets) {
      const arn = parseArn(target.arn)
      const type = arn && VERIFIABLE[arn.service]
      if (!arn || !type) continue
      // A queue or topic in another account or region is outside this inventory: it cannot be
      // verified here, and a configured target is the property this check is about.
      if ((fn.accountId && arn.account !== fn.accountId) || arn.region !== fn.region) continue
      // A miss while that type has a gap is turned into unknown by the engine.
      if (!inventory.get(type, target.arn)) missing.push(fail('targetMissing', { data: { name: fn.name, kind: target.kind, target: target.arn }, at: target.at }))
    }
    return missing.length > 0 ? missing : pass('configured', { name: fn.name, target: targets.map((t) => t.arn).join(' and ') })
  },
})
