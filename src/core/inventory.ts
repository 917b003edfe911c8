import { RESOURCE_TYPE_IDS, RESOURCE_TYPES, type ResourceOf, type ResourceType } from '../model/resource-types.js'

/** Version of the snapshot/inventory format. Bump on any incompatible change. */
export const INVENTORY_SCHEMA_VERSION = 1

/**
 * Version of an inventory that records partial collections (`partial`). A version-1 reader
 * would drop that record and take a partial set of queues for the account's, so such a snapshot
 * says 2 and older readers refuse it; an inventory with nothing left out stays version 1,
 * readable by every version.
 */
export const INVENTORY_PARTIAL_SCHEMA_VERSION = 2

/**
 * Version of an inventory that left out whole resource types (its `collected` record does not
 * cover every type). A reader of versions 1 or 2 would drop that record and take a type it
 * never collected for an empty one (no alarms, no trails: a check that joins to them passes or
 * fails on absence), so such a snapshot says 3 and those readers refuse it. An inventory that
 * collected every type keeps version 1 or 2: its record changes nothing for an older reader.
 */
export const INVENTORY_COLLECTED_SCHEMA_VERSION = 3

/**
 * The schema version an inventory is written with (see {@link INVENTORY_PARTIAL_SCHEMA_VERSION}
 * and {@link INVENTORY_COLLECTED_SCHEMA_VERSION}). `allTypes`: the types a complete collection holds.
 */
export function inventorySchemaVersion(inv: Partial<Pick<Inventory, 'partial' | 'collected' | 'scope'>>, allTypes: readonly ResourceType[] = RESOURCE_TYPE_IDS): number {
  if (inv.collected && allTypes.some((t) => !collectedEverywhere(inv.collected!, t, inv.scope?.regions ?? [], RESOURCE_TYPES[t]?.scope === 'global')))
    return INVENTORY_COLLECTED_SCHEMA_VERSION
  return inv.partial?.length ? INVENTORY_PARTIAL_SCHEMA_VERSION : INVENTORY_SCHEMA_VERSION
}

/**
 * The resource types a collection gathered, in one region or in all of them. A live collection
 * runs only the collectors its checks need, so a snapshot of it holds nothing of the other
 * types: this record is how a later evaluation tells "not collected" from "none exist".
 */
export interface CollectedTypes {
  /** The region the record is about (`global` for global types); absent = every region of the scope, and global. */
  region?: string
  resourceTypes: ResourceType[]
}

/**
 * Regions in which `type` was not collected according to `records` (`undefined` in the result
 * = every region). Global types are looked up under `global`. Pure.
 */
export function regionsNotCollected(records: readonly CollectedTypes[], type: ResourceType, scopeRegions: readonly string[], global: boolean): (string | undefined)[] {
  const has = (r: CollectedTypes) => r.resourceTypes.includes(type)
  if (records.some((r) => r.region === undefined && has(r))) return []
  if (global) return records.some((r) => r.region === 'global' && has(r)) ? [] : ['global']
  const missing = scopeRegions.filter((region) => !records.some((r) => r.region === region && has(r)))
  // No region collected it: one record for the whole scope reads better than one per region.
  return missing.length === scopeRegions.length ? [undefined] : missing
}

function collectedEverywhere(records: readonly CollectedTypes[], type: ResourceType, scopeRegions: readonly string[], global: boolean): boolean {
  return regionsNotCollected(records, type, scopeRegions, global).length === 0
}

/**
 * A listing that failed wholesale (AccessDenied on ListFunctions, a service not offered in a
 * region). Every check over that type and region reports `unknown`, never pass.
 */
export interface InventoryGap {
  resourceType: ResourceType
  /** Region of the failed listing; `global` for global services; absent = every region. */
  region?: string
  /** Short machine-readable code: AccessDenied, Unsupported, Throttled, Timeout, ParseError … */
  code: string
  message: string
}

/**
 * A part of a type the collection deliberately left out because no selected check needed it
 * (a gap is what could not be read; this is what was not asked for).
 *  - `referenced-only`: only the resources other resources name were looked up (the queues and
 *    topics Lambda functions send to), not the region's full list. Checks over the resources
 *    present are sound; a conclusion about the whole set (a listing, or "no such resource") is
 *    not, so the engine reports `unknown` for those (see src/core/partial.ts).
 *  - `fields`: these fields of every resource of the type were not fetched; each resource also
 *    lists them in its `unresolved` map, so a check that reads them reports `unknown`.
 */
