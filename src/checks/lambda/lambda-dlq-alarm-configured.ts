import { defineCheck, type Verdict } from '../../core/check.js'
import { alarmCoverage, alarmsFor } from '../../analysis/alarms.js'

/** arn:<partition>:sqs:<region>:<account>:<queue-name> */
const SQS_ARN = /^arn:aws[a-z-]*:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]+(?:\.fifo)?)$/

interface FailureQueue {
  arn: string
  region: string
  account: string
  name: string
  at: string
}

/** The SQS queues where the function's failed events end up, each once. */
function failureQueues(fn: { deadLetterTargetArn?: string; eventInvokeConfig: { onFailureDestination?: string } | null; eventSourceMappings: { onFailureDestination?: string }[] }): FailureQueue[] {
  const out: FailureQueue[] = []
  const add = (arn: string | undefined, at: string) => {
    const m = arn ? SQS_ARN.exec(arn) : null
    if (!arn || !m || out.some((q) => q.arn === arn)) return
    out.push({ arn, region: m[1]!, account: m[2]!, name: m[3]!, at })
  }
  add(fn.deadLetterTargetArn, 'deadLetterTargetArn')
  add(fn.eventInvokeConfig?.onFailureDestination, 'eventInvokeConfig.onFailureDestination')
  fn.eventSourceMappings.forEach((m, i) => add(m.onFailureDestination, `eventSourceMappings.${i}.onFailureDestination`))
  return out
}

export default defineCheck({
  meta: {
    id: 'lambda-dlq-alarm-configured',
    resourceType: 'lambda.function',
    reads: ['sqs.queue', 'cloudwatch.alarm'],
    title: 'Lambda failure queue depth raises a CloudWatch alarm that notifies someone',
    severity: 'medium',
    categories: ['monitoring', 'resilience'],
    description:
      'For every SQS queue that receives the function\'s failed events — its dead-letter queue, its asynchronous on-failure destination, and the on-failure destinations of its event source mappings — looks for a CloudWatch metric alarm on AWS/SQS ApproximateNumberOfMessagesVisible with the QueueName dimension set to that queue, with actions enabled and at least one alarm action. SNS, EventBridge and Lambda targets are not queues and are skipped. A queue that does not exist is left to lambda-async-failure-destination; a queue in another account is unknown, since its alarms live in that account.',
    risk: 'A failure queue keeps events that Lambda gave up on, but nobody looks at a queue nobody is told about: messages pile up until they expire (after the queue\'s retention period, four days by default), and the failed orders, payments or notifications are lost as surely as without a queue.',
    remediation: {
      text: 'Create an alarm on the queue\'s ApproximateNumberOfMessagesVisible (Maximum over one to five minutes, threshold 1) that notifies an SNS topic or incident tool someone watches, and set the queue\'s retention to its 14-day maximum so there is time to redrive the messages.',
      cli: 'aws cloudwatch put-metric-alarm --alarm-name <queue-name>-not-empty --namespace AWS/SQS --metric-name ApproximateNumberOfMessagesVisible --dimensions Name=QueueName,Value=<queue-name> --statistic Maximum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>',
      cloudformation:
        'Type: AWS::CloudWatch::Alarm\nProperties:\n  AlarmName: !Sub ${FailureQueue.QueueName}-not-empty\n  Namespace: AWS/SQS\n  MetricName: ApproximateNumberOfMessagesVisible\n  Dimensions:\n    - Name: QueueName\n      Value: !GetAtt FailureQueue.QueueName\n  Statistic: Maximum\n  Period: 300\n  EvaluationPeriods: 1\n  Threshold: 1\n  ComparisonOperator: GreaterThanOrEqualToThreshold\n  TreatMissingData: notBreaching\n  ActionsEnabled: true\n  AlarmActions:\n    - !Ref AlertsTopic',
      terraform:
        'resource "aws_cloudwatch_metric_alarm" "failure_queue_not_empty" {\n  alarm_name          = "${aws_sqs_queue.failures.name}-not-empty"\n  namespace           = "AWS/SQS"\n  metric_name         = "ApproximateNumberOfMessagesVisible"\n  dimensions          = { QueueName = aws_sqs_queue.failures.name }\n  statistic           = "Maximum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  treat_missing_data  = "notBreaching"\n  actions_enabled     = true\n  alarm_actions       = [aws_sns_topic.alerts.arn]\n}',
    },
    messages: {
      alarmed: 'Failure queue {{queue}} of function {{name}} raises alarm {{alarm}} when messages arrive.',
      none: 'No CloudWatch alarm watches the depth of failure queue {{queue}} of function {{name}}: failed events pile up unnoticed.',
      silent: 'Alarm {{alarm}} watches failure queue {{queue}} of function {{name}} but notifies nobody: its actions are disabled or it has no alarm action.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const queues = failureQueues(fn)
    if (queues.length === 0) return skip('the function sends failed events to no SQS queue')
    const verdicts: Verdict[] = []
    const alarmed: { queue: string; alarm: string }[] = []
    for (const q of queues) {
      const own = fn.accountId ?? inventory.accountId
      if (own !== undefined && q.account !== own) {
        verdicts.push(unknown(`queue ${q.name} belongs to account ${q.account}; its alarms are not in this inventory`, { at: q.at }))
        continue
      }
      // A queue that does not exist is lambda-async-failure-destination's finding; a queue the
      // collector could not read is a gap, which the engine turns into unknown here.
      const queue = inventory.get('sqs.queue', q.arn)
      if (!queue) continue
      // SQS publishes the metric only per queue (no account-wide series), in the queue's region.
      const target = { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: { QueueName: queue.name } }
      const coverage = alarmCoverage(alarmsFor(inventory, queue.region, target), target, { acceptAggregate: false })
      const data = { name: fn.name, queue: queue.name }
      if (coverage.kind === 'alarmed') alarmed.push({ queue: queue.name, alarm: coverage.alarm.name })
      else if (coverage.kind === 'none') verdicts.push(fail('none', { data, at: q.at, subject: q.arn }))
      else verdicts.push(fail('silent', { data: { ...data, alarm: coverage.alarm.name }, at: q.at, subject: q.arn }))
    }
    if (verdicts.length > 0) return verdicts
    if (alarmed.length === 0) return skip('the failure queues do not exist (reported by lambda-async-failure-destination)')
    return pass('alarmed', { name: fn.name, queue: alarmed.map((a) => a.queue).join(', '), alarm: alarmed.map((a) => a.alarm).join(', ') })
  },
})
