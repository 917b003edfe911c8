/**
 * aws_sqs_queue (+ aws_sqs_queue_policy) → `sqs.queue`; aws_sns_topic (+ aws_sns_topic_policy)
 * → `sns.topic`. A separate policy resource replaces the inline `policy` argument, as the
 * last SetQueueAttributes/SetTopicAttributes call does in AWS.
 */
import type { PolicyDocument } from '../../../model/common.js'
import { identity, Unknown } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

function attachedPolicy(ctx: AdapterContext, f: Fields, policyType: string, targetAttr: string, designations: string[]): { policy: PolicyDocument | null; joined: TfInstance[] } {
  let policy: PolicyDocument | null = f.policy('policy', 'policy') ?? null
  const joined: TfInstance[] = []
  for (const p of ctx.byType(policyType)) {
    const target = p.values[targetAttr]
    const id = identity(target)
    if (id === undefined) {
      f.mark('policy', `${p.address}: ${targetAttr} ${target instanceof Unknown ? target.reason : 'is not set'}`)
      continue
    }
    if (!designations.includes(id)) continue
    joined.push(p)
    f.locateResource('policy', p)
    policy = f.policy('policy', 'policy', p) ?? null
    if (p.existence) f.mark('policy', `${p.address} exists only if ${p.existence} allows it`)
  }
  return { policy, joined }
}

export function adaptQueues(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_sqs_queue')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const url = f.ident('url', inst.computed('url')) ?? PLACEHOLDER
    const { policy, joined } = attachedPolicy(ctx, f, 'aws_sqs_queue_policy', 'queue_url', [url, arn])
    const kms = f.id('kmsMasterKeyId', 'kms_master_key_id')
    // New queues get SSE-SQS unless a KMS key is chosen or it is turned off explicitly.
    const sse = f.bool('sqsManagedSse', 'sqs_managed_sse_enabled') ?? !kms
    ctx.emit('sqs.queue', f.finish({ ...f.base(inst.id, name, { arn }), url, policy, ...(kms ? { kmsMasterKeyId: kms } : {}), sqsManagedSse: sse }), inst, joined)
  }
}

export function adaptTopics(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_sns_topic')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const { policy, joined } = attachedPolicy(ctx, f, 'aws_sns_topic_policy', 'arn', [arn])
    const kms = f.id('kmsMasterKeyId', 'kms_master_key_id')
    ctx.emit('sns.topic', f.finish({ ...f.base(inst.id, name, { arn }), policy, ...(kms ? { kmsMasterKeyId: kms } : {}) }), inst, joined)
  }
}
