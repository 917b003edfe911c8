import type { EfsFileSystem } from '../../../model/efs.js'
import type { ResourceType } from '../../../model/resource-types.js'
import type { CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import { gapFrom, lookupGap } from '../outcome.js'

/**
 * Lists something EFS only answers per file system (access points, mount targets) for every
 * file system of the region: a region without file systems costs nothing more. One failed
 * listing makes the whole type a gap for the region, naming the file systems it failed for.
 */
export async function listPerFileSystem<T>(
  sofar: Readonly<CollectResult['resources']>,
  region: string,
  type: ResourceType,
  what: { action: string; noun: string },
  list: (fs: EfsFileSystem) => Promise<T[]>,
): Promise<{ items: T[] } | { gaps: CollectResult['gaps'] }> {
  const systems = (sofar['efs.file-system'] ?? []).filter((fs) => fs.region === region)
  const failures: { target: string; reason: string }[] = []
  const lists = await mapLimit(systems, 4, async (fs) => {
    try {
      return await list(fs)
    } catch (err) {
      failures.push({ target: fs.fileSystemId, reason: `${gapFrom(err, type, region).code} (${what.action})` })
      return []
    }
  })
  return failures.length ? { gaps: lookupGap(type, region, what.noun, failures) } : { items: lists.flat() }
}
