import check from './rds-event-subscription-instance-critical-events.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsEventSubscription } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'every category of every source type', resource: rdsEventSubscription() },
    { name: 'the critical categories of db-instance', resource: rdsEventSubscription({ sourceType: 'db-instance', eventCategories: ['maintenance', 'configuration change', 'failure', 'notification'] }) },
    { name: 'category names in another case', resource: rdsEventSubscription({ sourceType: 'db-instance', eventCategories: ['Maintenance', 'Configuration Change', 'Failure'] }) },
    { name: 'every category of db-instance, some sources only', resource: rdsEventSubscription({ sourceType: 'db-instance', sourceIds: ['prod'] }) },
  ],
  invalid: [
    { name: 'disabled', resource: rdsEventSubscription({ sourceType: 'db-instance', enabled: false }), messageId: 'disabled', at: 'enabled' },
    { name: 'a critical category left out', resource: rdsEventSubscription({ sourceType: 'db-instance', eventCategories: ['maintenance', 'configuration change'] }), messageId: 'missing', at: 'eventCategories' },
    { name: 'every source type, one category', resource: rdsEventSubscription({ eventCategories: ['backup'] }), messageId: 'missing', at: 'eventCategories' },
    { name: 'the topic was deleted', resource: rdsEventSubscription({ sourceType: 'db-instance', status: 'topic-not-exist' }), messageId: 'undelivered', at: 'status' },
  ],
  unknown: [
    { name: 'categories from a parameter', resource: rdsEventSubscription({ sourceType: 'db-instance', unresolved: { eventCategories: '!Ref Categories' } }) },
    { name: 'subscriptions could not be listed', resource: rdsEventSubscription(), gaps: [{ resourceType: 'rds.event-subscription', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'a subscription for snapshot events', resource: rdsEventSubscription({ sourceType: 'db-snapshot', eventCategories: ['creation'] }) }],
  iac: {
    cloudformation: {
      good: [
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-instance, EventCategories: [maintenance, "configuration change", failure] }\n',
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall }\n',
      ],
      bad: [
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-instance, EventCategories: [maintenance, "configuration change"] }\n',
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-instance, Enabled: false }\n',
      ],
    },
    terraform: {
      good: ['resource "aws_db_event_subscription" "s" {\n  name      = "db-oncall"\n  sns_topic = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n}\n'],
      bad: [
        'resource "aws_db_event_subscription" "s" {\n  name             = "db-oncall"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-instance"\n  event_categories = ["maintenance", "configuration change"]\n}\n',
        'resource "aws_db_event_subscription" "s" {\n  name        = "db-oncall"\n  sns_topic   = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type = "db-instance"\n  enabled     = false\n}\n',
      ],
    },
  },
})
