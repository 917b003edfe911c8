import { RESOURCE_TYPES, type ResourceType } from '../model/resource-types.js'
import type { ResourceBase } from '../model/common.js'
import { buildIndex, gapCovers, lookupIndex, type Inventory, type InventoryView, type ResourceIndex } from './inventory.js'
import { trackReads } from './read-tracker.js'
import { coversRegion, referencedOnlyTypes } from './partial.js'

/**
 * The inventory as the checks of one scan see it. Reading a field another resource could not
 * read (its `unresolved` map), or looking up a type that has a gap, taints the verdict being
 * computed, so that the engine turns it into `unknown`.
 *
 * Everything here is built once per scan and shared by every evaluation: each resource's
 * read-tracking wrapper, each list, each index. Only the taint sink changes between
 * evaluations (checks are synchronous, so one evaluation runs at a time). That keeps a join
 * O(1) per resource: rebuilding a list of wrappers for every evaluation made every check that
 * lists a type quadratic in the inventory size.
 */
export interface TrackedView {
  readonly view: InventoryView
  /** Runs one evaluation of `resource`: taints it causes go to `taints`. */
  during<T>(resource: ResourceBase, taints: string[], evaluate: () => T): T
}

interface Index {
  resources: ResourceIndex<ResourceBase>
  /** Taints met while computing the keys (the first few distinct ones): every lookup depends on them. */
  taints: string[]
}

/** A verdict needs one taint to be unknown, and its reason shows five: keep no more per index. */
const INDEX_TAINTS_KEPT = 5

export function createTrackedView(inv: Inventory, base: InventoryView): TrackedView {
  let sink: string[] | undefined
  let current: ResourceBase | undefined
  const wrapped = new WeakMap<ResourceBase, ResourceBase>()
  const lists = new Map<string, readonly ResourceBase[]>()
  const indexes = new WeakMap<object, Map<string, Index>>()

  const track = (r: ResourceBase): ResourceBase => {
    if (!r.unresolved) return r
    let w = wrapped.get(r)
    if (!w) {
      w = trackReads(r, r.unresolved, (p, why) => sink?.push(`${r.name}.${p}: ${why}`))
      wrapped.set(r, w)
    }
    return w
  }
  const partial = referencedOnlyTypes(inv)
  const noteGaps = (type: ResourceType, region?: string) => {
    for (const g of inv.gaps) if (gapCovers(g, type, region)) sink?.push(`${type} not listed (${g.code})`)
  }
  // Listing a type collected only where others name it is a conclusion about a set nobody listed.
  const notePartial = (type: ResourceType, region?: string) => {
    if (partial.get(type)?.records.some((p) => coversRegion(p, region))) sink?.push(`${type} collected only in part (the resources other resources name)`)
  }
  const listOf = (type: ResourceType, region: string | undefined): readonly ResourceBase[] => {
    const key = `${type}|${region ?? '*'}`
    let list = lists.get(key)
    if (!list) {
      const raw = base.list(type, region === undefined ? undefined : { region }) as readonly ResourceBase[]
      // A frozen copy: a check that sorts what it was given must not reorder the inventory.
      list = Object.freeze(raw.map(track))
      lists.set(key, list)
    }
    return list
  }

  const view: InventoryView = {
    accountId: base.accountId,
    list(type, filter) {
      noteGaps(type, filter?.region)
      notePartial(type, filter?.region)
      return listOf(type, filter?.region) as never
    },
    get(type, id) {
      const r = base.get(type, id) as ResourceBase | undefined
      if (!r) {
        noteGaps(type, RESOURCE_TYPES[type].scope === 'global' ? undefined : (regionOf(id) ?? current?.region))
        // Absent means "does not exist" only if it was looked up.
        const p = partial.get(type)
        if (p && !p.lookedUp.has(id)) sink?.push(`${type} ${id} not collected (only the resources other resources name were looked up)`)
        return undefined
      }
      return track(r) as never
    },
    gapsFor: base.gapsFor,
    lookup(type, keysOf, key, filter) {
      noteGaps(type, filter?.region)
      notePartial(type, filter?.region)
      let byScope = indexes.get(keysOf)
      if (!byScope) indexes.set(keysOf, (byScope = new Map()))
      const scope = `${type}|${filter?.region ?? '*'}`
      let index = byScope.get(scope)
      if (!index) {
        // Keys are computed through the read-tracking wrappers, into the index's own sink.
        const saved = sink
        const taints: string[] = []
        sink = taints
        try {
          const resources = buildIndex(listOf(type, filter?.region), keysOf as (r: ResourceBase) => string | readonly string[] | undefined)
          index = { resources, taints: [...new Set(taints)].slice(0, INDEX_TAINTS_KEPT) }
        } finally {
          sink = saved
        }
        byScope.set(scope, index)
      }
      for (const t of index.taints) sink?.push(t)
      return lookupIndex(index.resources, key) as never
    },
  }

  return {
    view,
    during(resource, taints, evaluate) {
      const saved = { sink, current }
      sink = taints
      current = resource
      try {
        return evaluate()
      } finally {
        sink = saved.sink
        current = saved.current
      }
    },
  }
}

function regionOf(arn: string): string | undefined {
  const parts = arn.split(':')
  return parts.length > 4 && parts[0] === 'arn' ? parts[3] || undefined : undefined
}
