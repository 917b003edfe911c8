import { ApiError } from '../errors.js'
import { arns, type FixtureQueue } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, ServiceDef } from './types.js'

/** SQS answers an unknown queue with QueueDoesNotExist; its legacy query code is what older callers match. */
function noQueue(): ApiError {
  return new ApiError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.', 400, { queryCode: 'AWS.SimpleQueueService.NonExistentQueue' })
}

/**
 * Queue URLs point at this server (`http://127.0.0.1:PORT/ACCOUNT/NAME`): the SQS client sends
 * queue calls to the QueueUrl's host, so a real `sqs.REGION.amazonaws.com` URL would leave the
 * loopback. Both forms are accepted as input.
 */
function queueUrl(q: FixtureQueue, ctx: CallContext): string {
  return `${ctx.baseUrl}/${ctx.accountId}/${q.name}`
}

function findQueue(input: Input, ctx: CallContext): FixtureQueue {
  const url = String(input.QueueUrl ?? '')
  const parts = url.replace(/\/+$/, '').split('/')
  const [account, name] = parts.slice(-2)
  const q = account === ctx.accountId ? (ctx.data.queues ?? []).find((x) => x.name === name) : undefined
  if (!q) throw noQueue()
  return q
}

function attributes(q: FixtureQueue, ctx: CallContext): Record<string, string> {
  const a: Record<string, string> = {
    QueueArn: arns.queue(ctx.region, ctx.accountId, q.name),
    ApproximateNumberOfMessages: '0',
    ApproximateNumberOfMessagesNotVisible: '0',
    ApproximateNumberOfMessagesDelayed: '0',
    CreatedTimestamp: '1705312800',
    LastModifiedTimestamp: '1705312800',
    VisibilityTimeout: '30',
    MaximumMessageSize: '262144',
    MessageRetentionPeriod: '345600',
    DelaySeconds: '0',
    ReceiveMessageWaitTimeSeconds: '0',
    SqsManagedSseEnabled: String(q.kmsMasterKeyId ? false : (q.sqsManagedSse ?? true)),
  }
  if (q.policy) a.Policy = JSON.stringify(q.policy)
  if (q.kmsMasterKeyId) {
    a.KmsMasterKeyId = q.kmsMasterKeyId
    a.KmsDataKeyReusePeriodSeconds = '300'
  }
  return a
}

export const sqs: ServiceDef = {
  signingName: 'sqs',
  iamPrefix: 'sqs',
  protocol: 'json-1.0',
  target: 'AmazonSQS',
  queryCompatible: true,
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'com.amazon.coral.service#AccessDeniedException', status: 400, queryCode: 'AccessDenied' },
    throttling: { code: 'com.amazonaws.sqs#RequestThrottled', status: 403, queryCode: 'RequestThrottled' },
    invalidToken: { code: 'com.amazon.coral.service#UnrecognizedClientException', status: 400, message: 'The security token included in the request is invalid.' },
    internal: { code: 'com.amazon.coral.service#InternalFailure' },
    unavailable: { code: 'com.amazon.coral.availability#ServiceUnavailableException' },
  },
  operations: {
    GetQueueUrl: {
      resource: (input) => String(input.QueueName ?? ''),
      handle(input, ctx) {
        if (input.QueueOwnerAWSAccountId !== undefined && input.QueueOwnerAWSAccountId !== ctx.accountId) throw noQueue()
        const q = (ctx.data.queues ?? []).find((x) => x.name === input.QueueName)
        if (!q) throw noQueue()
        return { QueueUrl: queueUrl(q, ctx) }
      },
    },
    GetQueueAttributes: {
      resource: (input) => String(input.QueueUrl ?? '').split('/').pop(),
      handle(input, ctx) {
        const q = findQueue(input, ctx)
        const all = attributes(q, ctx)
        const wanted = (input.AttributeNames as string[] | undefined) ?? []
        if (wanted.includes('All')) return { Attributes: all }
        const picked = Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k)))
        return Object.keys(picked).length ? { Attributes: picked } : {}
      },
    },
    ListQueues: {
      handle(input, ctx) {
        const prefix = String(input.QueueNamePrefix ?? '')
        const queues = (ctx.data.queues ?? []).filter((q) => q.name.startsWith(prefix))
        const p = paginate(queues, { token: input.NextToken, requested: input.MaxResults, defaultSize: 1000, maxSize: 1000, fixtureMax: input.MaxResults !== undefined ? ctx.fixturePageSize('ListQueues') : undefined, tokenName: 'NextToken' })
        return { QueueUrls: p.items.map((q) => queueUrl(q, ctx)), NextToken: p.next }
      },
    },
  },
}
