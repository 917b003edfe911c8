/**
 * General purpose S3 buckets, region by region. ListBuckets is a global call, but it accepts a
 * `BucketRegion` filter: each region asks only for its own buckets (one listing per region, and
 * nothing else in a region without buckets), and every per-bucket call goes to the bucket's own
 * regional endpoint, which avoids S3's cross-region redirects.
 *
 * When the scan collects CloudTrail trails anyway (a CloudTrail check is selected), the buckets
 * the region's trails deliver to are read too when the listing does not have them (a log-archive
 * bucket of another account, or one of ours in a region the scan does not cover):
 * GetBucketLocation first, then the same reads in the bucket's region. A trail bucket that does
 * not exist (NoSuchBucket) gives no resource — the trail checks report that anyone could create
 * it — and one that cannot be located (AccessDenied) gives a resource whose every field is
 * unresolved, never no resource. An S3-only scan does not list trails at all.
 *
 * Each bucket costs one call per configuration it has (policy, ACL, Block Public Access, Object
 * Ownership, default encryption, versioning, access logging, lifecycle, Object Lock). S3 answers
 * "not configured" with an error code per configuration (NoSuchBucketPolicy …): those become the
 * model's "none", any other failure an `unresolved` entry for that field only.
 */
import type {
  GetBucketAclOutput,
  GetBucketEncryptionOutput,
  GetBucketLifecycleConfigurationOutput,
  GetBucketLoggingOutput,
  GetBucketOwnershipControlsOutput,
  GetBucketPolicyOutput,
  GetBucketVersioningOutput,
  GetObjectLockConfigurationOutput,
  GetPublicAccessBlockOutput,
} from '@aws-sdk/client-s3'
import type { CloudTrailTrail } from '../../../model/monitoring.js'
import type { PublicAccessBlock, S3AclGrant, S3Bucket } from '../../../model/s3.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap, unresolvedReason, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'

/** The error codes with which S3 says "this bucket has no such configuration". */
const NOT_CONFIGURED = new Set([
  'NoSuchBucketPolicy',
  'NoSuchPublicAccessBlockConfiguration',
  'OwnershipControlsNotFoundError',
  'ServerSideEncryptionConfigurationNotFoundError',
  'NoSuchLifecycleConfiguration',
  'ObjectLockConfigurationNotFoundError',
])

/** The bucket was deleted between the listing and the call. */
class BucketGone extends Error {}

async function fetchConfig<T>(call: Promise<T>): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await call }
  } catch (err) {
    if (isAbort(err)) throw err
    if (err instanceof AwsCallError && err.code === 'NoSuchBucket') throw new BucketGone()
    if (err instanceof AwsCallError && NOT_CONFIGURED.has(err.code)) return { ok: false, absent: true }
    return { ok: false, absent: false, reason: unresolvedReason(err) }
  }
}

/** What the per-bucket calls returned. */
export type BucketDetails = BucketParts
export interface BucketParts {
  policy: Fetched<GetBucketPolicyOutput>
  acl: Fetched<GetBucketAclOutput>
  publicAccessBlock: Fetched<GetPublicAccessBlockOutput>
  ownership: Fetched<GetBucketOwnershipControlsOutput>
  encryption: Fetched<GetBucketEncryptionOutput>
  versioning: Fetched<GetBucketVersioningOutput>
  logging: Fetched<GetBucketLoggingOutput>
  lifecycle: Fetched<GetBucketLifecycleConfigurationOutput>
  objectLock: Fetched<GetObjectLockConfigurationOutput>
}

function block(c: GetPublicAccessBlockOutput['PublicAccessBlockConfiguration']): PublicAccessBlock | null {
  if (!c) return null
  return { blockPublicAcls: c.BlockPublicAcls ?? false, ignorePublicAcls: c.IgnorePublicAcls ?? false, blockPublicPolicy: c.BlockPublicPolicy ?? false, restrictPublicBuckets: c.RestrictPublicBuckets ?? false }
}

