import type { InventoryGap } from '../../../core/inventory.js'
import type { ResourceType } from '../../../model/resource-types.js'
import { AwsCallError } from '../classify-error.js'
import { mapLimit } from '../concurrency.js'
import { gapFrom, lookupGap } from '../outcome.js'

/**
 * Lists something AWS only answers per parent (an EFS file system's access points and mount
 * targets, a backup vault's recovery points, an EKS cluster's node groups) for every parent
 * another collector listed: a region without parents costs nothing more. A parent deleted since
 * it was listed (NotFound) holds nothing; any other failed listing makes the whole type a gap
 * for the region, naming the parents it failed for. An abort is re-thrown.
 */
export async function listPerParent<P, T>(
  parents: readonly P[],
  type: ResourceType,
  region: string,
  what: { action: string; noun: string; target: (parent: P) => string },
  list: (parent: P) => Promise<T[]>,
): Promise<{ items: T[] } | { gaps: InventoryGap[] }> {
  const failures: { target: string; reason: string }[] = []
  const lists = await mapLimit(parents, 4, async (parent) => {
    try {
      return await list(parent)
    } catch (err) {
      const gap = gapFrom(err, type, region)
      if (!(err instanceof AwsCallError && err.kind === 'NotFound')) failures.push({ target: what.target(parent), reason: `${gap.code} (${what.action})` })
      return []
    }
  })
  return failures.length ? { gaps: lookupGap(type, region, what.noun, failures) } : { items: lists.flat() }
}
