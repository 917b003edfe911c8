import { defineCheck } from '../../core/check.js'
import { cisMonitoringVerdict } from '../../analysis/cis-monitoring-verdict.js'

export default defineCheck({
  meta: {
    id: 'cloudwatch-console-auth-failures-monitored',
    resourceType: 'account.account',
    reads: ['cloudtrail.trail', 'logs.metric-filter', 'cloudwatch.alarm', 'sns.topic', 'account.region'],
    title: "Failed console sign-ins raise a CloudWatch alarm that reaches a subscriber",
    severity: 'low',
    categories: ['monitoring'],
    description:
      "Follows the monitoring chain CIS asks for, for failed console sign-ins: a multi-region CloudTrail trail that is logging, records these events (its selectors and, for global services, global service events) and delivers them to CloudWatch Logs; a metric filter on that log group whose pattern matches every one of the events (any pattern that matches them passes, however it is written, broader ones included; the events are listed in data/cis-metric-filters.json); a metric alarm on the filter's metric with its actions enabled; and an SNS topic among the alarm actions with at least one confirmed subscription. A trail that delivers to another account's log group, or to a region that was not scanned, makes the answer unknown.",
    risk: "Repeated failed sign-ins are what password guessing and credential stuffing look like. An alarm gives you the chance to lock the user or source address out before a guess succeeds.",
    remediation: {
      text: "Send a multi-region trail to a CloudWatch Logs log group, add a metric filter for failed console sign-ins on that log group, put an alarm on its metric whose action is an SNS topic, and confirm a subscription to the topic (an e-mail subscription stays pending until its link is followed).",
      cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ConsoleAuthFailures --metric-transformations metricName=ConsoleAuthFailures,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }'\naws cloudwatch put-metric-alarm --alarm-name ConsoleAuthFailures --namespace CISBenchmark --metric-name ConsoleAuthFailures --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>\naws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>",
      cloudformation: "Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }'\n    MetricTransformations:\n      - MetricNamespace: CISBenchmark\n        MetricName: ConsoleAuthFailures\n        MetricValue: '1'\nAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    Namespace: CISBenchmark\n    MetricName: ConsoleAuthFailures\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    TreatMissingData: notBreaching\n    AlarmActions: [!Ref SecurityAlertsTopic]   # a topic with a confirmed subscription",
      terraform: "resource \"aws_cloudwatch_log_metric_filter\" \"console_auth_failures\" {\n  name           = \"ConsoleAuthFailures\"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = \"{ ($.eventName = ConsoleLogin) && ($.errorMessage = \\\"Failed authentication\\\") }\"\n\n  metric_transformation {\n    name      = \"ConsoleAuthFailures\"\n    namespace = \"CISBenchmark\"\n    value     = \"1\"\n  }\n}\n\nresource \"aws_cloudwatch_metric_alarm\" \"console_auth_failures\" {\n  alarm_name          = \"ConsoleAuthFailures\"\n  namespace           = \"CISBenchmark\"\n  metric_name         = aws_cloudwatch_log_metric_filter.console_auth_failures.metric_transformation[0].name\n  statistic           = \"Sum\"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n  treat_missing_data  = \"notBreaching\"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a confirmed subscription\n}",
    },
    messages: {
      'monitored': "CloudTrail events for failed console sign-ins reach alarm {{alarm}} through metric filter {{filter}} on {{logGroup}}, and it notifies subscribed topic {{topic}}.",
      'noTrail': "No logging multi-region trail delivers {{event}} events to CloudWatch Logs, so failed console sign-ins cannot raise an alarm.",
      'noFilter': "No metric filter on log group {{logGroup}} (trail {{trail}}) matches {{event}} events: failed console sign-ins are not counted.",
      'noAlarm': "Metric filter {{filter}} counts failed console sign-ins, but no CloudWatch alarm watches its metric.",
      'alarmSilent': "Alarm {{alarm}} watches failed console sign-ins but has no enabled alarm action: nobody is told.",
      'noSubscriber': "Alarm {{alarm}} for failed console sign-ins notifies no SNS topic with a confirmed subscription.",
    },
    liveOnly: true,
  },
  evaluate(account, ctx) {
    return cisMonitoringVerdict('console-auth-failures', account, ctx)
  },
})
