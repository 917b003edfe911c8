import check from './lambda-dlq-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, lambdaFunction, metricAlarm, sqsQueue } from '../../../test/factories/index.js'
import { ALARM_GAP, cfnAlarm, tfAlarm } from '../../../test/builders/lambda-alarms.js'
import { CFN_ALERTS_TOPIC, TF_ALERTS_TOPIC, cfnBody, cfnFunction, samFunction, samTemplate, tfFile, tfFunction } from '../../../test/builders/iac-fragments.js'

const queueArn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`
const depthAlarm = (queue: string, over: Parameters<typeof metricAlarm>[0] = {}) =>
  metricAlarm({ name: `${queue}-depth`, namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: queue }], ...over })
// The factory function's dead-letter queue is orders-dlq.
const fn = lambdaFunction()
const dlq = sqsQueue({ name: 'orders-dlq' })
const failures = sqsQueue({ name: 'orders-failures' })
const withDestination = lambdaFunction({ deadLetterTargetArn: undefined, eventInvokeConfig: { onFailureDestination: queueArn('orders-failures') } })
const queueGap = { resourceType: 'sqs.queue' as const, region: REGION, code: 'AccessDenied', message: 'sqs:GetQueueUrl denied' }

// Templates: the queue orders-dlq, as dead-letter queue or on-failure destination, with or without a depth alarm.
const CFN_DLQ = 'Dlq:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders-dlq }\n'
const cfnDepthAlarm = (over: { notifies?: boolean; actionsEnabled?: false } = {}) =>
  cfnAlarm({ logicalId: 'DlqAlarm', namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimension: '{ Name: QueueName, Value: !GetAtt Dlq.QueueName }', statistic: 'Maximum', period: 300, ...over })
const cfnFnWithDlq = cfnFunction({ props: ', DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn }' })
const samFnWithDestination = samFunction(', EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS, Destination: !GetAtt Dlq.Arn } } }')
const TF_DLQ = 'resource "aws_sqs_queue" "dlq" {\n  name = "orders-dlq"\n}\n'
const tfFnWithDlq = tfFunction({ body: 'dead_letter_config {\n  target_arn = aws_sqs_queue.dlq.arn\n}\n' })
const TF_DESTINATION = `resource "aws_lambda_function_event_invoke_config" "orders" {
  function_name = aws_lambda_function.orders.function_name
  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
`
const tfDepthAlarm = (over: { notifies?: boolean } = {}) =>
  tfAlarm({ resourceName: 'dlq', alarmName: 'orders-dlq-not-empty', namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: '{ QueueName = aws_sqs_queue.dlq.name }', statistic: 'Maximum', period: 300, ...over })

testCheck(check, {
  valid: [
    { name: 'dead-letter queue with a depth alarm', resource: fn, related: { 'sqs.queue': [dlq], 'cloudwatch.alarm': [depthAlarm('orders-dlq')] } },
    { name: 'on-failure destination queue with a depth alarm', resource: withDestination, related: { 'sqs.queue': [failures], 'cloudwatch.alarm': [depthAlarm('orders-failures')] } },
    {
      name: 'a queue used as DLQ and destination is judged once',
      resource: lambdaFunction({ eventInvokeConfig: { onFailureDestination: queueArn('orders-dlq') } }),
      related: { 'sqs.queue': [dlq], 'cloudwatch.alarm': [depthAlarm('orders-dlq')] },
    },
  ],
  invalid: [
    { name: 'no alarm on the dead-letter queue', resource: fn, related: { 'sqs.queue': [dlq] }, messageId: 'none', at: 'deadLetterTargetArn' },
    { name: 'alarm on another queue', resource: fn, related: { 'sqs.queue': [dlq], 'cloudwatch.alarm': [depthAlarm('orders-queue')] }, messageId: 'none' },
    { name: 'alarm on the queue\'s message age, not its depth', resource: fn, related: { 'sqs.queue': [dlq], 'cloudwatch.alarm': [depthAlarm('orders-dlq', { metricName: 'ApproximateAgeOfOldestMessage' })] }, messageId: 'none' },
    { name: 'muted alarm', resource: fn, related: { 'sqs.queue': [dlq], 'cloudwatch.alarm': [depthAlarm('orders-dlq', { actionsEnabled: false })] }, messageId: 'silent' },
    {
      name: 'the event source mapping failure queue has no alarm',
      resource: lambdaFunction({ eventSourceMappings: [{ uuid: 'm1', eventSourceArn: queueArn('orders-queue'), onFailureDestination: queueArn('orders-failures') }] }),
      related: { 'sqs.queue': [dlq, failures], 'cloudwatch.alarm': [depthAlarm('orders-dlq')] },
      messageId: 'none',
      at: 'eventSourceMappings.0.onFailureDestination',
      count: 1,
    },
  ],
  unknown: [
    { name: 'queues could not be read', resource: fn, gaps: [queueGap] },
    { name: 'alarms could not be listed', resource: fn, related: { 'sqs.queue': [dlq] }, gaps: [ALARM_GAP] },
    { name: 'a dead-letter queue in another account', resource: lambdaFunction({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:999988887777:central-dlq' }) },
  ],
  skip: [
    { name: 'no failure target', resource: lambdaFunction({ deadLetterTargetArn: undefined }) },
    { name: 'an SNS dead-letter target', resource: lambdaFunction({ deadLetterTargetArn: `arn:aws:sns:${REGION}:${ACCOUNT}:failures` }) },
    { name: 'the queue does not exist (another check reports it)', resource: fn },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnBody(CFN_ALERTS_TOPIC, CFN_DLQ, cfnFnWithDlq, cfnDepthAlarm()),
        // The on-failure destination of asynchronous invocations is watched too.
        samTemplate(CFN_ALERTS_TOPIC, CFN_DLQ, cfnDepthAlarm(), samFnWithDestination),
      ],
      bad: [
        // Failed events pile up in the queue and nobody hears of it.
        cfnBody(CFN_ALERTS_TOPIC, CFN_DLQ, cfnFnWithDlq),
        samTemplate(CFN_ALERTS_TOPIC, CFN_DLQ, cfnDepthAlarm({ actionsEnabled: false }), samFnWithDestination),
      ],
    },
    terraform: {
      good: [tfFile(TF_DLQ, TF_ALERTS_TOPIC, tfFnWithDlq, tfDepthAlarm()), tfFile(TF_DLQ, TF_ALERTS_TOPIC, tfFunction(), TF_DESTINATION, tfDepthAlarm())],
      bad: [
        tfFile(TF_DLQ, TF_ALERTS_TOPIC, tfFnWithDlq),
        // The alarm has no action.
        tfFile(TF_DLQ, TF_ALERTS_TOPIC, tfFnWithDlq, tfDepthAlarm({ notifies: false })),
      ],
    },
  },
})
