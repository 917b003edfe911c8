import type { GetEventSelectorsResponse, GetTrailStatusResponse, Trail } from '@aws-sdk/client-cloudtrail'
import type { Unresolved } from '../../../model/common.js'
import type { AdvancedEventSelector, CloudTrailTrail, EventSelector } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'

export interface TrailDetails {
  status: Fetched<GetTrailStatusResponse>
  selectors: Fetched<GetEventSelectorsResponse>
}

/** Pure. */
export function mapTrail(t: Trail, d: TrailDetails, where: { region: string; accountId: string }): CloudTrailTrail {
  const arn = t.TrailARN ?? ''
  const unresolved: Unresolved = {}
  let isLogging = false
  let cwDelivery: Pick<CloudTrailTrail, 'latestCloudWatchLogsDeliveryTime' | 'latestCloudWatchLogsDeliveryError'> = {}
  if (d.status.ok) {
    isLogging = d.status.value.IsLogging ?? false
    const last = d.status.value.LatestCloudWatchLogsDeliveryTime
    const error = d.status.value.LatestCloudWatchLogsDeliveryError
    cwDelivery = { ...(last ? { latestCloudWatchLogsDeliveryTime: new Date(last).toISOString() } : {}), ...(error ? { latestCloudWatchLogsDeliveryError: error } : {}) }
  } else {
    const why = d.status.absent ? 'NotFound (cloudtrail:GetTrailStatus)' : d.status.reason
    unresolved.isLogging = why
    unresolved.latestCloudWatchLogsDeliveryTime = why
    unresolved.latestCloudWatchLogsDeliveryError = why
  }
  let eventSelectors: EventSelector[] = []
  let advancedEventSelectors: AdvancedEventSelector[] = []
  if (d.selectors.ok) {
    eventSelectors = (d.selectors.value.EventSelectors ?? []).map((s) => ({
      ...(s.ReadWriteType ? { readWriteType: s.ReadWriteType } : {}),
      ...(s.IncludeManagementEvents !== undefined ? { includeManagementEvents: s.IncludeManagementEvents } : {}),
      dataResources: (s.DataResources ?? []).map((r) => ({ type: r.Type ?? '', values: r.Values ?? [] })),
      ...(s.ExcludeManagementEventSources?.length ? { excludeManagementEventSources: s.ExcludeManagementEventSources } : {}),
    }))
    advancedEventSelectors = (d.selectors.value.AdvancedEventSelectors ?? []).map((s) => ({
      ...(s.Name ? { name: s.Name } : {}),
      fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
        field: f.Field ?? '',
        ...(f.Equals ? { equals: f.Equals } : {}),
        ...(f.NotEquals ? { notEquals: f.NotEquals } : {}),
        ...(f.StartsWith ? { startsWith: f.StartsWith } : {}),
        ...(f.NotStartsWith ? { notStartsWith: f.NotStartsWith } : {}),
        ...(f.EndsWith ? { endsWith: f.EndsWith } : {}),
        ...(f.NotEndsWith ? { notEndsWith: f.NotEndsWith } : {}),
      })),
    }))
  } else {
    const why = d.selectors.absent ? 'NotFound (cloudtrail:GetEventSelectors)' : d.selectors.reason
    unresolved.eventSelectors = why
    unresolved.advancedEventSelectors = why
  }
  const trail: CloudTrailTrail = {
    id: arn,
    arn,
    name: t.Name ?? arn,
    accountId: parseArn(arn)?.account || where.accountId,
    region: t.HomeRegion ?? where.region,
    homeRegion: t.HomeRegion ?? where.region,
    isMultiRegion: t.IsMultiRegionTrail ?? false,
    isOrganizationTrail: t.IsOrganizationTrail ?? false,
    isLogging,
    ...(t.S3BucketName ? { s3BucketName: t.S3BucketName } : {}),
    ...(t.KmsKeyId ? { kmsKeyId: t.KmsKeyId } : {}),
    logFileValidation: t.LogFileValidationEnabled ?? false,
    ...(t.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn } : {}),
    ...(t.IncludeGlobalServiceEvents !== undefined ? { includeGlobalServiceEvents: t.IncludeGlobalServiceEvents } : {}),
    eventSelectors,
    advancedEventSelectors,
    ...cwDelivery,
  }
  if (Object.keys(unresolved).length) trail.unresolved = unresolved
  return trail
}

/**
 * The trails this region lists as its own (homed here), plus organization trails of another
 * account (the management account's organization trail, which a member account sees only as a
 * "shadow" trail). A multi-region trail of this account is collected once, in its home region;
 * an organization trail seen from several regions maps to the same id and is kept once.
 */
export function trailsToCollect(list: readonly Trail[], region: string, accountId: string): Trail[] {
  return list.filter((t) => t.HomeRegion === region || (t.IsOrganizationTrail && parseArn(t.TrailARN)?.account !== accountId && parseArn(t.TrailARN)?.account !== undefined))
}

export const cloudTrailTrailCollector: Collector = {
  id: 'cloudtrail.trail',
  produces: ['cloudtrail.trail'],
  actions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const C = await import('@aws-sdk/client-cloudtrail')
    let trails: Trail[]
    try {
      const r = await ctx.send(region, 'cloudtrail:DescribeTrails', new C.DescribeTrailsCommand({ includeShadowTrails: true }))
      trails = trailsToCollect(r.trailList ?? [], region, ctx.accountId)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'cloudtrail.trail', region)] }
    }
    const mapped = await Promise.all(
      trails.map(async (t) => {
        const Name = t.TrailARN ?? t.Name
        const [status, selectors] = await Promise.all([
          fetchOptional(ctx.send(region, 'cloudtrail:GetTrailStatus', new C.GetTrailStatusCommand({ Name }))),
          fetchOptional(ctx.send(region, 'cloudtrail:GetEventSelectors', new C.GetEventSelectorsCommand({ TrailName: Name }))),
        ])
        return mapTrail(t, { status, selectors }, { region, accountId: ctx.accountId })
      }),
    )
    return { resources: { 'cloudtrail.trail': mapped }, gaps: [] }
  },
}
