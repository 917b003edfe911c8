import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns'
import { alarmActionTopics, mapSubscriptions, snsTopicCollector } from './sns-topic.js'
import { metricAlarm } from '../../../../test/factories/index.js'
import { TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const topic = (name: string, region = TEST_REGION, account = TEST_ACCOUNT) => `arn:aws:sns:${region}:${account}:${name}`

describe('alarm action topics', () => {
  it('SNS actions of this region and account only, each once', () => {
    const alarms = [
      metricAlarm({ name: 'a', alarmActions: [topic('alerts'), 'arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:x'] }),
      metricAlarm({ name: 'b', alarmActions: [topic('alerts'), topic('other-account', TEST_REGION, '999988887777')] }),
      metricAlarm({ name: 'c', region: 'eu-west-1', alarmActions: [topic('eu', 'eu-west-1')] }),
    ]
    assert.deepEqual(alarmActionTopics(alarms, TEST_REGION, TEST_ACCOUNT), [topic('alerts')])
  })

  it('a pending subscription is not confirmed; endpoints are dropped', () => {
    assert.deepEqual(
      mapSubscriptions([
        { Protocol: 'email', SubscriptionArn: 'PendingConfirmation' },
        { Protocol: 'https', SubscriptionArn: `${topic('alerts')}:0b1c2d3e` },
      ]),
      [
        { protocol: 'email', confirmed: false },
        { protocol: 'https', confirmed: true },
      ],
    )
  })
})

describe('sns.topic collector: topics alarms notify (mocked SDK)', () => {
  const sns = mockClient(SNSClient)
  afterEach(() => sns.reset())

  it('reads alarm topics with their subscriptions', async () => {
    sns.on(GetTopicAttributesCommand).resolves({ Attributes: { SubscriptionsConfirmed: '1' } })
    sns.on(ListSubscriptionsByTopicCommand).resolves({ Subscriptions: [{ Protocol: 'email', SubscriptionArn: `${topic('alerts')}:1` }] })
    const r = await snsTopicCollector.collect(testContext(), TEST_REGION, { 'cloudwatch.alarm': [metricAlarm({ alarmActions: [topic('alerts')] })] })
    assert.deepEqual(r.resources['sns.topic']!.map((t) => [t.name, t.subscriptions]), [['alerts', [{ protocol: 'email', confirmed: true }]]])
  })

  it('subscriptions that cannot be listed are unresolved', async () => {
    sns.on(GetTopicAttributesCommand).resolves({ Attributes: {} })
    sns.on(ListSubscriptionsByTopicCommand).rejects(Object.assign(new Error('denied'), { name: 'AuthorizationError', $metadata: { httpStatusCode: 403 } }))
    const r = await snsTopicCollector.collect(testContext(), TEST_REGION, { 'cloudwatch.alarm': [metricAlarm({ alarmActions: [topic('alerts')] })] })
    assert.match(r.resources['sns.topic']![0]!.unresolved!.subscriptions!, /^AccessDenied/)
  })
})