export interface PartialCollection {
  resourceType: ResourceType
  kind: 'referenced-only' | 'fields'
  /** Region the record is about; absent = every region. */
  region?: string
  /** `referenced-only`: the ids/ARNs that were looked up (present in the inventory, or found not to exist). */
  lookedUp?: string[]
  /** `fields`: the fields left out. */
  fields?: string[]
  reason: string
}

/** What the inventory describes and where it came from. */
export interface InventoryScope {
  kind: 'aws' | 'iac' | 'snapshot'
  accountId?: string
  partition?: string
  regions: string[]
  /** IaC scans: the scanned roots. */
  roots?: string[]
}

/** The normalized inventory: the only thing checks ever see. */
export interface Inventory {
  schemaVersion: number
  scope: InventoryScope
  collectedAt: string
  resources: { [T in ResourceType]?: ResourceOf<T>[] }
  gaps: InventoryGap[]
  /** Notes for the user (a region skipped because it is not opted in …). */
  notes: string[]
  /** True when secret-looking values were masked before the inventory was written. */
  secretsMasked?: boolean
  /** Types collected only in part (what the selected checks did not need); absent = nothing left out. */
  partial?: PartialCollection[]
  /**
   * The resource types the collection gathered (live collections only). A type not listed was
   * not collected, which is not the same as none existing: evaluating a snapshot turns it into
   * a `NotCollected` gap (src/core/collected.ts). Absent = not recorded (IaC inventories, which
   * hold everything their templates declare, and snapshots written before this record existed).
   */
  collected?: CollectedTypes[]
}

export function emptyInventory(scope: InventoryScope, collectedAt = new Date().toISOString()): Inventory {
  return { schemaVersion: INVENTORY_SCHEMA_VERSION, scope, collectedAt, resources: {}, gaps: [], notes: [] }
}

export function addResources<T extends ResourceType>(inv: Inventory, type: T, items: ResourceOf<T>[]): void {
  const list = (inv.resources[type] ??= []) as ResourceOf<T>[]
  for (const item of items) list.push(item)
}

/** Read access to the inventory for checks that join across resources. */
export interface InventoryView {
  readonly accountId: string | undefined
  /** Every resource of a type, optionally only in one region. */
  list<T extends ResourceType>(type: T, filter?: { region?: string }): readonly ResourceOf<T>[]
  /** A resource by id or ARN. */
  get<T extends ResourceType>(type: T, idOrArn: string): ResourceOf<T> | undefined
  /** Gaps that cover a type in a region (global gaps and gaps without a region included). */
  gapsFor(type: ResourceType, region?: string): readonly InventoryGap[]
  /**
   * Resources of a type (optionally in one region) that `keysOf` maps to `key` (or to any of
   * several keys), in list order, from an index built on first use and kept for the scan: a
   * check that joins every resource to others (functions sharing a role, the log group named
   * by a function, the alarms on a metric) stays linear instead of scanning a list per
   * resource. `keysOf` must be pure and should be a module-level function: indexes are cached
   * per function identity.
   */
  lookup<T extends ResourceType>(type: T, keysOf: IndexKeys<T>, key: string | readonly string[], filter?: { region?: string }): readonly ResourceOf<T>[]
  /**
   * What `compute` returns, computed on first use for a namespace and key and kept for the scan:
   * for analyses that reuse work across resources (a principal's resolved policies for every
   * function). Under the engine's read tracking, the taints the computation caused (unreadable
   * fields it read, gaps of types it listed, nested memos' taints) are recorded and replayed into
   * every evaluation that gets the result, so a result computed from something unreadable makes
   * each verdict built on it `unknown`, with the same reasons, as computing it again would.
   *
   * `compute` must depend only on the key and the inventory, never on the resource under
   * evaluation (the tracked view throws if it reads one of that resource's unreadable fields).
   * The result is shared by every later call: never mutate it. `namespace` is an object the
   * caller owns (a module-level constant), so two analyses keying on the same resource do not
   * collide; a computation that throws is not kept.
   */
  memo<T>(namespace: object, key: object | string, compute: () => T): T
}

