/**
 * S3 Control: the account's Block Public Access (global, once per scan) and the access points of
 * each region. S3 Control authorizes as `s3:` but is its own SDK client, picked with
 * `client: 's3-control'`; every call names the account (`AccountId`).
 */
import type { AccessPoint, GetAccessPointResult, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { PublicAccessBlock, S3AccessPoint, S3AccountSettings } from '../../../model/s3.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { gapFrom, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'

const CLIENT = { client: 's3-control' as const }

function block(c: PublicAccessBlockConfiguration | undefined): PublicAccessBlock | null {
  if (!c) return null
  return { blockPublicAcls: c.BlockPublicAcls ?? false, ignorePublicAcls: c.IgnorePublicAcls ?? false, blockPublicPolicy: c.BlockPublicPolicy ?? false, restrictPublicBuckets: c.RestrictPublicBuckets ?? false }
}

/** The account-settings resource. Pure. `failure`: why the configuration could not be read. */
export function mapAccountSettings(accountId: string, partition: string, config: PublicAccessBlockConfiguration | undefined, failure?: string): S3AccountSettings {
  const settings: S3AccountSettings = {
    id: `arn:${partition}:s3:::account/${accountId}`,
    name: `S3 settings of account ${accountId}`,
    accountId,
    region: GLOBAL_REGION,
    publicAccessBlock: block(config),
  }
  if (failure) settings.unresolved = { publicAccessBlock: failure }
  return settings
}

/**
 * Account-level Block Public Access. No configuration (NoSuchPublicAccessBlockConfiguration) is
 * an answer — nothing blocked at the account level; any other failure leaves the setting
 * unresolved, so that every check that relies on it says unknown.
 */
export const s3AccountSettingsCollector: Collector = {
  id: 's3.account-settings',
  produces: ['s3.account-settings'],
  actions: ['s3:GetAccountPublicAccessBlock'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const C = await import('@aws-sdk/client-s3-control')
    try {
      const out = await ctx.send(region, 's3:GetAccountPublicAccessBlock', new C.GetPublicAccessBlockCommand({ AccountId: ctx.accountId }), CLIENT)
      return { resources: { 's3.account-settings': [mapAccountSettings(ctx.accountId, ctx.partition, out.PublicAccessBlockConfiguration)] }, gaps: [] }
    } catch (err) {
      if (isAbort(err)) throw err
      if (err instanceof AwsCallError && err.code === 'NoSuchPublicAccessBlockConfiguration') return { resources: { 's3.account-settings': [mapAccountSettings(ctx.accountId, ctx.partition, undefined)] }, gaps: [] }
      return { resources: { 's3.account-settings': [mapAccountSettings(ctx.accountId, ctx.partition, undefined, unresolvedReason(err))] }, gaps: [] }
    }
  },
}

/** One access point, from its listing entry and (when read) its own description. Pure. */
export function mapAccessPoint(entry: AccessPoint, detail: GetAccessPointResult | undefined, region: string, accountId: string, failure?: string): S3AccessPoint {
  const arn = entry.AccessPointArn ?? detail?.AccessPointArn ?? `arn:aws:s3:${region}:${accountId}:accesspoint/${entry.Name ?? ''}`
  const origin = detail?.NetworkOrigin ?? entry.NetworkOrigin
  const vpcId = detail?.VpcConfiguration?.VpcId ?? entry.VpcConfiguration?.VpcId
  const ap: S3AccessPoint = {
    id: arn,
    arn,
    name: entry.Name ?? arn,
    accountId,
    region,
    bucket: entry.Bucket ?? detail?.Bucket ?? '',
    ...(entry.BucketAccountId ? { bucketAccountId: entry.BucketAccountId } : {}),
    networkOrigin: origin === 'VPC' ? 'VPC' : 'Internet',
    ...(vpcId ? { vpcId } : {}),
    publicAccessBlock: block(detail?.PublicAccessBlockConfiguration),
  }
  if (failure) ap.unresolved = { publicAccessBlock: failure }
  return ap
}

/**
 * Access points of general purpose buckets in each region: ListAccessPoints (one call in a region
 * without any), then GetAccessPoint for each, since only it reports the access point's Block
 * Public Access settings.
 */
export const s3AccessPointCollector: Collector = {
  id: 's3.access-point',
  produces: ['s3.access-point'],
  actions: ['s3:ListAccessPoints', 's3:GetAccessPoint'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const C = await import('@aws-sdk/client-s3-control')
    const AccountId = ctx.accountId
    let entries: AccessPoint[]
    try {
      entries = await collectPages(
        (NextToken) => ctx.send(region, 's3:ListAccessPoints', new C.ListAccessPointsCommand({ AccountId, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }), CLIENT),
        (p) => p.NextToken,
        (p) => p.AccessPointList,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 's3.access-point', region)] }
    }
    const points = await mapLimit(entries, 4, async (e): Promise<S3AccessPoint | undefined> => {
      try {
        const detail = await ctx.send(region, 's3:GetAccessPoint', new C.GetAccessPointCommand({ AccountId, Name: e.Name }), CLIENT)
        return mapAccessPoint(e, detail, region, AccountId)
      } catch (err) {
        if (isAbort(err)) throw err
        // Deleted since the listing.
        if (err instanceof AwsCallError && (err.code === 'NoSuchAccessPoint' || err.kind === 'NotFound')) return undefined
        return mapAccessPoint(e, undefined, region, AccountId, unresolvedReason(err))
      }
    })
    return { resources: { 's3.access-point': points.filter((p): p is S3AccessPoint => p !== undefined) }, gaps: [] }
  },
}
