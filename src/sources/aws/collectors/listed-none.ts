/**
 * The short-cut that lets a listing speak for the kinds that cannot exist without what it lists:
 * metric filters without a log group, replication groups without cache clusters, subnets without
 * a VPC. A collector that reads such a container declares it in `uses` (it then waits for the
 * container's collector when the scan runs it, without making it run) and skips its own listing
 * only when that collector listed none.
 *
 * Never a false pass: a collector that fails passes no list for its type (its result holds only a
 * gap), so "no list" — a denied, throttled or partial container listing, or a scan that does not
 * collect the container — means "list it yourself", never "there is none".
 */
import type { CollectResult } from '../collector.js'
import type { ResourceType } from '../../../model/resource-types.js'

/** True only when the collector of `type` ran in this region and listed nothing. Pure. */
export function listedNone(sofar: Readonly<CollectResult['resources']>, type: ResourceType): boolean {
  const list = sofar[type]
  return Array.isArray(list) && list.length === 0
}