const OWNERSHIP = new Set(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'])

/** Maps one bucket's answers to the model. Pure. */
export function mapS3Bucket(name: string, region: string, parts: BucketParts, w: { accountId: string; partition: string }): S3Bucket {
  const { accountId, partition } = w
  const unresolved: Record<string, string> = {}
  const pick = <T, R>(field: string, f: Fetched<T>, ok: (v: T) => R, none: R, fallback: R): R => {
    if (f.ok) return ok(f.value)
    if (f.absent) return none
    unresolved[field] = f.reason
    return fallback
  }
  const arn = `arn:${partition}:s3:::${name}`
  const policy = pick(
    'policy',
    parts.policy,
    (v) => {
      if (!v.Policy) return null
      const parsed = parsePolicyDocument(v.Policy)
      if (parsed.ok) return parsed.document
      unresolved.policy = `the bucket policy could not be parsed (${parsed.error})`
      return null
    },
    null,
    null,
  )
  const acl = parts.acl.ok ? parts.acl.value : undefined
  if (!parts.acl.ok && !parts.acl.absent) unresolved.aclGrants = parts.acl.reason
  const aclGrants: S3AclGrant[] = (acl?.Grants ?? []).map((g) => ({
    granteeType: g.Grantee?.Type ?? 'CanonicalUser',
    ...(g.Grantee?.URI ? { granteeUri: g.Grantee.URI } : {}),
    ...(g.Grantee?.ID ? { granteeId: g.Grantee.ID } : {}),
    permission: g.Permission ?? 'FULL_CONTROL',
  }))
  const rule = parts.encryption.ok ? parts.encryption.value.ServerSideEncryptionConfiguration?.Rules?.[0] : undefined
  const bucket: S3Bucket = {
    id: arn,
    arn,
    name,
    accountId,
    region,
    policy,
    ...(acl?.Owner?.ID ? { ownerId: acl.Owner.ID } : {}),
    aclGrants,
    publicAccessBlock: pick('publicAccessBlock', parts.publicAccessBlock, (v) => block(v.PublicAccessBlockConfiguration), null, null),
    logging: pick(
      'logging',
      parts.logging,
      (v) => (v.LoggingEnabled?.TargetBucket ? { targetBucket: v.LoggingEnabled.TargetBucket, targetPrefix: v.LoggingEnabled.TargetPrefix ?? '' } : null),
      null,
      null,
    ),
    // Buckets that never set Object Ownership behave as ObjectWriter (ACLs enabled).
    objectOwnership: pick(
      'objectOwnership',
      parts.ownership,
      (v) => {
        const o = v.OwnershipControls?.Rules?.[0]?.ObjectOwnership
        return (o && OWNERSHIP.has(o) ? o : 'ObjectWriter') as NonNullable<S3Bucket['objectOwnership']>
      },
      'ObjectWriter' as const,
      'ObjectWriter' as const,
    ),
    encryption: pick(
      'encryption',
      parts.encryption,
      () =>
        rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm
          ? {
              algorithm: rule.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
              ...(rule.ApplyServerSideEncryptionByDefault.KMSMasterKeyID ? { kmsKeyId: rule.ApplyServerSideEncryptionByDefault.KMSMasterKeyID } : {}),
              ...(rule.BucketKeyEnabled !== undefined ? { bucketKeyEnabled: rule.BucketKeyEnabled } : {}),
            }
          : null,
      null,
      null,
    ),
    versioning: pick(
      'versioning',
      parts.versioning,
      (v) => ({ status: v.Status === 'Enabled' ? ('Enabled' as const) : v.Status === 'Suspended' ? ('Suspended' as const) : ('Off' as const), mfaDelete: v.MFADelete === 'Enabled' }),
      { status: 'Off' as const, mfaDelete: false },
      { status: 'Off' as const, mfaDelete: false },
    ),
    lifecycleRules: pick('lifecycleRules', parts.lifecycle, (v) => (v.Rules ?? []).map((r) => ({ ...(r.ID ? { id: r.ID } : {}), enabled: r.Status === 'Enabled' })), [], []),
    objectLock: pick(
      'objectLock',
      parts.objectLock,
      (v) => {
        const c = v.ObjectLockConfiguration
        const d = c?.Rule?.DefaultRetention
        return {
          enabled: c?.ObjectLockEnabled === 'Enabled',
          ...(d?.Mode === 'GOVERNANCE' || d?.Mode === 'COMPLIANCE' ? { defaultMode: d.Mode } : {}),
          ...(d?.Days !== undefined ? { defaultDays: d.Days } : {}),
          ...(d?.Years !== undefined ? { defaultYears: d.Years } : {}),
        }
      },
      { enabled: false },
      { enabled: false },
    ),
  }
  if (Object.keys(unresolved).length) bucket.unresolved = unresolved
  return bucket
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

/** A bucket whose location could not be read (another account's bucket, a denial): everything is unknown. Pure. */
export function unreadableBucket(name: string, region: string, reason: string, w: { accountId: string; partition: string }): S3Bucket {
  const arn = `arn:${w.partition}:s3:::${name}`
  const fields = ['policy', 'aclGrants', 'publicAccessBlock', 'logging', 'objectOwnership', 'encryption', 'versioning', 'lifecycleRules', 'objectLock']
  const unresolved: Record<string, string> = Object.fromEntries(fields.map((f) => [f, reason]))
  return { id: arn, arn, name, region, policy: null, aclGrants: [], publicAccessBlock: null, logging: null, unresolved }
}

/** The buckets these trails deliver to. Pure. */
export function trailBuckets(trails: readonly CloudTrailTrail[]): string[] {
  return [...new Set(trails.map((t) => t.s3BucketName).filter((b): b is string => Boolean(b)))].sort()
}

/** Buckets read at once per region; each makes nine calls, all through the S3 rate limiter. */
const BUCKETS_IN_PARALLEL = 4

export const s3BucketCollector: Collector = {
  id: 's3.bucket',
  produces: ['s3.bucket'],
  actions: [
    's3:ListAllMyBuckets',
    's3:GetBucketLocation',
    's3:GetBucketPolicy',
    's3:GetBucketAcl',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketOwnershipControls',
    's3:GetEncryptionConfiguration',
    's3:GetBucketVersioning',
    's3:GetBucketLogging',
    's3:GetLifecycleConfiguration',
    's3:GetBucketObjectLockConfiguration',
  ],
  scope: 'regional',
  // The trails name the buckets they deliver to, which may not be in this region's listing. Only
  // the CloudTrail checks need those buckets, and they select the trail collector themselves: an
  // S3-only scan does not list trails (a region without buckets costs the one ListBuckets call),
  // and a failed trail listing leaves the trail checks unknown through the trail gap, while this
  // region's own buckets, all in the listing, stay known.
  uses: ['cloudtrail.trail'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-s3')
    const w = { accountId: ctx.accountId, partition: ctx.partition }
    let names: string[]
    try {
      const listed = await collectPages(
        (ContinuationToken) => ctx.send(region, 's3:ListAllMyBuckets', new S.ListBucketsCommand({ BucketRegion: region, MaxBuckets: 1000, ...(ContinuationToken ? { ContinuationToken } : {}) })),
        (p) => p.ContinuationToken,
        (p) => p.Buckets,
      )
      // The filter is the service's; keep to it even if an emulator ignores it.
      names = listed.filter((b) => !b.BucketRegion || b.BucketRegion === region).map((b) => b.Name ?? '').filter(Boolean)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 's3.bucket', region)] }
    }
    const failures: { target: string; reason: string }[] = []
    let done = 0
    const read = async (Bucket: string, where: string): Promise<S3Bucket | undefined> => {
      const send = <O>(action: string, command: Parameters<AwsContext['send']>[2]) => fetchConfig(ctx.send(where, action, command) as Promise<O>)
      try {
        const [policy, acl, publicAccessBlock, ownership, encryption, versioning, logging, lifecycle, objectLock] = await Promise.all([
          send<GetBucketPolicyOutput>('s3:GetBucketPolicy', new S.GetBucketPolicyCommand({ Bucket })),
          send<GetBucketAclOutput>('s3:GetBucketAcl', new S.GetBucketAclCommand({ Bucket })),
          send<GetPublicAccessBlockOutput>('s3:GetBucketPublicAccessBlock', new S.GetPublicAccessBlockCommand({ Bucket })),
          send<GetBucketOwnershipControlsOutput>('s3:GetBucketOwnershipControls', new S.GetBucketOwnershipControlsCommand({ Bucket })),
          send<GetBucketEncryptionOutput>('s3:GetEncryptionConfiguration', new S.GetBucketEncryptionCommand({ Bucket })),
          send<GetBucketVersioningOutput>('s3:GetBucketVersioning', new S.GetBucketVersioningCommand({ Bucket })),
          send<GetBucketLoggingOutput>('s3:GetBucketLogging', new S.GetBucketLoggingCommand({ Bucket })),
          send<GetBucketLifecycleConfigurationOutput>('s3:GetLifecycleConfiguration', new S.GetBucketLifecycleConfigurationCommand({ Bucket })),
          send<GetObjectLockConfigurationOutput>('s3:GetBucketObjectLockConfiguration', new S.GetObjectLockConfigurationCommand({ Bucket })),
        ])
        return mapS3Bucket(Bucket, where, { policy, acl, publicAccessBlock, ownership, encryption, versioning, logging, lifecycle, objectLock }, w)
      } catch (err) {
        if (err instanceof BucketGone) return undefined
        if (isAbort(err)) throw err
        failures.push({ target: Bucket, reason: unresolvedReason(err) })
        return undefined
      } finally {
        ctx.progress({ region, collector: 's3.bucket', collected: ++done, done: false })
      }
    }
    const own = new Set(names)
    const buckets = (await mapLimit(names, BUCKETS_IN_PARALLEL, (name) => read(name, region))).filter((b): b is S3Bucket => b !== undefined)
    // Trail buckets this region's listing does not hold: found where they are, or reported unreadable.
    const others = trailBuckets(sofar['cloudtrail.trail'] ?? []).filter((name) => !own.has(name))
    const extra = await mapLimit(others, BUCKETS_IN_PARALLEL, async (Bucket): Promise<S3Bucket | undefined> => {
      const location = await fetchOptional(ctx.send(region, 's3:GetBucketLocation', new S.GetBucketLocationCommand({ Bucket })))
      if (!location.ok) return location.absent ? undefined : unreadableBucket(Bucket, region, location.reason, w)
      return read(Bucket, bucketRegion(location.value.LocationConstraint))
    })
    buckets.push(...extra.filter((b): b is S3Bucket => b !== undefined))
    buckets.sort((a, b) => a.id.localeCompare(b.id))
    return { resources: { 's3.bucket': buckets }, gaps: lookupGap('s3.bucket', region, 'bucket', failures) }
  },
}
