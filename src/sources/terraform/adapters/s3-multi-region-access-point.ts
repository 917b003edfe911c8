/**
 * aws_s3control_multi_region_access_point → `s3.multi-region-access-point` (global). Without a
 * `details.public_access_block` block S3 creates the access point with all four settings on, and
 * the provider defaults each setting the block leaves out to true as well.
 */
import { Unknown } from '../eval/values.js'
import { blocksOf, Fields, PLACEHOLDER, valueAt, type AdapterContext } from './fields.js'
import { ALL_ON, blockFrom } from './s3.js'

export function adaptS3MultiRegionAccessPoints(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_s3control_multi_region_access_point')) {
    const f = new Fields(ctx, inst)
    const name = f.str('name', 'details.0.name') ?? PLACEHOLDER
    const alias = f.ident('alias', inst.computed('alias')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const block = valueAt(inst.values, 'details.0.public_access_block')
    if (block instanceof Unknown) f.mark('publicAccessBlock', block.reason)
    const publicAccessBlock = blocksOf(block).length > 0 ? blockFrom(f, 'details.0.public_access_block.0.', true) : { ...ALL_ON }
    const regions = valueAt(inst.values, 'details.0.region')
    if (regions instanceof Unknown) f.mark('buckets', regions.reason)
    const buckets = blocksOf(regions).map((_, i) => ({ bucket: f.id(`buckets.${i}.bucket`, `details.0.region.${i}.bucket`) ?? PLACEHOLDER, region: PLACEHOLDER }))
    ctx.emit('s3.multi-region-access-point', f.finish({ ...f.base(inst.id, name, { arn, global: true }), alias, buckets, publicAccessBlock }), inst)
  }
}
