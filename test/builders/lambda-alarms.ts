/**
 * Scenarios for the Lambda alarm checks (Errors, Duration, Throttles, dead-letter queue depth):
 * inventory alarms on the factory function `orders`, and template text of a function with a
 * CloudWatch alarm that does or does not notify.
 */
import type { CheckTests } from '../check-tester.js'
import type { IacSnippetCases } from '../iac/snippets.js'
import { REGION, lambdaFunction, metricAlarm } from '../factories/index.js'
import { CFN_ALERTS_TOPIC, TF_ALERTS_TOPIC, cfnBody, cfnFunction, samFunction, samTemplate, tfFile, tfFunction } from './iac-fragments.js'

type AlarmOver = Parameters<typeof metricAlarm>[0]

/** The gap left when CloudWatch alarms could not be listed. */
export const ALARM_GAP = { resourceType: 'cloudwatch.alarm' as const, region: REGION, code: 'AccessDenied', message: 'cloudwatch:DescribeAlarms denied' }

/** The inventory around a function: these alarms. */
export const withAlarms = (...alarms: ReturnType<typeof metricAlarm>[]) => ({ 'cloudwatch.alarm': alarms })

/** A CloudWatch alarm in a template; the dimension is YAML (`{ Name: …, Value: … }`). */
export interface CfnAlarm {
  namespace?: string
  metricName: string
  dimension: string
  statistic?: string
  period?: number
  /** Whether it notifies the `Alerts` topic (default true). */
  notifies?: boolean
  actionsEnabled?: false
  logicalId?: string
}

export function cfnAlarm({ namespace = 'AWS/Lambda', metricName, dimension, statistic = 'Sum', period = 60, notifies = true, actionsEnabled, logicalId = 'FnAlarm' }: CfnAlarm): string {
  return [
    `${logicalId}:`,
    '  Type: AWS::CloudWatch::Alarm',
    '  Properties:',
    `    Namespace: ${namespace}`,
    `    MetricName: ${metricName}`,
    `    Dimensions: [${dimension}]`,
    `    Statistic: ${statistic}`,
    `    Period: ${period}`,
    '    EvaluationPeriods: 1',
    '    Threshold: 1',
    '    ComparisonOperator: GreaterThanOrEqualToThreshold',
    ...(actionsEnabled === false ? ['    ActionsEnabled: false'] : []),
    ...(notifies ? ['    AlarmActions: [!Ref Alerts]'] : []),
    '',
  ].join('\n')
}

/** An `aws_cloudwatch_metric_alarm`; the dimension is HCL (`{ Key = value }`). */
export interface TfAlarm {
  resourceName: string
  alarmName: string
  namespace?: string
  metricName: string
  dimensions: string
  statistic?: string
  period?: number
  notifies?: boolean
  actionsEnabled?: false
}

export function tfAlarm({ resourceName, alarmName, namespace = 'AWS/Lambda', metricName, dimensions, statistic = 'Sum', period = 60, notifies = true, actionsEnabled }: TfAlarm): string {
  return [
    `resource "aws_cloudwatch_metric_alarm" "${resourceName}" {`,
    `  alarm_name          = "${alarmName}"`,
    `  namespace           = "${namespace}"`,
    `  metric_name         = "${metricName}"`,
    `  dimensions          = ${dimensions}`,
    `  statistic           = "${statistic}"`,
    `  period              = ${period}`,
    '  evaluation_periods  = 1',
    '  threshold           = 1',
    '  comparison_operator = "GreaterThanOrEqualToThreshold"',
    ...(actionsEnabled === false ? ['  actions_enabled     = false'] : []),
    ...(notifies ? ['  alarm_actions       = [aws_sns_topic.alerts.arn]'] : []),
    '}',
    '',
  ].join('\n')
}

const CFN_ON_FN = '{ Name: FunctionName, Value: !Ref Fn }'

