import check from './rds-event-subscription-parameter-group-critical-events.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsEventSubscription } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'every category of every source type', resource: rdsEventSubscription() },
    { name: 'the critical categories of db-parameter-group', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', eventCategories: ['configuration change', 'notification'] }) },
    { name: 'category names in another case', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', eventCategories: ['Configuration Change'] }) },
    { name: 'every category of db-parameter-group, some sources only', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', sourceIds: ['prod'] }) },
  ],
  invalid: [
    { name: 'disabled', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', enabled: false }), messageId: 'disabled', at: 'enabled' },
    { name: 'a critical category left out', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', eventCategories: ['availability'] }), messageId: 'missing', at: 'eventCategories' },
    { name: 'every source type, one category', resource: rdsEventSubscription({ eventCategories: ['backup'] }), messageId: 'missing', at: 'eventCategories' },
    { name: 'the topic was deleted', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', status: 'topic-not-exist' }), messageId: 'undelivered', at: 'status' },
  ],
  unknown: [
    { name: 'categories from a parameter', resource: rdsEventSubscription({ sourceType: 'db-parameter-group', unresolved: { eventCategories: '!Ref Categories' } }) },
    { name: 'subscriptions could not be listed', resource: rdsEventSubscription(), gaps: [{ resourceType: 'rds.event-subscription', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'a subscription for snapshot events', resource: rdsEventSubscription({ sourceType: 'db-snapshot', eventCategories: ['creation'] }) }],
  iac: {
    cloudformation: {
      good: [
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-parameter-group, EventCategories: ["configuration change"] }\n',
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall }\n',
      ],
      bad: [
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-parameter-group, EventCategories: [availability] }\n',
        'Sub:\n  Type: AWS::RDS::EventSubscription\n  Properties: { SnsTopicArn: arn:aws:sns:us-east-1:111122223333:db-oncall, SourceType: db-parameter-group, Enabled: false }\n',
      ],
    },
    terraform: {
      good: ['resource "aws_db_event_subscription" "s" {\n  name      = "db-oncall"\n  sns_topic = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n}\n'],
      bad: [
        'resource "aws_db_event_subscription" "s" {\n  name             = "db-oncall"\n  sns_topic        = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type      = "db-parameter-group"\n  event_categories = ["availability"]\n}\n',
        'resource "aws_db_event_subscription" "s" {\n  name        = "db-oncall"\n  sns_topic   = "arn:aws:sns:us-east-1:111122223333:db-oncall"\n  source_type = "db-parameter-group"\n  enabled     = false\n}\n',
      ],
    },
  },
})
