import type { Unresolved } from '../../../model/common.js'
import type { SqsQueue } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, lookupGap, type Fetched } from '../outcome.js'
import { parsePolicyDocument } from '../policy-document.js'
import { referencedQueuesOrTopics } from './targets.js'

/** Maps GetQueueAttributes(All) for one queue. Pure. */
export function mapSqsQueue(arn: string, url: string | undefined, attributes: Fetched<Record<string, string>>, where: { region: string; accountId: string }): SqsQueue {
  const a = parseArn(arn)
  const unresolved: Unresolved = {}
  let policy: SqsQueue['policy'] = null
  const queue: SqsQueue = {
    id: arn,
    arn,
    name: a?.resource ?? arn,
    accountId: a?.account || where.accountId,
    region: a?.region || where.region,
    ...(url ? { url } : {}),
    policy,
  }
  if (attributes.ok) {
    const attrs = attributes.value
    if (attrs.Policy) {
      const parsed = parsePolicyDocument(attrs.Policy)
      if (parsed.ok) policy = parsed.document
      else unresolved.policy = `ParseError (${parsed.error})`
    }
    queue.policy = policy
    if (attrs.KmsMasterKeyId) queue.kmsMasterKeyId = attrs.KmsMasterKeyId
    if (attrs.SqsManagedSseEnabled !== undefined) queue.sqsManagedSse = attrs.SqsManagedSseEnabled === 'true'
  } else {
    const why = attributes.absent ? 'NotFound (sqs:GetQueueAttributes)' : attributes.reason
    for (const f of ['policy', 'kmsMasterKeyId', 'sqsManagedSse']) unresolved[f] = why
  }
  if (Object.keys(unresolved).length) queue.unresolved = unresolved
  return queue
}

/**
 * The queues functions name as dead-letter queue or destination, and the queues that trigger
 * them (event source mappings, SourceArn of policy grants). A queue that does not exist is
 * left out, so a check can report the target as missing; one that could not be read becomes a gap.
 */
export const sqsQueueCollector: Collector = {
  id: 'sqs.queue',
  produces: ['sqs.queue'],
  actions: ['sqs:GetQueueUrl', 'sqs:GetQueueAttributes'],
  scope: 'regional',
  dependsOn: ['lambda.function'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const targets = referencedQueuesOrTopics(sofar['lambda.function'] ?? [], region, 'sqs')
    if (!targets.length) return { resources: {}, gaps: [] }
    const S = await import('@aws-sdk/client-sqs')
    const queues: SqsQueue[] = []
    const failures = new Map<string, { target: string; reason: string }[]>()
    await Promise.all(
      targets.map(async (arn) => {
        const a = parseArn(arn)!
        const where = a.region || region
        const url = await fetchOptional(
          ctx.send(where, 'sqs:GetQueueUrl', new S.GetQueueUrlCommand({ QueueName: a.resource, ...(a.account ? { QueueOwnerAWSAccountId: a.account } : {}) })),
        )
        if (!url.ok) {
          if (!url.absent) failures.set(where, [...(failures.get(where) ?? []), { target: arn, reason: url.reason }])
          return
        }
        const QueueUrl = url.value.QueueUrl
        const attrs = await fetchOptional(ctx.send(where, 'sqs:GetQueueAttributes', new S.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        if (!attrs.ok && attrs.absent) return // deleted in between
        const attributes: Fetched<Record<string, string>> = attrs.ok ? { ok: true, value: attrs.value.Attributes ?? {} } : attrs
        queues.push(mapSqsQueue(arn, QueueUrl, attributes, { region: where, accountId: ctx.accountId }))
      }),
    )
    queues.sort((x, y) => x.id.localeCompare(y.id))
    return { resources: { 'sqs.queue': queues }, gaps: [...failures].flatMap(([r, f]) => lookupGap('sqs.queue', r, 'queue', f)) }
  },
}
