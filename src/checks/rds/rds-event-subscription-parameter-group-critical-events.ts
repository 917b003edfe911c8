import { defineCheck } from '../../core/check.js'
import { SUBSCRIPTION_MESSAGES, subscriptionVerdict } from '../../analysis/rds-event-subscriptions.js'

export default defineCheck({
  meta: {
    id: 'rds-event-subscription-parameter-group-critical-events',
    resourceType: 'rds.event-subscription',
    title: 'RDS event subscription for DB parameter groups sends the critical event categories',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Checks every RDS event notification subscription that covers db-parameter-group events (its source type is db-parameter-group, or it has none and so covers every source type): it must be enabled and send the categories data/rds-event-categories.json lists for db-parameter-group (AWS Foundational Security Best Practices, RDS.21). A subscription without categories sends them all. Subscriptions of other source types are skipped, and so is an account without subscriptions: like the control, the check judges the subscriptions that exist. One whose SNS topic is gone or refuses RDS also fails, because it delivers nothing.',
    risk: 'A parameter group change can switch off TLS enforcement, audit logging or password checks on every database that uses the group; without configuration-change events nobody hears of it.',
    remediation: {
      text: 'Add the missing categories to the subscription (or remove its category filter so it sends every category), enable it, and point it at an SNS topic someone is subscribed to. To start from scratch, create a subscription for source type db-parameter-group.',
      cli: 'aws rds modify-event-subscription --subscription-name <name> --enabled --event-categories "configuration change"\n# or a new one:\naws rds create-event-subscription --subscription-name parameter-group-critical --sns-topic-arn <topic-arn> --source-type db-parameter-group --event-categories "configuration change" --enabled',
      cloudformation: 'Type: AWS::RDS::EventSubscription\nProperties:\n  SnsTopicArn: !Ref OnCallTopic\n  SourceType: db-parameter-group\n  EventCategories:\n    - configuration change\n  Enabled: true',
      terraform: 'resource "aws_db_event_subscription" "parameter_group_critical" {\n  name             = "parameter-group-critical"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-parameter-group"\n  event_categories = ["configuration change"]\n  enabled          = true\n}',
    },
    messages: SUBSCRIPTION_MESSAGES,
  },
  evaluate: (sub, ctx) => subscriptionVerdict(sub, 'db-parameter-group', ctx),
})
