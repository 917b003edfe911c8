import type { Unresolved } from '../../../model/common.js'
import type { SqsQueue } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'
import { referencedOnly, referencedQueuesOrTopics } from './targets.js'

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

/** `arn:aws:sqs:region:account:name` of a queue URL (`https://sqs.region.amazonaws.com/account/name`, or an emulator's). Pure. */
export function queueArnOfUrl(url: string, region: string, partition: string): string | undefined {
  const parts = url.replace(/\/+$/, '').split('/')
  const [account, name] = parts.slice(-2)
  return account && name && /^\d{12}$/.test(account) ? `arn:${partition}:sqs:${region}:${account}:${name}` : undefined
}

/**
 * The queues of the region. When a selected check evaluates queues one by one, every queue is
 * listed (ListQueues, then GetQueueAttributes per queue): the first call short-circuits a region
 * without queues. Otherwise only the queues functions name are looked up — dead-letter queues,
 * destinations and the queues that trigger them (event source mappings, SourceArn of policy
 * grants) — and, in both modes, the named queues of other regions or accounts too. A named queue
 * that does not exist is left out, so a check can report the target as missing; one that could
 * not be read becomes a gap.
 */
export const sqsQueueCollector: Collector = {
  id: 'sqs.queue',
  produces: ['sqs.queue'],
  actions: ['sqs:ListQueues', 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes'],
  scope: 'regional',
  // Functions are read when they are collected anyway (for the Lambda checks' joins), but an
  // account-wide queue scan must not pay for listing every function.
  uses: ['lambda.function'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const listAll = ctx.evaluated.has('sqs.queue')
    const named = referencedQueuesOrTopics(sofar['lambda.function'] ?? [], region, 'sqs')
    const partial = listAll ? [] : [referencedOnly('sqs.queue', region, named, 'Lambda functions')]
    if (!listAll && !named.length) return { resources: {}, gaps: [], partial }
    const S = await import('@aws-sdk/client-sqs')
    const queues: SqsQueue[] = []
    const failures = new Map<string, { target: string; reason: string }[]>()
    const byUrl = new Map<string, string>()
    if (listAll) {
      try {
        const urls = await collectPages(
          (NextToken) => ctx.send(region, 'sqs:ListQueues', new S.ListQueuesCommand({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) })),
          (p) => p.NextToken,
          (p) => p.QueueUrls,
        )
        for (const url of urls) {
          const arn = queueArnOfUrl(url, region, ctx.partition)
          if (arn) byUrl.set(arn, url)
        }
      } catch (err) {
        return { resources: {}, gaps: [gapFrom(err, 'sqs.queue', region)] }
      }
    }
    const targets = [...new Set([...byUrl.keys(), ...named])].sort()
    await Promise.all(
      targets.map(async (arn) => {
        const a = parseArn(arn)!
        const where = a.region || region
        let QueueUrl = byUrl.get(arn)
        if (!QueueUrl) {
          const url = await fetchOptional(
            ctx.send(where, 'sqs:GetQueueUrl', new S.GetQueueUrlCommand({ QueueName: a.resource, ...(a.account ? { QueueOwnerAWSAccountId: a.account } : {}) })),
          )
          if (!url.ok) {
            if (!url.absent) failures.set(where, [...(failures.get(where) ?? []), { target: arn, reason: url.reason }])
            return
          }
          QueueUrl = url.value.QueueUrl
        }
        const attrs = await fetchOptional(ctx.send(where, 'sqs:GetQueueAttributes', new S.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        if (!attrs.ok && attrs.absent) return // deleted in between
        const attributes: Fetched<Record<string, string>> = attrs.ok ? { ok: true, value: attrs.value.Attributes ?? {} } : attrs
        queues.push(mapSqsQueue(arn, QueueUrl, attributes, { region: where, accountId: ctx.accountId }))
      }),
    )
    queues.sort((x, y) => x.id.localeCompare(y.id))
    return { resources: { 'sqs.queue': queues }, gaps: [...failures].flatMap(([r, f]) => lookupGap('sqs.queue', r, 'queue', f)), ...(partial.length ? { partial } : {}) }
  },
}
