/**
 * "Does a trail record S3 object-level events for every bucket?" CIS (v7.0 4.8/4.9) asks for
 * object-level logging of all buckets, so the question is put for a bucket nobody named: a probe
 * ARN that no positive selector (a bucket prefix, a resources.ARN condition) can match. Only
 * selectors that take every bucket — `arn:aws:s3` / `arn:aws:s3:::` basic values, or advanced
 * selectors without a positive resources.ARN condition — capture it. Negative conditions that
 * leave out named buckets still count, as in the Lambda data-event check.
 */
import type { CloudTrailTrail } from '../model/monitoring.js'
import { trailAppliesTo, trailCoverage, type DataEventShape } from './cloudtrail.js'

const PROBE_OBJECT = (partition: string) => `arn:${partition}:s3:::clearsky-probe-bucket-nobody-named/probe-object`

/** A write (PutObject) or read (GetObject) data event on an object of an arbitrary bucket. */
export function s3ObjectEvent(kind: 'write' | 'read', partition = 'aws'): DataEventShape {
  return {
    eventSource: 's3.amazonaws.com',
    eventName: kind === 'write' ? 'PutObject' : 'GetObject',
    readOnly: kind === 'read',
    resourceType: 'AWS::S3::Object',
    resourceArn: PROBE_OBJECT(partition),
  }
}

export interface S3DataEventCoverage {
  /** A logging trail covering the region records the events for every bucket. */
  logged?: CloudTrailTrail
  /** A trail records them but is not logging. */
  stopped?: CloudTrailTrail
  /** A trail records them only for some buckets or some callers. */
  partial?: CloudTrailTrail
}

export function s3DataEventCoverage(trails: readonly CloudTrailTrail[], region: string, accountId: string | undefined, kind: 'write' | 'read'): S3DataEventCoverage {
  const event = s3ObjectEvent(kind)
  const out: S3DataEventCoverage = {}
  for (const t of trails) {
    if (!trailAppliesTo(t, region, accountId)) continue
    const c = trailCoverage(t, event)
    if (c === 'all') {
      if (t.isLogging) return { logged: t }
      out.stopped ??= t
    } else if (c === 'some' || t.eventSelectors.some((s) => s.dataResources.some((d) => d.type === 'AWS::S3::Object')) || t.advancedEventSelectors.some((s) => s.fieldSelectors.some((f) => f.field === 'resources.type' && f.equals?.includes('AWS::S3::Object')))) {
      out.partial ??= t
    }
  }
  return out
}
