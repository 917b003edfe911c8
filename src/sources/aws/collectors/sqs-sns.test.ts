import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs'
import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns'
import { mapSqsQueue, sqsQueueCollector } from './sqs-queue.js'
import { mapSnsTopic, snsTopicCollector } from './sns-topic.js'
import { referencedTargets } from './targets.js'
import { failed } from '../outcome.js'
import { lambdaFunction } from '../../../../test/factories/index.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const q = (n: string) => `arn:aws:sqs:${TEST_REGION}:${TEST_ACCOUNT}:${n}`
const t = (n: string) => `arn:aws:sns:${TEST_REGION}:${TEST_ACCOUNT}:${n}`
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }
const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: q('dlq') }] })

describe('referencedTargets', () => {
  it('collects DLQ, destinations and mapping failure destinations of one service', () => {
    const fns = [
      lambdaFunction({ name: 'a', deadLetterTargetArn: q('dlq') }),
      lambdaFunction({ name: 'b', deadLetterTargetArn: t('dl-topic'), eventInvokeConfig: { onFailureDestination: q('fail'), onSuccessDestination: 'arn:aws:events:us-east-1:1:event-bus/x' } }),
      lambdaFunction({ name: 'c', deadLetterTargetArn: undefined, eventSourceMappings: [{ uuid: 'u', onFailureDestination: q('esm-fail') }] }),
      lambdaFunction({ name: 'd', region: 'eu-west-1', deadLetterTargetArn: q('elsewhere') }),
    ]
    assert.deepEqual(referencedTargets(fns, TEST_REGION, 'sqs'), [q('dlq'), q('esm-fail'), q('fail')])
    assert.deepEqual(referencedTargets(fns, TEST_REGION, 'sns'), [t('dl-topic')])
  })
})

describe('mapSqsQueue / mapSnsTopic', () => {
  it('queue: policy, KMS key, SQS-managed SSE', () => {
    const m = mapSqsQueue(q('dlq'), 'https://sqs/dlq', { ok: true, value: { Policy: policy, KmsMasterKeyId: 'alias/k', SqsManagedSseEnabled: 'false' } }, where)
    assert.equal(m.name, 'dlq')
    assert.equal(m.policy?.Statement[0]!.Principal, '*')
    assert.equal(m.kmsMasterKeyId, 'alias/k')
    assert.equal(m.sqsManagedSse, false)
    assert.equal(m.url, 'https://sqs/dlq')
  })

  it('queue without attributes access: every attribute unresolved', () => {
    const m = mapSqsQueue(q('dlq'), 'u', failed('AccessDenied (sqs:GetQueueAttributes)'), where)
    assert.deepEqual(m.unresolved, { policy: 'AccessDenied (sqs:GetQueueAttributes)', kmsMasterKeyId: 'AccessDenied (sqs:GetQueueAttributes)', sqsManagedSse: 'AccessDenied (sqs:GetQueueAttributes)' })
  })

  it('topic: policy, key, confirmed subscriptions', () => {
    const m = mapSnsTopic(t('alerts'), { Policy: policy, KmsMasterKeyId: 'alias/aws/sns', SubscriptionsConfirmed: '2' }, where)
    assert.equal(m.name, 'alerts')
    assert.equal(m.kmsMasterKeyId, 'alias/aws/sns')
    assert.equal(m.subscriptionsConfirmed, 2)
    assert.equal(m.policy?.Statement.length, 1)
    assert.equal(mapSnsTopic(t('x'), {}, where).policy, null)
  })
})

describe('sqs.queue and sns.topic collectors (mocked SDK)', () => {
  const sqs = mockClient(SQSClient)
  const sns = mockClient(SNSClient)
  afterEach(() => {
    sqs.reset()
    sns.reset()
  })

  it('existing queue → resource; QueueDoesNotExist → absent; denied → gap', async () => {
    sqs.on(GetQueueUrlCommand, { QueueName: 'dlq' }).resolves({ QueueUrl: 'https://sqs/dlq' })
    sqs.on(GetQueueUrlCommand, { QueueName: 'gone' }).rejects(awsError('QueueDoesNotExist', 400))
    sqs.on(GetQueueUrlCommand, { QueueName: 'secret' }).rejects(awsError('AccessDenied', 403))
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { SqsManagedSseEnabled: 'true' } })
    const fns = [lambdaFunction({ name: 'a', deadLetterTargetArn: q('dlq') }), lambdaFunction({ name: 'b', deadLetterTargetArn: q('gone') }), lambdaFunction({ name: 'c', deadLetterTargetArn: q('secret') })]
    const r = await sqsQueueCollector.collect(testContext(), TEST_REGION, { 'lambda.function': fns })
    assert.deepEqual(
      r.resources['sqs.queue']!.map((x) => [x.name, x.sqsManagedSse]),
      [['dlq', true]],
    )
    assert.equal(sqs.commandCalls(GetQueueUrlCommand)[0]!.args[0].input.QueueOwnerAWSAccountId, TEST_ACCOUNT)
    assert.deepEqual(sqs.commandCalls(GetQueueAttributesCommand)[0]!.args[0].input.AttributeNames, ['All'])
    assert.equal(r.gaps.length, 1)
    assert.deepEqual([r.gaps[0]!.resourceType, r.gaps[0]!.code], ['sqs.queue', 'AccessDenied'])
    assert.match(r.gaps[0]!.message, /secret/)
  })

  it('existing topic → resource; NotFound → absent; no function targets → no calls', async () => {
    sns.on(GetTopicAttributesCommand, { TopicArn: t('alerts') }).resolves({ Attributes: { KmsMasterKeyId: 'k' } })
    sns.on(GetTopicAttributesCommand, { TopicArn: t('gone') }).rejects(awsError('NotFound', 404))
    const fns = [lambdaFunction({ name: 'a', deadLetterTargetArn: t('alerts') }), lambdaFunction({ name: 'b', eventInvokeConfig: { onFailureDestination: t('gone') } })]
    const r = await snsTopicCollector.collect(testContext(), TEST_REGION, { 'lambda.function': fns })
    assert.deepEqual(
      r.resources['sns.topic']!.map((x) => x.name),
      ['alerts'],
    )
    assert.deepEqual(r.gaps, [])
    sns.resetHistory()
    const none = await snsTopicCollector.collect(testContext(), TEST_REGION, { 'lambda.function': [lambdaFunction({ deadLetterTargetArn: q('only-sqs') })] })
    assert.deepEqual({ ...none, partial: none.partial?.map((p) => ({ ...p, reason: '' })) }, { resources: {}, gaps: [], partial: [{ resourceType: 'sns.topic', kind: 'referenced-only', region: TEST_REGION, lookedUp: [], reason: '' }] })
    assert.equal(sns.commandCalls(GetTopicAttributesCommand).length, 0)
  })
})
