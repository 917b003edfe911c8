import { defineCheck } from '../../core/check.js'
import { alarmCoverage, alarmsFor } from '../../analysis/alarms.js'

export default defineCheck({
  meta: {
    id: 'lambda-errors-alarm-configured',
    resourceType: 'lambda.function',
    reads: ['cloudwatch.alarm'],
    title: 'Lambda function errors raise a CloudWatch alarm that notifies someone',
    severity: 'medium',
    categories: ['monitoring'],
    description:
      'Checks for a CloudWatch metric alarm on the AWS/Lambda Errors metric with the FunctionName dimension set to the function (directly, or as a metric of a metric-math alarm), with actions enabled and at least one alarm action. An alarm on the dimensionless, account-wide Errors metric does not count unless the option `acceptAccountWideAlarm` is true: it cannot say which function fails, it stays in ALARM while one function keeps failing so another function\'s errors raise no new notification, and its threshold is tuned to the sum of all functions.',
    risk: 'Without an alarm, a function that starts failing (a bad deployment, an expired credential, a downstream outage, or an attacker probing it with malformed input) fails quietly until a customer or a downstream system notices, and asynchronous events may be lost in the meantime.',
    remediation: {
      text: 'Create a metric alarm on AWS/Lambda Errors for the function (Sum over 1 to 5 minutes, threshold suited to its traffic, missing data not breaching) and send it to an SNS topic, incident tool or chat channel that someone watches.',
      cli: 'aws cloudwatch put-metric-alarm --alarm-name <name>-errors --namespace AWS/Lambda --metric-name Errors --dimensions Name=FunctionName,Value=<name> --statistic Sum --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>',
      cloudformation:
        'Type: AWS::CloudWatch::Alarm\nProperties:\n  AlarmName: !Sub ${Function}-errors\n  Namespace: AWS/Lambda\n  MetricName: Errors\n  Dimensions:\n    - Name: FunctionName\n      Value: !Ref Function\n  Statistic: Sum\n  Period: 60\n  EvaluationPeriods: 1\n  Threshold: 1\n  ComparisonOperator: GreaterThanOrEqualToThreshold\n  TreatMissingData: notBreaching\n  ActionsEnabled: true\n  AlarmActions:\n    - !Ref AlertsTopic',
      terraform:
        'resource "aws_cloudwatch_metric_alarm" "errors" {\n  alarm_name          = "${aws_lambda_function.this.function_name}-errors"\n  namespace           = "AWS/Lambda"\n  metric_name         = "Errors"\n  dimensions          = { FunctionName = aws_lambda_function.this.function_name }\n  statistic           = "Sum"\n  period              = 60\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  treat_missing_data  = "notBreaching"\n  actions_enabled     = true\n  alarm_actions       = [aws_sns_topic.alerts.arn]\n}',
    },
    messages: {
      alarmed: 'Errors of function {{name}} raise alarm {{alarm}}.',
      accountWide: 'Errors of function {{name}} are covered by the account-wide alarm {{alarm}}.',
      none: 'No CloudWatch alarm watches the Errors metric of function {{name}}.',
      silent: 'Alarm {{alarm}} watches errors of function {{name}} but notifies nobody: its actions are disabled or it has no alarm action.',
      accountWideOnly: 'Errors of function {{name}} are only watched by the account-wide alarm {{alarm}}, which cannot tell which function fails.',
    },
    options: { acceptAccountWideAlarm: false },
  },
  evaluate(fn, { pass, fail, inventory, options }) {
    // Lambda metrics and the alarms on them live in the function's region.
    const target = { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: { FunctionName: fn.name } }
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
