import { defineCheck } from '../../core/check.js'
import { cisMonitoringVerdict } from '../../analysis/cis-monitoring-verdict.js'

export default defineCheck({
  meta: {
    id: 'cloudwatch-unauthorized-api-calls-monitored',
    resourceType: 'account.account',
    reads: ['cloudtrail.trail', 'logs.metric-filter', 'cloudwatch.alarm', 'sns.topic', 'account.region'],
    title: "Unauthorized API calls raise a CloudWatch alarm that reaches a subscriber",
    severity: 'low',
    categories: ['monitoring'],
    description:
      "Follows the monitoring chain CIS asks for, for unauthorized API calls: a multi-region CloudTrail trail that is logging, records these events (its selectors and, for global services, global service events) and delivers them to CloudWatch Logs; a metric filter on that log group whose pattern matches every one of the events (any pattern that matches them passes, however it is written, broader ones included; the events are listed in data/cis-metric-filters.json); a metric alarm on the filter's metric with its actions enabled; and an SNS topic among the alarm actions with at least one confirmed subscription. A trail that delivers to another account's log group, or to a region that was not scanned, makes the answer unknown.",
    risk: "A burst of calls that IAM refuses is how stolen credentials, a misconfigured deployment or an attacker probing what a principal may do show up first. Without an alarm the denials sit in the trail unseen until someone goes looking.",
    remediation: {
      text: "Send a multi-region trail to a CloudWatch Logs log group, add a metric filter for unauthorized API calls on that log group, put an alarm on its metric whose action is an SNS topic, and confirm a subscription to the topic (an e-mail subscription stays pending until its link is followed).",
      cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name UnauthorizedApiCalls --metric-transformations metricName=UnauthorizedApiCalls,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }'\naws cloudwatch put-metric-alarm --alarm-name UnauthorizedApiCalls --namespace CISBenchmark --metric-name UnauthorizedApiCalls --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>\naws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>",
      cloudformation: "Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: '{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }'\n    MetricTransformations:\n      - MetricNamespace: CISBenchmark\n        MetricName: UnauthorizedApiCalls\n        MetricValue: '1'\nAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    Namespace: CISBenchmark\n    MetricName: UnauthorizedApiCalls\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    TreatMissingData: notBreaching\n    AlarmActions: [!Ref SecurityAlertsTopic]   # a topic with a confirmed subscription",
      terraform: "resource \"aws_cloudwatch_log_metric_filter\" \"unauthorized_api_calls\" {\n  name           = \"UnauthorizedApiCalls\"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = \"{ ($.errorCode = \\\"*UnauthorizedOperation\\\") || ($.errorCode = \\\"AccessDenied*\\\") }\"\n\n  metric_transformation {\n    name      = \"UnauthorizedApiCalls\"\n    namespace = \"CISBenchmark\"\n    value     = \"1\"\n  }\n}\n\nresource \"aws_cloudwatch_metric_alarm\" \"unauthorized_api_calls\" {\n  alarm_name          = \"UnauthorizedApiCalls\"\n  namespace           = \"CISBenchmark\"\n  metric_name         = aws_cloudwatch_log_metric_filter.unauthorized_api_calls.metric_transformation[0].name\n  statistic           = \"Sum\"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n  treat_missing_data  = \"notBreaching\"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a confirmed subscription\n}",
    },
    messages: {
      'monitored': "CloudTrail events for unauthorized API calls reach alarm {{alarm}} through metric filter {{filter}} on {{logGroup}}, and it notifies subscribed topic {{topic}}.",
      'noTrail': "No logging multi-region trail delivers {{event}} events to CloudWatch Logs, so unauthorized API calls cannot raise an alarm.",
      'noFilter': "No metric filter on log group {{logGroup}} (trail {{trail}}) matches {{event}} events: unauthorized API calls are not counted.",
      'noAlarm': "Metric filter {{filter}} counts unauthorized API calls, but no CloudWatch alarm watches its metric.",
      'alarmSilent': "Alarm {{alarm}} watches unauthorized API calls but has no enabled alarm action: nobody is told.",
      'noSubscriber': "Alarm {{alarm}} for unauthorized API calls notifies no SNS topic with a confirmed subscription.",
    },
    liveOnly: true,
  },
  evaluate(account, ctx) {
    return cisMonitoringVerdict('unauthorized-api-calls', account, ctx)
  },
})
