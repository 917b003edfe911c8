import { defineCheck } from '../../core/check.js'
import { cisMonitoringVerdict } from '../../analysis/cis-monitoring-verdict.js'

export default defineCheck({
  meta: {
    id: 'cloudwatch-root-usage-monitored',
    resourceType: 'account.account',
    reads: ['cloudtrail.trail', 'logs.metric-filter', 'cloudwatch.alarm', 'sns.topic', 'account.region'],
    title: "Use of the root user raises a CloudWatch alarm that reaches a subscriber",
    severity: 'medium',
    categories: ['monitoring'],
    description:
      "Follows the monitoring chain CIS asks for, for use of the root user: a multi-region CloudTrail trail that is logging, records these events (its selectors and, for global services, global service events) and delivers them to CloudWatch Logs; a metric filter on that log group whose pattern matches every one of the events (any pattern that matches them passes, however it is written, broader ones included; the events are listed in data/cis-metric-filters.json); a metric alarm on the filter's metric with its actions enabled; and an SNS topic among the alarm actions with at least one confirmed subscription. A trail that delivers to another account's log group, or to a region that was not scanned, makes the answer unknown.",
    risk: "The root user can do anything in the account, including closing it, and cannot be limited by IAM policies. Everyday work should never need it, so any root sign-in or API call deserves a human look straight away.",
    remediation: {
      text: "Send a multi-region trail to a CloudWatch Logs log group, add a metric filter for use of the root user on that log group, put an alarm on its metric whose action is an SNS topic, and confirm a subscription to the topic (an e-mail subscription stays pending until its link is followed).",
      cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name RootUserActivity --metric-transformations metricName=RootUserActivity,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }'\naws cloudwatch put-metric-alarm --alarm-name RootUserActivity --namespace CISBenchmark --metric-name RootUserActivity --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>\naws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>",
      cloudformation: "Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: '{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }'\n    MetricTransformations:\n      - MetricNamespace: CISBenchmark\n        MetricName: RootUserActivity\n        MetricValue: '1'\nAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    Namespace: CISBenchmark\n    MetricName: RootUserActivity\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    TreatMissingData: notBreaching\n    AlarmActions: [!Ref SecurityAlertsTopic]   # a topic with a confirmed subscription",
      terraform: "resource \"aws_cloudwatch_log_metric_filter\" \"root_usage\" {\n  name           = \"RootUserActivity\"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = \"{ $.userIdentity.type = \\\"Root\\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\\"AwsServiceEvent\\\" }\"\n\n  metric_transformation {\n    name      = \"RootUserActivity\"\n    namespace = \"CISBenchmark\"\n    value     = \"1\"\n  }\n}\n\nresource \"aws_cloudwatch_metric_alarm\" \"root_usage\" {\n  alarm_name          = \"RootUserActivity\"\n  namespace           = \"CISBenchmark\"\n  metric_name         = aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].name\n  statistic           = \"Sum\"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n  treat_missing_data  = \"notBreaching\"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a confirmed subscription\n}",
    },
    messages: {
      'monitored': "CloudTrail events for use of the root user reach alarm {{alarm}} through metric filter {{filter}} on {{logGroup}}, and it notifies subscribed topic {{topic}}.",
      'noTrail': "No logging multi-region trail delivers {{event}} events to CloudWatch Logs, so use of the root user cannot raise an alarm.",
      'noFilter': "No metric filter on log group {{logGroup}} (trail {{trail}}) matches {{event}} events: use of the root user are not counted.",
      'noAlarm': "Metric filter {{filter}} counts use of the root user, but no CloudWatch alarm watches its metric.",
      'alarmSilent': "Alarm {{alarm}} watches use of the root user but has no enabled alarm action: nobody is told.",
      'noSubscriber': "Alarm {{alarm}} for use of the root user notifies no SNS topic with a confirmed subscription.",
    },
    liveOnly: true,
  },
  evaluate(account, ctx) {
    return cisMonitoringVerdict('root-usage', account, ctx)
  },
})
