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
  iac: {
    cloudformation: {
      good: [
        `
Alerts:
  Type: AWS::SNS::Topic
Dlq:
  Type: AWS::SQS::Queue
  Properties: { QueueName: orders-dlq }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn } }
DlqAlarm:
  Type: AWS::CloudWatch::Alarm
  Properties:
    Namespace: AWS/SQS
    MetricName: ApproximateNumberOfMessagesVisible
    Dimensions: [{ Name: QueueName, Value: !GetAtt Dlq.QueueName }]
    Statistic: Maximum
    Period: 300
    EvaluationPeriods: 1
    Threshold: 1
    ComparisonOperator: GreaterThanOrEqualToThreshold
    AlarmActions: [!Ref Alerts]
`,
        // The on-failure destination of asynchronous invocations is watched too.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Alerts:
    Type: AWS::SNS::Topic
  Dlq:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders-dlq }
  DlqAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateNumberOfMessagesVisible
      Dimensions: [{ Name: QueueName, Value: !GetAtt Dlq.QueueName }]
      Statistic: Maximum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      AlarmActions: [!Ref Alerts]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS, Destination: !GetAtt Dlq.Arn } } }
`,
      ],
      bad: [
        // Failed events pile up in the queue and nobody hears of it.
        `
Alerts:
  Type: AWS::SNS::Topic
Dlq:
  Type: AWS::SQS::Queue
  Properties: { QueueName: orders-dlq }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn } }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Alerts:
    Type: AWS::SNS::Topic
  Dlq:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders-dlq }
  DlqAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateNumberOfMessagesVisible
      Dimensions: [{ Name: QueueName, Value: !GetAtt Dlq.QueueName }]
      Statistic: Maximum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      ActionsEnabled: false
      AlarmActions: [!Ref Alerts]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: SQS, Destination: !GetAtt Dlq.Arn } } }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}
resource "aws_cloudwatch_metric_alarm" "dlq" {
  alarm_name          = "orders-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dlq.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function_event_invoke_config" "orders" {
  function_name = aws_lambda_function.orders.function_name
  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
resource "aws_cloudwatch_metric_alarm" "dlq" {
  alarm_name          = "orders-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dlq.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
      ],
      bad: [
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}
`,
        // The alarm has no action.
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}
resource "aws_cloudwatch_metric_alarm" "dlq" {
  alarm_name          = "orders-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dlq.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
`,
      ],
    },
  },
})
