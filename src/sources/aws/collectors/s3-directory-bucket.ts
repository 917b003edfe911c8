/**
 * S3 Express One Zone directory buckets of each region: ListDirectoryBuckets (one call in a
 * region without any), then GetBucketLifecycleConfiguration per bucket. Both are Regional
 * endpoint operations (s3express-control.<region>, signed for `s3express`, IAM actions
 * `s3express:*`), made with the S3 client.
 *
 * Directory buckets exist only where S3 Express One Zone is offered (data/s3express-regions.json).
 * Elsewhere the Regional endpoint does not exist, which the SDK reports as an unresolvable host
 * (classified `Unsupported`): outside the documented regions that answer means "no directory
 * buckets here", inside them it is a gap, as is every other failure of the listing.
 */
import type { Bucket, GetBucketLifecycleConfigurationOutput } from '@aws-sdk/client-s3'
import s3expressRegions from '../../../../data/s3express-regions.json' with { type: 'json' }
import type { S3DirectoryBucket } from '../../../model/s3.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { notOfferedOrGap, offeredRegions } from './not-offered.js'

const S3EXPRESS_REGIONS = offeredRegions(s3expressRegions)
const CLIENT = { client: 's3' as const }

/**
 * One directory bucket and its lifecycle answer. `lifecycle`: the output, `null` for "no
 * lifecycle configuration" (NoSuchLifecycleConfiguration), or the reason it could not be read. Pure.
 */
export function mapDirectoryBucket(entry: Bucket, lifecycle: GetBucketLifecycleConfigurationOutput | null | { failure: string }, where: { region: string; accountId: string; partition: string }): S3DirectoryBucket {
  const name = entry.Name ?? ''
  const arn = entry.BucketArn ?? `arn:${where.partition}:s3express:${where.region}:${where.accountId}:bucket/${name}`
  const bucket: S3DirectoryBucket = { id: arn, arn, name, accountId: where.accountId, region: where.region, lifecycleRules: [] }
  if (lifecycle && 'failure' in lifecycle) bucket.unresolved = { lifecycleRules: lifecycle.failure }
  else if (lifecycle)
    bucket.lifecycleRules = (lifecycle.Rules ?? []).map((r) => ({
      ...(r.ID ? { id: r.ID } : {}),
      enabled: r.Status === 'Enabled',
      ...(r.Expiration?.Days !== undefined ? { expirationDays: r.Expiration.Days } : {}),
      ...(r.AbortIncompleteMultipartUpload?.DaysAfterInitiation !== undefined ? { abortIncompleteUploadDays: r.AbortIncompleteMultipartUpload.DaysAfterInitiation } : {}),
    }))
  return bucket
}

export const s3DirectoryBucketCollector: Collector = {
  id: 's3.directory-bucket',
  produces: ['s3.directory-bucket'],
  actions: ['s3express:ListAllMyDirectoryBuckets', 's3express:GetLifecycleConfiguration'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-s3')
    let entries: Bucket[]
    try {
      entries = await collectPages(
        (ContinuationToken) => ctx.send(region, 's3express:ListAllMyDirectoryBuckets', new S.ListDirectoryBucketsCommand({ MaxDirectoryBuckets: 1000, ...(ContinuationToken ? { ContinuationToken } : {}) }), CLIENT),
        (p) => p.ContinuationToken,
        (p) => p.Buckets,
      )
    } catch (err) {
      return notOfferedOrGap(err, 's3.directory-bucket', region, S3EXPRESS_REGIONS, { service: 'S3 Express One Zone', none: 'directory buckets' })
    }
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    // The listing answers for the endpoint's region; keep to it even if a response says otherwise.
    const here = entries.filter((b) => b.Name && (!b.BucketRegion || b.BucketRegion === region))
    const buckets = await mapLimit(here, 4, async (entry): Promise<S3DirectoryBucket | undefined> => {
      try {
        const out = await ctx.send(region, 's3express:GetLifecycleConfiguration', new S.GetBucketLifecycleConfigurationCommand({ Bucket: entry.Name }), CLIENT)
        return mapDirectoryBucket(entry, out, where)
      } catch (err) {
        if (isAbort(err)) throw err
        if (err instanceof AwsCallError && err.code === 'NoSuchLifecycleConfiguration') return mapDirectoryBucket(entry, null, where)
        // Deleted since the listing.
        if (err instanceof AwsCallError && err.code === 'NoSuchBucket') return undefined
        return mapDirectoryBucket(entry, { failure: unresolvedReason(err) }, where)
      }
    })
    return { resources: { 's3.directory-bucket': buckets.filter((b): b is S3DirectoryBucket => b !== undefined).sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}
