import { defineCheck } from '../../core/check.js'
import { alarmCoverage, alarmsFor } from '../../analysis/alarms.js'

export default defineCheck({
  meta: {
    id: 'lambda-duration-alarm-configured',
    resourceType: 'lambda.function',
    reads: ['cloudwatch.alarm'],
    title: 'Lambda function duration raises a CloudWatch alarm that notifies someone',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Looks for a CloudWatch metric alarm on AWS/Lambda Duration with the FunctionName dimension set to the function (directly or inside a metric-math alarm), with actions enabled and at least one alarm action; any statistic counts (Maximum, p99 …). The threshold is not judged: the alarm model does not carry it. Matching is shared with lambda-errors-alarm-configured (src/analysis/alarms.ts); an account-wide Duration alarm counts only with `acceptAccountWideAlarm: true`.',
    risk: 'Rising duration is the early sign of a slow dependency, a resource leak or an input that makes the code loop: it precedes timeouts (which count as errors only when they happen), raises the bill per invocation, and ties up concurrency so that other invocations get throttled. An alarm near the timeout catches it before callers fail.',
    remediation: {
      text: 'Create a metric alarm on AWS/Lambda Duration for the function with a percentile or Maximum statistic and a threshold below the function timeout (for example 80% of it, in milliseconds), notifying an SNS topic or incident tool someone watches.',
      cli: 'aws cloudwatch put-metric-alarm --alarm-name <name>-duration --namespace AWS/Lambda --metric-name Duration --dimensions Name=FunctionName,Value=<name> --extended-statistic p99 --period 300 --evaluation-periods 3 --threshold <80%-of-timeout-in-ms> --comparison-operator GreaterThanThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>',
      cloudformation:
        'Type: AWS::CloudWatch::Alarm\nProperties:\n  AlarmName: !Sub ${Function}-duration\n  Namespace: AWS/Lambda\n  MetricName: Duration\n  Dimensions:\n    - Name: FunctionName\n      Value: !Ref Function\n  ExtendedStatistic: p99\n  Period: 300\n  EvaluationPeriods: 3\n  Threshold: 8000   # 80% of a 10-second timeout, in milliseconds\n  ComparisonOperator: GreaterThanThreshold\n  TreatMissingData: notBreaching\n  ActionsEnabled: true\n  AlarmActions:\n    - !Ref AlertsTopic',
      terraform:
        'resource "aws_cloudwatch_metric_alarm" "duration" {\n  alarm_name          = "${aws_lambda_function.this.function_name}-duration"\n  namespace           = "AWS/Lambda"\n  metric_name         = "Duration"\n  dimensions          = { FunctionName = aws_lambda_function.this.function_name }\n  extended_statistic  = "p99"\n  period              = 300\n  evaluation_periods  = 3\n  threshold           = aws_lambda_function.this.timeout * 1000 * 0.8\n  comparison_operator = "GreaterThanThreshold"\n  treat_missing_data  = "notBreaching"\n  actions_enabled     = true\n  alarm_actions       = [aws_sns_topic.alerts.arn]\n}',
    },
    messages: {
      alarmed: 'Duration of function {{name}} raises alarm {{alarm}}.',
      accountWide: 'Duration of function {{name}} is covered by the account-wide alarm {{alarm}}.',
      none: 'No CloudWatch alarm watches the Duration metric of function {{name}}.',
      silent: 'Alarm {{alarm}} watches the duration of function {{name}} but notifies nobody: its actions are disabled or it has no alarm action.',
      accountWideOnly: 'Duration of function {{name}} is only watched by the account-wide alarm {{alarm}}, which cannot tell which function slows down.',
    },
    options: { acceptAccountWideAlarm: false },
  },
  evaluate(fn, { pass, fail, inventory, options }) {
    const target = { namespace: 'AWS/Lambda', metricName: 'Duration', dimensions: { FunctionName: fn.name } }
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
