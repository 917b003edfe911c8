import check from './lambda-errors-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, metricAlarm } from '../../../test/factories/index.js'

const fn = lambdaFunction()
const accountWide = metricAlarm({ name: 'all-lambda-errors', dimensions: [] })
const mathAlarm = metricAlarm({
  name: 'orders-error-rate',
  namespace: undefined,
  metricName: undefined,
  dimensions: [],
  metrics: [
    { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
    { namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
  ],
})
const alarmGap = { resourceType: 'cloudwatch.alarm' as const, region: 'us-east-1', code: 'AccessDenied', message: 'cloudwatch:DescribeAlarms denied' }

testCheck(check, {
  valid: [
    { name: 'errors alarm with an SNS action', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm()] } },
    { name: 'metric-math error-rate alarm', resource: fn, related: { 'cloudwatch.alarm': [mathAlarm] } },
    { name: 'alarm on an alias of the function', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ dimensions: [{ name: 'FunctionName', value: 'orders' }, { name: 'Resource', value: 'orders:live' }] })] } },
    { name: 'a silent alarm beside a notifying one', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ name: 'muted', actionsEnabled: false }), metricAlarm()] } },
    { name: 'account-wide alarm accepted by option', resource: fn, related: { 'cloudwatch.alarm': [accountWide] }, options: { acceptAccountWideAlarm: true } },
  ],
  invalid: [
    { name: 'no alarm', resource: fn, messageId: 'none' },
    { name: 'alarm for another function', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ dimensions: [{ name: 'FunctionName', value: 'billing' }] })] }, messageId: 'none' },
    { name: 'alarm on throttles only', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ metricName: 'Throttles' })] }, messageId: 'none' },
    { name: 'alarm in another region', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ region: 'eu-west-1' })] }, messageId: 'none' },
    { name: 'actions disabled', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ actionsEnabled: false })] }, messageId: 'silent' },
    { name: 'no alarm action (OK actions only)', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ alarmActions: [] })] }, messageId: 'silent' },
    { name: 'account-wide alarm only', resource: fn, related: { 'cloudwatch.alarm': [accountWide] }, messageId: 'accountWideOnly' },
    { name: 'silent account-wide alarm only', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ dimensions: [], actionsEnabled: false })] }, messageId: 'silent' },
  ],
  unknown: [
    { name: 'alarms could not be listed', resource: fn, gaps: [alarmGap] },
    { name: 'alarms could not be listed, though a silent one is known', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ actionsEnabled: false })] }, gaps: [alarmGap] },
    { name: 'alarm dimensions unreadable', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm({ unresolved: { dimensions: '!Ref FunctionName' } })] } },
    { name: 'function name from a parameter', resource: lambdaFunction({ unresolved: { name: '!Ref FunctionName' } }), related: { 'cloudwatch.alarm': [metricAlarm()] } },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Alerts:
  Type: AWS::SNS::Topic
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnAlarm:
  Type: AWS::CloudWatch::Alarm
  Properties:
    Namespace: AWS/Lambda
    MetricName: Errors
    Dimensions: [{ Name: FunctionName, Value: !Ref Fn }]
    Statistic: Sum
    Period: 60
    EvaluationPeriods: 1
    Threshold: 1
    ComparisonOperator: GreaterThanOrEqualToThreshold
    AlarmActions: [!Ref Alerts]
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Alerts:
    Type: AWS::SNS::Topic
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
  FnAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions: [{ Name: FunctionName, Value: !Ref Fn }]
      Statistic: Maximum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      AlarmActions: [!Ref Alerts]
`,
      ],
      bad: [
        // No alarm in the template.
        'Fn:\n  Type: AWS::Lambda::Function\n  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n',
        // The alarm watches the function but notifies nobody.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
  FnAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions: [{ Name: FunctionName, Value: !Ref Fn }]
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
`,
        // The alarm watches another function.
        `
Alerts:
  Type: AWS::SNS::Topic
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnAlarm:
  Type: AWS::CloudWatch::Alarm
  Properties:
    Namespace: AWS/Lambda
    MetricName: Errors
    Dimensions: [{ Name: FunctionName, Value: refunds }]
    Statistic: Sum
    Period: 60
    EvaluationPeriods: 1
    Threshold: 1
    ComparisonOperator: GreaterThanOrEqualToThreshold
    AlarmActions: [!Ref Alerts]
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_cloudwatch_metric_alarm" "orders" {
  alarm_name          = "orders-Errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.orders.function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
        // Actions disabled: the alarm changes state and tells no one.
        `
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_cloudwatch_metric_alarm" "orders" {
  alarm_name          = "orders-Errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.orders.function_name }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  actions_enabled     = false
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
      ],
    },
  },
})
