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
 *
 * Work an analysis caches across evaluations goes through `view.memo`: a cache hit skips the
 * reads that would taint, so the memo records the taints its computation caused and replays
 * them into every evaluation that uses the result.
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

/**
 * A verdict needs one taint to be unknown, and its reason shows the first five distinct ones
 * (engine.ts): keep no more per index or memo. Keeping the first five distinct taints of a
 * computation, in order of first appearance, changes neither: whatever an evaluation noted
 * before the replay, the first five distinct taints of the whole are the same.
 */
const TAINTS_KEPT = 5

/** A memoized result and the taints computing it caused (the first few distinct ones). */
interface MemoEntry {
  value: unknown
  taints: readonly string[]
}

/** Marks a memo whose computation is running, to refuse a computation that needs its own result. */
const COMPUTING: unique symbol = Symbol('computing')

export function createTrackedView(inv: Inventory, base: InventoryView): TrackedView {
  let sink: string[] | undefined
  let current: ResourceBase | undefined
  /** The taints array of the evaluation in progress (what `during` was given). */
  let evaluation: string[] | undefined
  const memos = new WeakMap<object, Map<unknown, MemoEntry | typeof COMPUTING>>()
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
          index = { resources, taints: firstDistinct(taints) }
        } finally {
          sink = saved
        }
        byScope.set(scope, index)
      }
      for (const t of index.taints) sink?.push(t)
      return lookupIndex(index.resources, key) as never
    },
    memo<T>(namespace: object, key: object | string, compute: () => T): T {
      let byKey = memos.get(namespace)
      if (!byKey) memos.set(namespace, (byKey = new Map()))
      let entry = byKey.get(key)
      if (entry === COMPUTING) throw new Error('inventory memo: a computation asked for its own result')
      if (!entry) {
        // Computed into its own sink (a nested memo replays into it, so the outer one records
        // what the inner one read), outside any resource: what it notes must not depend on the
        // resource under evaluation (a get of a missing regional resource by id then notes the
        // gaps of every region, as for a global type).
        const saved = { sink, current }
        const taints: string[] = []
        const before = evaluation?.length
        sink = taints
        current = undefined
        byKey.set(key, COMPUTING)
        let value: T
        try {
          value = compute()
        } catch (err) {
          byKey.delete(key)
          throw err
        } finally {
          sink = saved.sink
          current = saved.current
        }
        // The engine's own wrapper of the resource under evaluation reports straight to the
        // evaluation: a computation that read it depends on that resource, not on its key.
        if (evaluation && evaluation.length !== before) {
          byKey.delete(key)
          throw new Error('inventory memo: the computation read the resource under evaluation; its result would not depend on the key alone')
        }
        byKey.set(key, (entry = { value, taints: firstDistinct(taints) }))
      }
      for (const t of entry.taints) sink?.push(t)
      return entry.value as T
    },
  }

  return {
    view,
    during(resource, taints, evaluate) {
      const saved = { sink, current, evaluation }
      sink = taints
      evaluation = taints
      current = resource
      try {
        return evaluate()
      } finally {
        sink = saved.sink
        current = saved.current
        evaluation = saved.evaluation
      }
    },
  }
}

function firstDistinct(taints: readonly string[]): string[] {
  return [...new Set(taints)].slice(0, TAINTS_KEPT)
}

function regionOf(arn: string): string | undefined {
  const parts = arn.split(':')
  return parts.length > 4 && parts[0] === 'arn' ? parts[3] || undefined : undefined
}
