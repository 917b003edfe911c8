/**
 * Services AWS offers only in some regions (DAX, S3 Express One Zone). Where a service's
 * endpoint does not exist, the SDK fails with an unresolvable host, classified `Unsupported`.
 * Outside the regions the service is documented in (a data/*-regions.json list) that answer
 * means none of its resources can exist there; inside them, and for every other failure, the
 * listing is a gap.
 */
import type { ResourceType } from '../../../model/resource-types.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import type { CollectResult } from '../collector.js'
import { gapFrom } from '../outcome.js'

/** The region ids of a data/*-regions.json list. Pure. */
export function offeredRegions(data: { regions: readonly { region: string }[] }): ReadonlySet<string> {
  return new Set(data.regions.map((r) => r.region))
}

/**
 * What a failed listing of `type` in `region` means: none (with a note) when the service is not
 * offered there, else a gap. Re-throws an abort. `service` and `none` name the service and what
 * it holds in the note ("DAX", "DAX clusters").
 */
export function notOfferedOrGap(err: unknown, type: ResourceType, region: string, offered: ReadonlySet<string>, what: { service: string; none: string }): CollectResult {
  if (isAbort(err)) throw err
  if (err instanceof AwsCallError && err.kind === 'Unsupported' && !offered.has(region)) {
    return { resources: { [type]: [] }, gaps: [], notes: [`${what.service} is not offered in ${region} (${err.code}); no ${what.none} there.`] }
  }
  return { resources: {}, gaps: [gapFrom(err, type, region)] }
}
