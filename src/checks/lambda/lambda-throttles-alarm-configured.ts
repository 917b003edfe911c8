import { defineCheck } from '../../core/check.js'
import { alarmCoverage, alarmsFor } from '../../analysis/alarms.js'

export default defineCheck({
  meta: {
    id: 'lambda-throttles-alarm-configured',
    resourceType: 'lambda.function',
    reads: ['cloudwatch.alarm'],
    title: 'Lambda function throttling raises a CloudWatch alarm that notifies someone',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Looks for a CloudWatch metric alarm on AWS/Lambda Throttles with the FunctionName dimension set to the function (directly or inside a metric-math alarm), with actions enabled and at least one alarm action. The same matching as lambda-errors-alarm-configured (src/analysis/alarms.ts): an alarm on the dimensionless, account-wide Throttles metric only counts when the option `acceptAccountWideAlarm` is true.',
    risk: 'A throttled function rejects synchronous callers with HTTP 429 and delays asynchronous events (Lambda retries them for up to six hours, then discards them). Throttling appears when reserved concurrency is too low, when another function exhausts the account\'s concurrency, or under a flood of requests; without an alarm it is found only when users complain or events are lost.',
    remediation: {
      text: 'Create a metric alarm on AWS/Lambda Throttles for the function (Sum over one minute, threshold 1 or a small tolerance) that notifies an SNS topic or incident tool someone watches; then size reserved concurrency or ask for a higher account quota.',
      cli: 'aws cloudwatch put-metric-alarm --alarm-name <name>-throttles --namespace AWS/Lambda --metric-name Throttles --dimensions Name=FunctionName,Value=<name> --statistic Sum --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>',
      cloudformation:
        'Type: AWS::CloudWatch::Alarm\nProperties:\n  AlarmName: !Sub ${Function}-throttles\n  Namespace: AWS/Lambda\n  MetricName: Throttles\n  Dimensions:\n    - Name: FunctionName\n      Value: !Ref Function\n  Statistic: Sum\n  Period: 60\n  EvaluationPeriods: 1\n  Threshold: 1\n  ComparisonOperator: GreaterThanOrEqualToThreshold\n  TreatMissingData: notBreaching\n  ActionsEnabled: true\n  AlarmActions:\n    - !Ref AlertsTopic',
      terraform:
        'resource "aws_cloudwatch_metric_alarm" "throttles" {\n  alarm_name          = "${aws_lambda_function.this.function_name}-throttles"\n  namespace           = "AWS/Lambda"\n  metric_name         = "Throttles"\n  dimensions          = { FunctionName = aws_lambda_function.this.function_name }\n  statistic           = "Sum"\n  period              = 60\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  treat_missing_data  = "notBreaching"\n  actions_enabled     = true\n  alarm_actions       = [aws_sns_topic.alerts.arn]\n}',
    },
    messages: {
      alarmed: 'Throttling of function {{name}} raises alarm {{alarm}}.',
      accountWide: 'Throttling of function {{name}} is covered by the account-wide alarm {{alarm}}.',
      none: 'No CloudWatch alarm watches the Throttles metric of function {{name}}.',
      silent: 'Alarm {{alarm}} watches throttling of function {{name}} but notifies nobody: its actions are disabled or it has no alarm action.',
      accountWideOnly: 'Throttling of function {{name}} is only watched by the account-wide alarm {{alarm}}, which cannot tell which function is throttled.',
    },
    options: { acceptAccountWideAlarm: false },
  },
  evaluate(fn, { pass, fail, inventory, options }) {
    const target = { namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: { FunctionName: fn.name } }
    const coverage = alarmCoverage(alarmsFor(inventory, fn.region, target), target, { acceptAggregate: options.acceptAccountWideAlarm === true })
    switch (coverage.kind) {
      case 'alarmed':
      case 'accountWide':
        return pass(coverage.kind, { name: fn.name, alarm: coverage.alarm.name })
      case 'silent':
      case 'accountWideOnly':
        return fail(coverage.kind, { name: fn.name, alarm: coverage.alarm.name })
      case 'none':
        return fail('none', { name: fn.name })
    }
  },
})