/**
 * CloudFormation templates for an alarm on one AWS/Lambda metric of the function: good when an
 * alarm on the metric notifies someone, bad when there is no alarm, it is silent or it watches
 * another function.
 */
export function cfnLambdaMetricAlarmCases(metricName: string): IacSnippetCases {
  return {
    good: [
      cfnBody(CFN_ALERTS_TOPIC, cfnFunction(), cfnAlarm({ metricName, dimension: CFN_ON_FN })),
      samTemplate(CFN_ALERTS_TOPIC, samFunction(), cfnAlarm({ metricName, dimension: CFN_ON_FN, statistic: 'Maximum', period: 300 })),
    ],
    bad: [
      // No alarm in the template.
      cfnFunction(),
      // The alarm watches the function but notifies nobody.
      samTemplate(samFunction(), cfnAlarm({ metricName, dimension: CFN_ON_FN, notifies: false })),
      // The alarm watches another function.
      cfnBody(CFN_ALERTS_TOPIC, cfnFunction(), cfnAlarm({ metricName, dimension: '{ Name: FunctionName, Value: refunds }' })),
    ],
  }
}

/** The Terraform twin of cfnLambdaMetricAlarmCases. */
export function tfLambdaMetricAlarmCases(metricName: string): IacSnippetCases {
  const onFn = (over: Partial<TfAlarm> = {}) =>
    tfAlarm({ resourceName: 'orders', alarmName: `orders-${metricName}`, metricName, dimensions: '{ FunctionName = aws_lambda_function.orders.function_name }', ...over })
  return {
    good: [tfFile(TF_ALERTS_TOPIC, tfFunction(), onFn())],
    bad: [
      tfFile(tfFunction()),
      // Actions disabled: the alarm changes state and tells no one.
      tfFile(TF_ALERTS_TOPIC, tfFunction(), onFn({ actionsEnabled: false })),
    ],
  }
}

/**
 * The inventory table of a check that wants one notifying alarm on one AWS/Lambda metric of
 * each function (Duration, Throttles): the factory function `orders` and alarms on it.
 */
export function singleLambdaMetricAlarmCases(metricName: string): Omit<CheckTests<'lambda.function'>, 'iac'> {
  const fn = lambdaFunction()
  const alarm = (over: AlarmOver = {}) => metricAlarm({ name: `orders-${metricName.toLowerCase()}`, metricName, ...over })
  return {
    valid: [
      { name: `${metricName} alarm with an SNS action`, resource: fn, related: withAlarms(alarm()) },
      {
        name: `metric-math alarm reading ${metricName}`,
        resource: fn,
        related: withAlarms(alarm({ namespace: undefined, metricName: undefined, dimensions: [], metrics: [{ namespace: 'AWS/Lambda', metricName, dimensions: [{ name: 'FunctionName', value: 'orders' }] }] })),
      },
      { name: 'account-wide alarm accepted by option', resource: fn, related: withAlarms(alarm({ dimensions: [] })), options: { acceptAccountWideAlarm: true } },
    ],
    invalid: [
      { name: 'no alarm', resource: fn, messageId: 'none' },
      // The factory alarm watches Errors.
      { name: 'only an Errors alarm', resource: fn, related: withAlarms(metricAlarm()), messageId: 'none' },
      { name: 'alarm for another function', resource: fn, related: withAlarms(alarm({ dimensions: [{ name: 'FunctionName', value: 'billing' }] })), messageId: 'none' },
      { name: 'actions disabled', resource: fn, related: withAlarms(alarm({ actionsEnabled: false })), messageId: 'silent' },
      { name: 'account-wide alarm only', resource: fn, related: withAlarms(alarm({ dimensions: [] })), messageId: 'accountWideOnly' },
    ],
    unknown: [
      { name: 'alarms could not be listed', resource: fn, gaps: [ALARM_GAP] },
      { name: 'alarm dimensions unreadable', resource: fn, related: withAlarms(alarm({ unresolved: { dimensions: '!Ref FunctionName' } })) },
    ],
  }
}
