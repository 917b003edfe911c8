import { defineCheck } from '../../core/check.js'
import { SUBSCRIPTION_MESSAGES, subscriptionVerdict } from '../../analysis/rds-event-subscriptions.js'

export default defineCheck({
  meta: {
    id: 'rds-event-subscription-instance-critical-events',
    resourceType: 'rds.event-subscription',
    title: 'RDS event subscription for DB instances sends the critical event categories',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Checks every RDS event notification subscription that covers db-instance events (its source type is db-instance, or it has none and so covers every source type): it must be enabled and send the categories data/rds-event-categories.json lists for db-instance (AWS Foundational Security Best Practices, RDS.20). A subscription without categories sends them all. Subscriptions of other source types are skipped, and so is an account without subscriptions: like the control, the check judges the subscriptions that exist. One whose SNS topic is gone or refuses RDS also fails, because it delivers nothing.',
    risk: 'Instance failure, maintenance and configuration-change events tell the team that a database stopped, is about to be patched or restarted, or had a setting changed (publicly accessible, backup retention, parameter group); a subscription that leaves them out hides both outages and risky changes.',
    remediation: {
      text: 'Add the missing categories to the subscription (or remove its category filter so it sends every category), enable it, and point it at an SNS topic someone is subscribed to. To start from scratch, create a subscription for source type db-instance.',
      cli: 'aws rds modify-event-subscription --subscription-name <name> --enabled --event-categories maintenance "configuration change" failure\n# or a new one:\naws rds create-event-subscription --subscription-name instance-critical --sns-topic-arn <topic-arn> --source-type db-instance --event-categories maintenance "configuration change" failure --enabled',
      cloudformation: 'Type: AWS::RDS::EventSubscription\nProperties:\n  SnsTopicArn: !Ref OnCallTopic\n  SourceType: db-instance\n  EventCategories:\n    - maintenance\n    - configuration change\n    - failure\n  Enabled: true',
      terraform: 'resource "aws_db_event_subscription" "instance_critical" {\n  name             = "instance-critical"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-instance"\n  event_categories = ["maintenance", "configuration change", "failure"]\n  enabled          = true\n}',
    },
    messages: SUBSCRIPTION_MESSAGES,
  },
  evaluate: (sub, ctx) => subscriptionVerdict(sub, 'db-instance', ctx),
})
