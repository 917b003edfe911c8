import { defineCheck } from '../../core/check.js'
import { cisMonitoringVerdict } from '../../analysis/cis-monitoring-verdict.js'

export default defineCheck({
  meta: {
    id: 'cloudwatch-route-table-changes-monitored',
    resourceType: 'account.account',
    reads: ['cloudtrail.trail', 'logs.metric-filter', 'cloudwatch.alarm', 'sns.topic', 'account.region'],
    title: "Route table changes raise a CloudWatch alarm that reaches a subscriber",
    severity: 'low',
    categories: ['monitoring'],
    description:
      "Follows the monitoring chain CIS asks for, for route table changes: a multi-region CloudTrail trail that is logging, records these events (its selectors and, for global services, global service events) and delivers them to CloudWatch Logs; a metric filter on that log group whose pattern matches every one of the events (any pattern that matches them passes, however it is written, broader ones included; the events are listed in data/cis-metric-filters.json); a metric alarm on the filter's metric with its actions enabled; and an SNS topic among the alarm actions with at least one confirmed subscription. A trail that delivers to another account's log group, or to a region that was not scanned, makes the answer unknown.",
    risk: "A changed route can send a private subnet's traffic through an internet gateway or an unexpected appliance. An alarm on route changes lets you confirm each one was intended.",
    remediation: {
      text: "Send a multi-region trail to a CloudWatch Logs log group, add a metric filter for route table changes on that log group, put an alarm on its metric whose action is an SNS topic, and confirm a subscription to the topic (an e-mail subscription stays pending until its link is followed).",
      cli: "aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name RouteTableChanges --metric-transformations metricName=RouteTableChanges,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }'\naws cloudwatch put-metric-alarm --alarm-name RouteTableChanges --namespace CISBenchmark --metric-name RouteTableChanges --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching --alarm-actions <sns-topic-arn>\naws sns subscribe --topic-arn <sns-topic-arn> --protocol email --notification-endpoint <security-team-address>",
      cloudformation: "Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }'\n    MetricTransformations:\n      - MetricNamespace: CISBenchmark\n        MetricName: RouteTableChanges\n        MetricValue: '1'\nAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    Namespace: CISBenchmark\n    MetricName: RouteTableChanges\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    TreatMissingData: notBreaching\n    AlarmActions: [!Ref SecurityAlertsTopic]   # a topic with a confirmed subscription",
      terraform: "resource \"aws_cloudwatch_log_metric_filter\" \"route_table_changes\" {\n  name           = \"RouteTableChanges\"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = \"{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }\"\n\n  metric_transformation {\n    name      = \"RouteTableChanges\"\n    namespace = \"CISBenchmark\"\n    value     = \"1\"\n  }\n}\n\nresource \"aws_cloudwatch_metric_alarm\" \"route_table_changes\" {\n  alarm_name          = \"RouteTableChanges\"\n  namespace           = \"CISBenchmark\"\n  metric_name         = aws_cloudwatch_log_metric_filter.route_table_changes.metric_transformation[0].name\n  statistic           = \"Sum\"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n  treat_missing_data  = \"notBreaching\"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a confirmed subscription\n}",
    },
    messages: {
      'monitored': "CloudTrail events for route table changes reach alarm {{alarm}} through metric filter {{filter}} on {{logGroup}}, and it notifies subscribed topic {{topic}}.",
      'noTrail': "No logging multi-region trail delivers {{event}} events to CloudWatch Logs, so route table changes cannot raise an alarm.",
      'noFilter': "No metric filter on log group {{logGroup}} (trail {{trail}}) matches {{event}} events: route table changes are not counted.",
      'noAlarm': "Metric filter {{filter}} counts route table changes, but no CloudWatch alarm watches its metric.",
      'alarmSilent': "Alarm {{alarm}} watches route table changes but has no enabled alarm action: nobody is told.",
      'noSubscriber': "Alarm {{alarm}} for route table changes notifies no SNS topic with a confirmed subscription.",
    },
    liveOnly: true,
  },
  evaluate(account, ctx) {
    return cisMonitoringVerdict('route-table-changes', account, ctx)
  },
})
