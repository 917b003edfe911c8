import { defineCheck, type Verdict } from '../../core/check.js'
import type { ResourceType } from '../../model/resource-types.js'

/** The inventory type that holds a failure target, by the ARN's service; others are not verified. */
const VERIFIABLE: Record<string, ResourceType> = { sqs: 'sqs.queue', sns: 'sns.topic' }

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
      'Checks that a function has a dead-letter queue or an on-failure destination for asynchronous invocations, and that an SQS queue or SNS topic named as the target exists. Lambda, EventBridge and S3 destinations count as configured but are not verified.',
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
      none: 'Function {{name}} has neither a dead-letter queue nor an on-failure destination: failed asynchronous events are discarded.',
      targetMissing: 'The {{kind}} of function {{name}} ({{target}}) does not exist: failed events sent to it are lost.',
    },
  },
  evaluate(fn, { pass, fail, inventory }) {
    const targets: { arn: string; at: string; kind: string }[] = []
    if (fn.deadLetterTargetArn) targets.push({ arn: fn.deadLetterTargetArn, at: 'deadLetterTargetArn', kind: 'dead-letter queue' })
    const onFailure = fn.eventInvokeConfig?.onFailureDestination
    if (onFailure) targets.push({ arn: onFailure, at: 'eventInvokeConfig.onFailureDestination', kind: 'on-failure destination' })
    if (targets.length === 0) return fail('none', { data: { name: fn.name }, at: 'deadLetterTargetArn' })

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
