import { defineCheck } from '../../core/check.js'
import { SUBSCRIPTION_MESSAGES, subscriptionVerdict } from '../../analysis/rds-event-subscriptions.js'

export default defineCheck({
  meta: {
    id: 'rds-event-subscription-security-group-critical-events',
    resourceType: 'rds.event-subscription',
    title: 'RDS event subscription for DB security groups sends the critical event categories',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Checks every RDS event notification subscription that covers db-security-group events (its source type is db-security-group, or it has none and so covers every source type): it must be enabled and send the categories data/rds-event-categories.json lists for db-security-group (AWS Foundational Security Best Practices, RDS.22). A subscription without categories sends them all. Subscriptions of other source types are skipped, and so is an account without subscriptions: like the control, the check judges the subscriptions that exist. One whose SNS topic is gone or refuses RDS also fails, because it delivers nothing.',
    risk: 'A change to a DB security group changes who can reach the databases behind it; without configuration-change and failure events such a change, or a failed one, goes unnoticed.',
    remediation: {
      text: 'Add the missing categories to the subscription (or remove its category filter so it sends every category), enable it, and point it at an SNS topic someone is subscribed to. To start from scratch, create a subscription for source type db-security-group.',
      cli: 'aws rds modify-event-subscription --subscription-name <name> --enabled --event-categories "configuration change" failure\n# or a new one:\naws rds create-event-subscription --subscription-name security-group-critical --sns-topic-arn <topic-arn> --source-type db-security-group --event-categories "configuration change" failure --enabled',
      cloudformation: 'Type: AWS::RDS::EventSubscription\nProperties:\n  SnsTopicArn: !Ref OnCallTopic\n  SourceType: db-security-group\n  EventCategories:\n    - configuration change\n    - failure\n  Enabled: true',
      terraform: 'resource "aws_db_event_subscription" "security_group_critical" {\n  name             = "security-group-critical"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-security-group"\n  event_categories = ["configuration change", "failure"]\n  enabled          = true\n}',
    },
    messages: SUBSCRIPTION_MESSAGES,
  },
  evaluate: (sub, ctx) => subscriptionVerdict(sub, 'db-security-group', ctx),
})
