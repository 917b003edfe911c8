import { defineCheck } from '../../core/check.js'
import { cisMonitoringVerdict } from '../../analysis/cis-monitoring-verdict.js'

export default defineCheck({
  meta: {
    id: 'cloudwatch-cloudtrail-changes-monitored',
    resourceType: 'account.account',
    reads: ['cloudtrail.trail', 'logs.metric-filter', 'cloudwatch.alarm', 'sns.topic', 'account.region'],
    title: "CloudTrail configuration changes raise a CloudWatch alarm that reaches a subscriber",
    severity: 'medium',
    categories: ['monitoring'],
    description:
      "Follows the monitoring chain CIS asks for, for CloudTrail configuration changes: a multi-region CloudTrail trail that is logging, records these events (its selectors and, for global services, global service events) and delivers them to CloudWatch Logs; a metric filter on that log group whose pattern matches every one of the events (any pattern that matches them passes, however it is written, broader ones included; the events are listed in data/cis-metric-filters.json); a metric alarm on the filter's metric with its actions enabled; and an SNS topic among the alarm actions with at least one confirmed subscription. A trail that delivers to another account's log group, or to a region that was not scanned, makes the answer unknown.",
    risk: "Stopping, deleting or redirecting a trail is how an intruder blinds the account's audit log before doing anything else. Without an alarm that change goes unnoticed, and so does everything after it.",
    remediation: {
      text: "Send a multi-region trail to a CloudWatch Logs log group, add a metric filter for CloudTrail configuration changes on that log group, put an alarm on its metric whose action is an SNS topic, and confirm a subscription to the topic (an e-mail subscription stays pending until its link is followed).",
      cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name CloudTrailChanges --metric-transformations metricName=CloudTrailChanges,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'\naws cloudwatch put-metric-alarm --alarm-name CloudTrailChanges --namespace CISBenchmark --metric-name CloudTrailChanges --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>\naws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>",
      cloudformation: "Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'\n    MetricTransformations:\n      - MetricNamespace: CISBenchmark\n        MetricName: CloudTrailChanges\n        MetricValue: '1'\nAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    Namespace: CISBenchmark\n    MetricName: CloudTrailChanges\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    TreatMissingData: notBreaching\n    AlarmActions: [!Ref SecurityAlertsTopic]   # a topic with a confirmed subscription",
      terraform: "resource \"aws_cloudwatch_log_metric_filter\" \"cloudtrail_changes\" {\n  name           = \"CloudTrailChanges\"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = \"{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }\"\n\n  metric_transformation {\n    name      = \"CloudTrailChanges\"\n    namespace = \"CISBenchmark\"\n    value     = \"1\"\n  }\n}\n\nresource \"aws_cloudwatch_metric_alarm\" \"cloudtrail_changes\" {\n  alarm_name          = \"CloudTrailChanges\"\n  namespace           = \"CISBenchmark\"\n  metric_name         = aws_cloudwatch_log_metric_filter.cloudtrail_changes.metric_transformation[0].name\n  statistic           = \"Sum\"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n  treat_missing_data  = \"notBreaching\"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a confirmed subscription\n}",
    },
    messages: {
      'monitored': "CloudTrail events for CloudTrail configuration changes reach alarm {{alarm}} through metric filter {{filter}} on {{logGroup}}, and it notifies subscribed topic {{topic}}.",
      'noTrail': "No logging multi-region trail delivers {{event}} events to CloudWatch Logs, so CloudTrail configuration changes cannot raise an alarm.",
      'noFilter': "No metric filter on log group {{logGroup}} (trail {{trail}}) matches {{event}} events: CloudTrail configuration changes are not counted.",
      'noAlarm': "Metric filter {{filter}} counts CloudTrail configuration changes, but no CloudWatch alarm watches its metric.",
      'alarmSilent': "Alarm {{alarm}} watches CloudTrail configuration changes but has no enabled alarm action: nobody is told.",
      'noSubscriber': "Alarm {{alarm}} for CloudTrail configuration changes notifies no SNS topic with a confirmed subscription.",
    },
    liveOnly: true,
  },
  evaluate(account, ctx) {
    return cisMonitoringVerdict('cloudtrail-changes', account, ctx)
  },
})
