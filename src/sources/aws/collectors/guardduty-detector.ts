import type { GetDetectorResponse } from '@aws-sdk/client-guardduty'
import type { Unresolved } from '../../../model/common.js'
import type { GuardDutyDetector } from '../../../model/guardduty.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'

interface Where {
  region: string
  accountId: string
  partition: string
}

const detectorArn = (id: string, w: Where) => `arn:${w.partition}:guardduty:${w.region}:${w.accountId}:detector/${id}`

/** Maps GetDetector's answer (or why it could not be read) to the model. Pure. */
export function mapGuardDutyDetector(detectorId: string, detail: Fetched<GetDetectorResponse>, w: Where): GuardDutyDetector {
  const arn = detectorArn(detectorId, w)
  const base = { id: arn, arn, name: detectorId, accountId: w.accountId, region: w.region, detectorId }
  if (!detail.ok) {
    const why = detail.absent ? 'NotFound (guardduty:GetDetector)' : detail.reason
    const unresolved: Unresolved = { enabled: why, features: why }
    return { ...base, enabled: false, features: [], unresolved }
  }
  const d = detail.value
  return {
    ...base,
    ...(d.Tags && Object.keys(d.Tags).length ? { tags: { ...d.Tags } } : {}),
    enabled: d.Status === 'ENABLED',
    features: (d.Features ?? []).map((f) => ({
      name: f.Name ?? '',
      status: f.Status ?? 'DISABLED',
      additionalConfiguration: (f.AdditionalConfiguration ?? []).map((a) => ({ name: a.Name ?? '', status: a.Status ?? 'DISABLED' })),
    })),
    ...(d.FindingPublishingFrequency ? { findingPublishingFrequency: d.FindingPublishingFrequency } : {}),
  }
}

/**
 * The stand-in for a region where ListDetectors returned nothing: GuardDuty is not enabled
 * there at all. It is a resource (not an absence) so that checks fail it. Pure.
 */
export function missingDetector(w: Where): GuardDutyDetector {
  return { id: `guardduty:${w.accountId}:${w.region}:no-detector`, name: `no GuardDuty detector in ${w.region}`, accountId: w.accountId, region: w.region, detectorId: null, enabled: false, features: [] }
}

/**
 * The region's GuardDuty detector (at most one per account and region): ListDetectors, then
 * GetDetector for its status and protection plans. No detector → one placeholder with
 * `detectorId: null`; ListDetectors denied → a gap, so checks say unknown instead of fail.
 */
export const guardDutyDetectorCollector: Collector = {
  id: 'guardduty.detector',
  produces: ['guardduty.detector'],
  actions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const G = await import('@aws-sdk/client-guardduty')
    const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
    let ids: string[]
    try {
      ids = await collectPages(
        (NextToken) => ctx.send(region, 'guardduty:ListDetectors', new G.ListDetectorsCommand({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.DetectorIds,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'guardduty.detector', region)] }
    }
    if (ids.length === 0) return { resources: { 'guardduty.detector': [missingDetector(w)] }, gaps: [] }
    const detectors = await Promise.all(
      ids.map(async (DetectorId) => mapGuardDutyDetector(DetectorId, await fetchOptional(ctx.send(region, 'guardduty:GetDetector', new G.GetDetectorCommand({ DetectorId }))), w)),
    )
    return { resources: { 'guardduty.detector': detectors }, gaps: [] }
  },
}