/** The index keys of one resource (none, one or several). */
export type IndexKeys<T extends ResourceType> = (resource: ResourceOf<T>) => string | readonly string[] | undefined

/** Items grouped by key, each group in list order. */
export interface ResourceIndex<R> {
  /** Frozen lists: what a lookup hands out is shared by every check of the scan. */
  byKey: Map<string, readonly R[]>
  position: Map<R, number>
}

export function buildIndex<R>(items: readonly R[], keysOf: (item: R) => string | readonly string[] | undefined): ResourceIndex<R> {
  const byKey = new Map<string, R[]>()
  const position = new Map<R, number>()
  items.forEach((item, i) => {
    position.set(item, i)
    const keys = keysOf(item)
    if (keys === undefined) return
    for (const key of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const list = byKey.get(key)
      if (list) list.push(item)
      else byKey.set(key, [item])
    }
  })
  for (const list of byKey.values()) Object.freeze(list)
  return { byKey, position }
}

/** The items under `key`, or under any of `keys` (each once, in list order). */
export function lookupIndex<R>(index: ResourceIndex<R>, key: string | readonly string[]): readonly R[] {
  if (typeof key === 'string') return index.byKey.get(key) ?? []
  const hits = key.map((k) => index.byKey.get(k)).filter((l): l is readonly R[] => l !== undefined && l.length > 0)
  if (hits.length <= 1) return hits[0] ?? []
  return [...new Set(hits.flat())].sort((a, b) => index.position.get(a)! - index.position.get(b)!)
}

export function gapCovers(gap: InventoryGap, type: ResourceType, region?: string): boolean {
  if (gap.resourceType !== type) return false
  if (gap.region === undefined || region === undefined) return true
  return gap.region === region || gap.region === 'global'
}

/** Indexes an inventory for O(1) lookups by id/ARN. Pure: builds maps once. */
export function createInventoryView(inv: Inventory): InventoryView {
  const byKey = new Map<string, Map<string, unknown>>()
  const byRegion = new Map<string, Map<string, unknown[]>>()
  const indexes = new WeakMap<object, Map<string, ResourceIndex<unknown>>>()
  const memos = new WeakMap<object, Map<unknown, { value: unknown }>>()
  for (const [type, items] of Object.entries(inv.resources) as [ResourceType, { id: string; arn?: string; name: string; region: string }[]][]) {
    const keys = new Map<string, unknown>()
    const regions = new Map<string, unknown[]>()
    for (const item of items ?? []) {
      keys.set(item.id, item)
      if (item.arn) keys.set(item.arn, item)
      const list = regions.get(item.region)
      if (list) list.push(item)
      else regions.set(item.region, [item])
    }
    byKey.set(type, keys)
    byRegion.set(type, regions)
  }
  const list = (type: ResourceType, filter?: { region?: string }): readonly unknown[] =>
    filter?.region === undefined ? (inv.resources[type] ?? []) : (byRegion.get(type)?.get(filter.region) ?? [])
  return {
    accountId: inv.scope.accountId,
    list: (type, filter) => list(type, filter) as never,
    get(type, idOrArn) {
      return byKey.get(type)?.get(idOrArn) as never
    },
    gapsFor(type, region) {
      return inv.gaps.filter((g) => gapCovers(g, type, region))
    },
    lookup(type, keysOf, key, filter) {
      let byScope = indexes.get(keysOf)
      if (!byScope) indexes.set(keysOf, (byScope = new Map()))
      const scope = `${type}|${filter?.region ?? '*'}`
      let index = byScope.get(scope)
      if (!index) byScope.set(scope, (index = buildIndex(list(type, filter), keysOf as (r: unknown) => string | readonly string[] | undefined)))
      return lookupIndex(index, key) as never
    },
    memo<T>(namespace: object, key: object | string, compute: () => T): T {
      let byKey = memos.get(namespace)
      if (!byKey) memos.set(namespace, (byKey = new Map()))
      let entry = byKey.get(key)
      if (!entry) byKey.set(key, (entry = { value: compute() }))
      return entry.value as T
    },
  }
}
