import { defineCheck } from '../../core/check.js'
import { SUBSCRIPTION_MESSAGES, subscriptionVerdict } from '../../analysis/rds-event-subscriptions.js'

export default defineCheck({
  meta: {
    id: 'rds-event-subscription-cluster-critical-events',
    resourceType: 'rds.event-subscription',
    title: 'RDS event subscription for DB clusters sends the critical event categories',
    severity: 'low',
    categories: ['monitoring'],
    description:
      'Checks every RDS event notification subscription that covers db-cluster events (its source type is db-cluster, or it has none and so covers every source type): it must be enabled and send the categories data/rds-event-categories.json lists for db-cluster (AWS Foundational Security Best Practices, RDS.19). A subscription without categories sends them all. Subscriptions of other source types are skipped, and so is an account without subscriptions: like the control, the check judges the subscriptions that exist. One whose SNS topic is gone or refuses RDS also fails, because it delivers nothing.',
    risk: 'Cluster failure events (a failover that could not complete, a cluster that cannot start) and maintenance events (patches and restarts scheduled or applied) are the ones an on-call team must act on; a subscription that leaves them out lets an outage or a forced restart go unnoticed until users report it.',
    remediation: {
      text: 'Add the missing categories to the subscription (or remove its category filter so it sends every category), enable it, and point it at an SNS topic someone is subscribed to. To start from scratch, create a subscription for source type db-cluster.',
      cli: 'aws rds modify-event-subscription --subscription-name <name> --enabled --event-categories maintenance failure\n# or a new one:\naws rds create-event-subscription --subscription-name cluster-critical --sns-topic-arn <topic-arn> --source-type db-cluster --event-categories maintenance failure --enabled',
      cloudformation: 'Type: AWS::RDS::EventSubscription\nProperties:\n  SnsTopicArn: !Ref OnCallTopic\n  SourceType: db-cluster\n  EventCategories:\n    - maintenance\n    - failure\n  Enabled: true',
      terraform: 'resource "aws_db_event_subscription" "cluster_critical" {\n  name             = "cluster-critical"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-cluster"\n  event_categories = ["maintenance", "failure"]\n  enabled          = true\n}',
    },
    messages: SUBSCRIPTION_MESSAGES,
  },
  evaluate: (sub, ctx) => subscriptionVerdict(sub, 'db-cluster', ctx),
})
