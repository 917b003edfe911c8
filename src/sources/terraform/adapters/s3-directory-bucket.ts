/**
 * aws_s3_directory_bucket with the aws_s3_bucket_lifecycle_configuration that names it →
 * `s3.directory-bucket`. The provider manages a directory bucket's lifecycle with the same
 * resource type as a general purpose bucket's; the link is the `bucket` argument (the bucket's
 * name, or its `id`, which is the name). A lifecycle configuration whose bucket cannot be
 * resolved may belong to any directory bucket of the configuration: those without a resolved
 * configuration of their own are then unknown, never "no lifecycle".
 */
import type { S3DirectoryLifecycleRule } from '../../../model/s3.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, firstBlock, PLACEHOLDER, type AdapterContext } from './fields.js'

const num = (v: Value | undefined): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined)

/**
 * True when a lifecycle configuration's `bucket` names a bucket this configuration can tell:
 * a known name, or an attribute of a managed resource (symbol `${aws_s3_bucket.logs.id}`). A variable, a
 * module output or a data source could be any bucket.
 */
function resolvable(v: Value | undefined): boolean {
  if (typeof v === 'string') return true
  return v instanceof Unknown && typeof v.symbol === 'string' && /^\$\{aws_[a-z0-9_]+\.[^.}]+\./.test(v.symbol)
}

export function adaptS3DirectoryBuckets(ctx: AdapterContext): void {
  const lifecycles = ctx.byType('aws_s3_bucket_lifecycle_configuration')
  const unlinked = lifecycles.filter((l) => !resolvable(l.values.bucket))
  for (const inst of ctx.byType('aws_s3_directory_bucket')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.values.bucket as Value | undefined) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? `arn:${ctx.options.partition}:s3express:${ctx.options.region}:${ctx.options.accountId}:bucket/${name}`
    const designations = new Set([name, arn, identity(inst.computed('id')) ?? name])
    const joined: TfInstance[] = lifecycles.filter((l) => {
      const target = identity(l.values.bucket)
      return resolvable(l.values.bucket) && target !== undefined && designations.has(target)
    })
    const lifecycleRules: S3DirectoryLifecycleRule[] = []
    for (const l of joined) {
      const rules = l.values.rule
      if (rules instanceof Unknown) f.mark('lifecycleRules', rules.reason)
      for (const r of blocksOf(rules)) {
        const expiration = firstBlock(r, 'expiration')
        const abort = firstBlock(r, 'abort_incomplete_multipart_upload')
        if (expiration instanceof Unknown || abort instanceof Unknown || r.status instanceof Unknown) f.mark('lifecycleRules', `${l.address}: a rule with unknown values`)
        const days = expiration && !(expiration instanceof Unknown) ? num(expiration.days) : undefined
        const abortDays = abort && !(abort instanceof Unknown) ? num(abort.days_after_initiation) : undefined
        lifecycleRules.push({ ...(typeof r.id === 'string' ? { id: r.id } : {}), enabled: r.status === 'Enabled', ...(days !== undefined ? { expirationDays: days } : {}), ...(abortDays !== undefined ? { abortIncompleteUploadDays: abortDays } : {}) })
      }
      f.locateResource('lifecycleRules', l)
      if (l.existence) f.mark('lifecycleRules', `${l.address} exists only if ${l.existence} allows it`)
    }
    if (!joined.length && unlinked.length) f.mark('lifecycleRules', `${unlinked[0]!.address}: bucket cannot be resolved, it may be this directory bucket's lifecycle configuration`)
    ctx.emit('s3.directory-bucket', f.finish({ ...f.base(inst.id, name, { arn }), lifecycleRules }), inst, joined)
  }
}
