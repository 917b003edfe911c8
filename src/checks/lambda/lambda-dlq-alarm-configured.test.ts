import check from './lambda-dlq-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, lambdaFunction, metricAlarm, sqsQueue } from '../../../test/factories/index.js'

const queueArn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`
const depthAlarm = (queue: string, over: Parameters<typeof metricAlarm>[0] = {}) =>
  metricAlarm({ name: `${queue}-depth`, namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: queue }], ...over })
// The factory function's dead-letter queue is orders-dlq.
const fn = lambdaFunction()
const dlq = sqsQueue({ name: 'orders-dlq' })
const failures = sqsQueue({ name: 'orders-failures' })
const withDestination = lambdaFunction({ deadLetterTargetArn: undefined, eventInvokeConfig: { onFailureDestination: queueArn('orders-failures') } })
const queueGap = { resourceType: 'sqs.queue' as const, region: REGION, code: 'AccessDenied', message: 'sqs:GetQueueUrl denied' }
const alarmGap = { resourceType: 'cloudwatch.alarm' as const, region: REGION, code: 'AccessDenied', message: 'cloudwatch:DescribeAlarms denied' }

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
    { name: 'alarms could not be listed', resource: fn, related: { 'sqs.queue': [dlq] }, gaps: [alarmGap] },
    { name: 'a dead-letter queue in another account', resource: lambdaFunction({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:999988887777:central-dlq' }) },
  ],
  skip: [
    { name: 'no failure target', resource: lambdaFunction({ deadLetterTargetArn: undefined }) },
    { name: 'an SNS dead-letter target', resource: lambdaFunction({ deadLetterTargetArn: `arn:aws:sns:${REGION}:${ACCOUNT}:failures` }) },
    { name: 'the queue does not exist (another check reports it)', resource: fn },
  ],
})
