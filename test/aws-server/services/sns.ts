import { ApiError } from '../errors.js'
import { arns } from '../fixture.js'
import { paginate } from '../pagination.js'
import { XmlMap } from '../protocols/xml.js'
import { QUERY_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

function defaultTopicPolicy(arn: string, account: string) {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  }
}

export const sns: ServiceDef = {
  signingName: 'sns',
  iamPrefix: 'sns',
  protocol: 'query',
  apiVersion: '2010-03-31',
  xmlns: 'http://sns.amazonaws.com/doc/2010-03-31/',
  defaultFamily: 'read',
  errors: {
    ...QUERY_ERRORS,
    // SNS names these differently from IAM/STS.
    accessDenied: { code: 'AuthorizationError', status: 403 },
    throttling: { code: 'Throttled', status: 429 },
    internal: { code: 'InternalError' },
  },
  operations: {
    GetTopicAttributes: {
      resource: (input) => String(input.TopicArn ?? ''),
      handle(input, ctx) {
        const arn = String(input.TopicArn ?? '')
        const parts = arn.split(':')
        if (!arn.startsWith('arn:') || parts.length !== 6) throw new ApiError('InvalidParameter', 'Invalid parameter: TopicArn', 400)
        const topic = parts[3] === ctx.region && parts[4] === ctx.accountId ? (ctx.data.topics ?? []).find((t) => t.name === parts[5]) : undefined
        if (!topic) throw new ApiError('NotFound', 'Topic does not exist', 404)
        const a: Record<string, string> = {
          TopicArn: arns.topic(ctx.region, ctx.accountId, topic.name),
          Owner: ctx.accountId,
          Policy: JSON.stringify(topic.policy ?? defaultTopicPolicy(arn, ctx.accountId)),
          DisplayName: '',
          SubscriptionsConfirmed: String(topic.subscriptionsConfirmed ?? 0),
          SubscriptionsPending: '0',
          SubscriptionsDeleted: '0',
          EffectiveDeliveryPolicy: JSON.stringify({ http: { defaultHealthyRetryPolicy: { minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3 } } }),
        }
        if (topic.kmsMasterKeyId) a.KmsMasterKeyId = topic.kmsMasterKeyId
        return { Attributes: new XmlMap(a) }
      },
    },
    ListSubscriptionsByTopic: {
      resource: (input) => String(input.TopicArn ?? ''),
      handle(input, ctx) {
        const arn = String(input.TopicArn ?? '')
        const parts = arn.split(':')
        const topic = parts[3] === ctx.region && parts[4] === ctx.accountId ? (ctx.data.topics ?? []).find((t) => t.name === parts[5]) : undefined
        if (!topic) throw new ApiError('NotFound', 'Topic does not exist', 404)
        const subs = topic.subscriptions ?? Array.from({ length: topic.subscriptionsConfirmed ?? 0 }, () => ({ protocol: 'email', confirmed: true }))
        const p = paginate(subs.map((s, i) => ({ s, i })), { token: input.NextToken, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListSubscriptionsByTopic'), tokenName: 'NextToken', errorCode: 'InvalidParameter' })
        return {
          Subscriptions: p.items.map(({ s, i }) => ({
            // A pending subscription has no ARN yet: AWS reports the literal PendingConfirmation.
            SubscriptionArn: s.confirmed ? `${arn}:0000000${i}-aaaa-bbbb-cccc-000000000000` : 'PendingConfirmation',
            Owner: ctx.accountId,
            Protocol: s.protocol,
            Endpoint: s.protocol === 'email' ? `ops+${i}@example.com` : `https://hooks.example.com/${i}`,
            TopicArn: arn,
          })),
          NextToken: p.next,
        }
      },
    },
    ListTopics: {
      handle(input, ctx) {
        const p = paginate(ctx.data.topics ?? [], { token: input.NextToken, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListTopics'), tokenName: 'NextToken', errorCode: 'InvalidParameter' })
        return { Topics: p.items.map((t) => ({ TopicArn: arns.topic(ctx.region, ctx.accountId, t.name) })), NextToken: p.next }
      },
    },
  },
}
