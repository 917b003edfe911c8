import check from './lambda-async-failure-destination.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, fnArn, lambdaFunction, snsTopic, sqsQueue } from '../../../test/factories/index.js'

const dlq = sqsQueue({ name: 'orders-dlq' })
const failures = snsTopic({ name: 'orders-failures' })
const noDlq = { deadLetterTargetArn: undefined }
const onFailure = (destination: string) => ({ ...noDlq, eventInvokeConfig: { onFailureDestination: destination, maximumRetryAttempts: 2 } })
const sqsGap = { resourceType: 'sqs.queue' as const, region: REGION, code: 'AccessDenied', message: 'sqs:ListQueues denied' }

testCheck(check, {
  valid: [
    { name: 'dead-letter queue that exists', resource: lambdaFunction(), related: { 'sqs.queue': [dlq] } },
    { name: 'on-failure SNS destination that exists', resource: lambdaFunction(onFailure(failures.arn!)), related: { 'sns.topic': [failures] } },
    { name: 'on-failure destination is another function', resource: lambdaFunction(onFailure(fnArn('failure-handler'))) },
    { name: 'on-failure destination is an event bus', resource: lambdaFunction(onFailure(`arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`)) },
    { name: 'dead-letter queue in another account is not verifiable', resource: lambdaFunction({ deadLetterTargetArn: `arn:aws:sqs:${REGION}:999988887777:central-dlq` }) },
    {
      name: 'both configured and both exist',
      resource: lambdaFunction({ eventInvokeConfig: { onFailureDestination: failures.arn! } }),
      related: { 'sqs.queue': [dlq], 'sns.topic': [failures] },
    },
  ],
  invalid: [
    { name: 'neither', resource: lambdaFunction(noDlq), messageId: 'none', at: 'deadLetterTargetArn' },
    { name: 'an invoke config without a failure destination', resource: lambdaFunction({ ...noDlq, eventInvokeConfig: { maximumRetryAttempts: 0 } }), messageId: 'none' },
    { name: 'dead-letter queue deleted', resource: lambdaFunction(), related: { 'sqs.queue': [sqsQueue({ name: 'other' })] }, messageId: 'targetMissing', at: 'deadLetterTargetArn' },
    {
      name: 'on-failure topic deleted',
      resource: lambdaFunction(onFailure(failures.arn!)),
      messageId: 'targetMissing',
      at: 'eventInvokeConfig.onFailureDestination',
    },
    {
      name: 'a working destination does not excuse a deleted dead-letter queue',
      resource: lambdaFunction({ eventInvokeConfig: { onFailureDestination: failures.arn! } }),
      related: { 'sns.topic': [failures] },
      messageId: 'targetMissing',
      at: 'deadLetterTargetArn',
      count: 1,
    },
  ],
  unknown: [
    { name: 'queues could not be listed', resource: lambdaFunction(), gaps: [sqsGap] },
    { name: 'topics could not be listed', resource: lambdaFunction(onFailure(failures.arn!)), gaps: [{ resourceType: 'sns.topic', code: 'AccessDenied', message: 'sns:ListTopics denied' }] },
    { name: 'dead-letter target from a parameter', resource: lambdaFunction({ unresolved: { deadLetterTargetArn: '!Ref DlqArn' } }), related: { 'sqs.queue': [dlq] } },
    { name: 'invoke config unreadable', resource: lambdaFunction({ ...noDlq, eventInvokeConfig: null, unresolved: { eventInvokeConfig: 'AccessDenied' } }) },
  ],
})
