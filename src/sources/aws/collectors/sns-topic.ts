import type { Unresolved } from '../../../model/common.js'
import type { MetricAlarm, SnsTopic } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'
import { referencedOnly, referencedQueuesOrTopics } from './targets.js'

/** SNS topics of this account and region that alarms notify (CIS monitoring alarms among them). Pure. */
export function alarmActionTopics(alarms: readonly MetricAlarm[], region: string, accountId: string): string[] {
  const arns = new Set<string>()
  for (const a of alarms) {
    if (a.region !== region) continue
    for (const action of a.alarmActions) {
      const p = parseArn(action)
      if (p?.service === 'sns' && p.region === region && p.account === accountId) arns.add(action)
    }
  }
  return [...arns].sort()
}

/**
 * ListSubscriptionsByTopic, reduced to protocol and confirmation (a pending subscription's ARN is
 * the literal `PendingConfirmation`); the endpoints are e-mail addresses and URLs and are not kept.
 * Pure.
 */
export function mapSubscriptions(subs: readonly { Protocol?: string; SubscriptionArn?: string }[]): { protocol: string; confirmed: boolean }[] {
  return subs.map((s) => ({ protocol: s.Protocol ?? '', confirmed: Boolean(s.SubscriptionArn && s.SubscriptionArn.startsWith('arn:')) }))
}

/** Maps GetTopicAttributes for one topic. Pure. */
export function mapSnsTopic(arn: string, attrs: Record<string, string>, where: { region: string; accountId: string }): SnsTopic {
  const a = parseArn(arn)
  const unresolved: Unresolved = {}
  let policy: SnsTopic['policy'] = null
  if (attrs.Policy) {
    const parsed = parsePolicyDocument(attrs.Policy)
    if (parsed.ok) policy = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  }
  const confirmed = Number(attrs.SubscriptionsConfirmed)
  const topic: SnsTopic = {
    id: arn,
    arn,
    name: a?.resource ?? arn,
    accountId: a?.account || where.accountId,
    region: a?.region || where.region,
    policy,
    ...(attrs.KmsMasterKeyId ? { kmsMasterKeyId: attrs.KmsMasterKeyId } : {}),
    ...(attrs.SubscriptionsConfirmed !== undefined && Number.isFinite(confirmed) ? { subscriptionsConfirmed: confirmed } : {}),
  }
  if (Object.keys(unresolved).length) topic.unresolved = unresolved
  return topic
}

/**
 * The topics of the region. When a selected check evaluates topics one by one, every topic is
 * listed (ListTopics; a region without topics costs that one call). Otherwise only the topics
 * functions name (dead-letter targets, destinations, triggers) and alarms notify are read. Named
 * topics that do not exist are left out; ones that could not be read become a gap.
 */
export const snsTopicCollector: Collector = {
  id: 'sns.topic',
  produces: ['sns.topic'],
  actions: ['sns:ListTopics', 'sns:GetTopicAttributes', 'sns:ListSubscriptionsByTopic'],
  scope: 'regional',
  // Read when collected anyway: an account-wide topic scan must not list every function or alarm.
  uses: ['lambda.function', 'cloudwatch.alarm'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const named = [...new Set([...referencedQueuesOrTopics(sofar['lambda.function'] ?? [], region, 'sns'), ...alarmActionTopics(sofar['cloudwatch.alarm'] ?? [], region, ctx.accountId)])]
    const listAll = ctx.evaluated.has('sns.topic')
    const partial = listAll ? [] : [referencedOnly('sns.topic', region, named, 'Lambda functions and alarms')]
    if (!listAll && !named.length) return { resources: {}, gaps: [], partial }
    const { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand } = await import('@aws-sdk/client-sns')
    let listed: string[] = []
    if (listAll) {
      try {
        const entries = await collectPages((NextToken) => ctx.send(region, 'sns:ListTopics', new ListTopicsCommand({ ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken, (p) => p.Topics)
        listed = entries.flatMap((t) => (t.TopicArn ? [t.TopicArn] : []))
      } catch (err) {
        return { resources: {}, gaps: [gapFrom(err, 'sns.topic', region)] }
      }
    }
    const targets = [...new Set([...listed, ...named])].sort()
    const topics: SnsTopic[] = []
    const failures = new Map<string, { target: string; reason: string }[]>()
    await Promise.all(
      targets.map(async (arn) => {
        const where = parseArn(arn)?.region || region
        const r = await fetchOptional(ctx.send(where, 'sns:GetTopicAttributes', new GetTopicAttributesCommand({ TopicArn: arn })))
        if (r.ok) {
          const topic = mapSnsTopic(arn, r.value.Attributes ?? {}, { region: where, accountId: ctx.accountId })
          const subs = await fetchOptional(
            collectPages(
              (NextToken) => ctx.send(where, 'sns:ListSubscriptionsByTopic', new ListSubscriptionsByTopicCommand({ TopicArn: arn, ...(NextToken ? { NextToken } : {}) })),
              (p) => p.NextToken,
              (p) => p.Subscriptions,
            ),
          )
          if (subs.ok) topic.subscriptions = mapSubscriptions(subs.value)
          else if (!subs.absent) topic.unresolved = { ...topic.unresolved, subscriptions: subs.reason }
          topics.push(topic)
        }
        else if (!r.absent) failures.set(where, [...(failures.get(where) ?? []), { target: arn, reason: r.reason }])
      }),
    )
    topics.sort((x, y) => x.id.localeCompare(y.id))
    return { resources: { 'sns.topic': topics }, gaps: [...failures].flatMap(([r, f]) => lookupGap('sns.topic', r, 'topic', f)), ...(partial.length ? { partial } : {}) }
  },
}
