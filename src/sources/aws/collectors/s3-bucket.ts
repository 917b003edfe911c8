import type { GetBucketAclOutput, GetBucketLoggingOutput, GetBucketPolicyOutput, GetPublicAccessBlockOutput } from '@aws-sdk/client-s3'
import type { Unresolved } from '../../../model/common.js'
import type { CloudTrailTrail } from '../../../model/monitoring.js'
import type { S3Bucket } from '../../../model/s3.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, type Fetched } from '../outcome.js'
import { parsePolicyDocument } from '../policy-document.js'

export interface BucketDetails {
  policy: Fetched<GetBucketPolicyOutput>
  acl: Fetched<GetBucketAclOutput>
  publicAccessBlock: Fetched<GetPublicAccessBlockOutput>
  logging: Fetched<GetBucketLoggingOutput>
}

/**
 * GetBucketLocation's LocationConstraint: empty (null) means us-east-1, and the legacy `EU` means
 * eu-west-1. Pure.
 */
export function bucketRegion(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1'
  if (constraint === 'EU') return 'eu-west-1'
  return constraint
}

/** Maps the configuration reads of one bucket; a failed read becomes an unresolved field. Pure. */
export function mapS3Bucket(name: string, region: string, d: BucketDetails, w: { accountId: string; partition: string }): S3Bucket {
  const arn = `arn:${w.partition}:s3:::${name}`
  const unresolved: Unresolved = {}
  const why = (f: Fetched<unknown>) => (f.ok ? '' : f.absent ? '' : f.reason)
  let policy: S3Bucket['policy'] = null
  if (d.policy.ok) {
    const parsed = parsePolicyDocument(d.policy.value.Policy)
    if (parsed.ok) policy = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  } else if (!d.policy.absent) unresolved.policy = why(d.policy)
  const acl = d.acl.ok ? d.acl.value : undefined
  if (!d.acl.ok) unresolved.aclGrants = d.acl.absent ? 'NotFound (s3:GetBucketAcl)' : why(d.acl)
  let publicAccessBlock: S3Bucket['publicAccessBlock'] = null
  if (d.publicAccessBlock.ok) {
    const c = d.publicAccessBlock.value.PublicAccessBlockConfiguration
    publicAccessBlock = { blockPublicAcls: c?.BlockPublicAcls ?? false, ignorePublicAcls: c?.IgnorePublicAcls ?? false, blockPublicPolicy: c?.BlockPublicPolicy ?? false, restrictPublicBuckets: c?.RestrictPublicBuckets ?? false }
  } else if (!d.publicAccessBlock.absent) unresolved.publicAccessBlock = why(d.publicAccessBlock)
  let logging: S3Bucket['logging'] = null
  if (d.logging.ok) {
    const l = d.logging.value.LoggingEnabled
    if (l?.TargetBucket) logging = { targetBucket: l.TargetBucket, targetPrefix: l.TargetPrefix ?? '' }
  } else unresolved.logging = d.logging.absent ? 'NotFound (s3:GetBucketLogging)' : why(d.logging)
  const bucket: S3Bucket = {
    id: arn,
    arn,
    name,
    accountId: w.accountId,
    region,
    policy,
    ...(acl?.Owner?.ID ? { ownerId: acl.Owner.ID } : {}),
    aclGrants: (acl?.Grants ?? []).map((g) => ({
      granteeType: g.Grantee?.Type ?? 'CanonicalUser',
      ...(g.Grantee?.URI ? { granteeUri: g.Grantee.URI } : {}),
      ...(g.Grantee?.ID ? { granteeId: g.Grantee.ID } : {}),
      permission: g.Permission ?? '',
    })),
    publicAccessBlock,
    logging,
  }
  if (Object.keys(unresolved).length) bucket.unresolved = unresolved
  return bucket
}

/** A bucket whose location could not be read (another account's bucket, a denial): everything is unknown. Pure. */
export function unreadableBucket(name: string, region: string, reason: string, w: { accountId: string; partition: string }): S3Bucket {
  const arn = `arn:${w.partition}:s3:::${name}`
  const unresolved: Unresolved = { policy: reason, aclGrants: reason, publicAccessBlock: reason, logging: reason }
  return { id: arn, arn, name, region, policy: null, aclGrants: [], publicAccessBlock: null, logging: null, unresolved }
}

/** The buckets this region's trails deliver to. Pure. */
export function trailBuckets(trails: readonly CloudTrailTrail[]): string[] {
  return [...new Set(trails.map((t) => t.s3BucketName).filter((b): b is string => Boolean(b)))].sort()
}

/**
 * The S3 buckets CloudTrail trails deliver to (only those: S3 is not inventoried wholesale yet).
 * GetBucketLocation first — a bucket that does not exist (NoSuchBucket) gives no resource, which
 * the trail checks report — then the policy, ACL, Block Public Access and logging reads in the
 * bucket's own region. Missing policy or Block Public Access settings are real answers (none).
 */
export const s3BucketCollector: Collector = {
  id: 's3.bucket',
  produces: ['s3.bucket'],
  actions: ['s3:GetBucketLocation', 's3:GetBucketPolicy', 's3:GetBucketAcl', 's3:GetBucketPublicAccessBlock', 's3:GetBucketLogging'],
  scope: 'regional',
  dependsOn: ['cloudtrail.trail'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const names = trailBuckets(sofar['cloudtrail.trail'] ?? [])
    if (!names.length) return { resources: {}, gaps: [] }
    const S3 = await import('@aws-sdk/client-s3')
    const w = { accountId: ctx.accountId, partition: ctx.partition }
    const buckets: S3Bucket[] = []
    await Promise.all(
      names.map(async (Bucket) => {
        const location = await fetchOptional(ctx.send(region, 's3:GetBucketLocation', new S3.GetBucketLocationCommand({ Bucket })))
        if (!location.ok) {
          if (location.absent) return // NoSuchBucket: the trail names a bucket that does not exist.
          // Not readable (usually a log bucket in another account): the bucket exists as far as we know.
          buckets.push(unreadableBucket(Bucket, region, location.reason, w))
          return
        }
        const where = bucketRegion(location.value.LocationConstraint)
        const [policy, acl, publicAccessBlock, logging] = await Promise.all([
          fetchOptional(ctx.send(where, 's3:GetBucketPolicy', new S3.GetBucketPolicyCommand({ Bucket }))),
          fetchOptional(ctx.send(where, 's3:GetBucketAcl', new S3.GetBucketAclCommand({ Bucket }))),
          fetchOptional(ctx.send(where, 's3:GetBucketPublicAccessBlock', new S3.GetPublicAccessBlockCommand({ Bucket }))),
          fetchOptional(ctx.send(where, 's3:GetBucketLogging', new S3.GetBucketLoggingCommand({ Bucket }))),
        ])
        if (!acl.ok && acl.absent) return // deleted between the calls
        buckets.push(mapS3Bucket(Bucket, where, { policy, acl, publicAccessBlock, logging }, w))
      }),
    )
    buckets.sort((a, b) => a.id.localeCompare(b.id))
    return { resources: { 's3.bucket': buckets }, gaps: [] }
  },
}
