/**
 * S3 Multi-Region Access Points of the account, once per scan. Their control plane is in US West
 * (Oregon) only: S3 routes every Multi-Region Access Point control request to us-west-2, so the
 * listing goes there whatever regions the scan covers. One ListMultiRegionAccessPoints call (per
 * page of 100) reports each access point with its own Block Public Access settings; nothing is
 * read per access point. S3 Control signs as `s3` but is its own SDK client.
 */
import type { MultiRegionAccessPointReport } from '@aws-sdk/client-s3-control'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { S3MultiRegionAccessPoint } from '../../../model/s3.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

const CLIENT = { client: 's3-control' as const }

/**
 * Where the Multi-Region Access Point control plane answers: us-west-2 in the commercial
 * partition. Other partitions are asked in the scan's home region, and a "not offered" answer
 * there means none exist.
 */
export function multiRegionControlRegion(partition: string, home: string): string {
  return partition === 'aws' ? 'us-west-2' : home
}

/** One access point from its report. The ARN names the alias, not the name. Pure. */
export function mapMultiRegionAccessPoint(r: MultiRegionAccessPointReport, w: { accountId: string; partition: string }): S3MultiRegionAccessPoint {
  const alias = r.Alias ?? ''
  const arn = `arn:${w.partition}:s3::${w.accountId}:accesspoint/${alias}`
  const b = r.PublicAccessBlock
  return {
    id: arn,
    arn,
    name: r.Name ?? alias,
    accountId: w.accountId,
    region: GLOBAL_REGION,
    alias,
    ...(r.Status ? { status: r.Status } : {}),
    buckets: (r.Regions ?? []).map((x) => ({ bucket: x.Bucket ?? '', region: x.Region ?? '' })),
    // A missing configuration or flag can only come from a partial answer: read as off, never as on.
    publicAccessBlock: b ? { blockPublicAcls: b.BlockPublicAcls ?? false, ignorePublicAcls: b.IgnorePublicAcls ?? false, blockPublicPolicy: b.BlockPublicPolicy ?? false, restrictPublicBuckets: b.RestrictPublicBuckets ?? false } : null,
  }
}

export const s3MultiRegionAccessPointCollector: Collector = {
  id: 's3.multi-region-access-point',
  produces: ['s3.multi-region-access-point'],
  actions: ['s3:ListMultiRegionAccessPoints'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const C = await import('@aws-sdk/client-s3-control')
    const where = multiRegionControlRegion(ctx.partition, region)
    try {
      const reports = await collectPages(
        (NextToken) => ctx.send(where, 's3:ListMultiRegionAccessPoints', new C.ListMultiRegionAccessPointsCommand({ AccountId: ctx.accountId, MaxResults: 100, ...(NextToken ? { NextToken } : {}) }), CLIENT),
        (p) => p.NextToken,
        (p) => p.AccessPoints,
      )
      const w = { accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 's3.multi-region-access-point': reports.map((r) => mapMultiRegionAccessPoint(r, w)).sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
    } catch (err) {
      if (isAbort(err)) throw err
      if (err instanceof AwsCallError && err.kind === 'Unsupported' && ctx.partition !== 'aws') {
        return { resources: { 's3.multi-region-access-point': [] }, gaps: [], notes: [`Multi-Region Access Points are not offered in the ${ctx.partition} partition (${err.code}).`] }
      }
      return { resources: {}, gaps: [gapFrom(err, 's3.multi-region-access-point', GLOBAL_REGION)] }
    }
  },
}
