import check from './sns-topic-subscriptions-https.js'
import { testCheck } from '../../../test/check-tester.js'
import { snsTopic } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'https, sqs and e-mail', resource: snsTopic({ subscriptions: [{ protocol: 'https', confirmed: true }, { protocol: 'sqs', confirmed: true }, { protocol: 'email', confirmed: false }] }) }],
  invalid: [{ name: 'one http endpoint', resource: snsTopic({ subscriptions: [{ protocol: 'https', confirmed: true }, { protocol: 'http', confirmed: true }] }), messageId: 'http', at: 'subscriptions' }],
  unknown: [{ name: 'subscriptions unreadable', resource: snsTopic({ subscriptions: [], unresolved: { subscriptions: 'AccessDenied (sns:ListSubscriptionsByTopic)' } }) }],
  skip: [{ name: 'subscriptions not listed', resource: snsTopic() }],
})
