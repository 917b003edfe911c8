import type { Unresolved } from '../../../model/common.js'
import type { SnsTopic } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, lookupGap } from '../outcome.js'
import { parsePolicyDocument } from '../policy-document.js'
import { referencedTargets } from './targets.js'

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

/** The topics functions name as dead-letter target or destination (missing ones are left out). */
export const snsTopicCollector: Collector = {
  id: 'sns.topic',
  produces: ['sns.topic'],
  actions: ['sns:GetTopicAttributes'],
  scope: 'regional',
  dependsOn: ['lambda.function'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const targets = referencedTargets(sofar['lambda.function'] ?? [], region, 'sns')
    if (!targets.length) return { resources: {}, gaps: [] }
    const { GetTopicAttributesCommand } = await import('@aws-sdk/client-sns')
    const topics: SnsTopic[] = []
    const failures = new Map<string, { target: string; reason: string }[]>()
    await Promise.all(
      targets.map(async (arn) => {
        const where = parseArn(arn)?.region || region
        const r = await fetchOptional(ctx.send(where, 'sns:GetTopicAttributes', new GetTopicAttributesCommand({ TopicArn: arn })))
        if (r.ok) topics.push(mapSnsTopic(arn, r.value.Attributes ?? {}, { region: where, accountId: ctx.accountId }))
        else if (!r.absent) failures.set(where, [...(failures.get(where) ?? []), { target: arn, reason: r.reason }])
      }),
    )
    topics.sort((x, y) => x.id.localeCompare(y.id))
    return { resources: { 'sns.topic': topics }, gaps: [...failures].flatMap(([r, f]) => lookupGap('sns.topic', r, 'topic', f)) }
  },
}
