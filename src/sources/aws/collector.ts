import type { InventoryGap, PartialCollection } from '../../core/inventory.js'
import type { ResourceOf, ResourceType } from '../../model/resource-types.js'
import type { AwsContext } from './context.js'

/** What one collector run (one region, or once for a global service) produced. */
export interface CollectResult {
  resources: { [T in ResourceType]?: ResourceOf<T>[] }
  gaps: InventoryGap[]
  notes?: string[]
  /** What this run deliberately left out (only referenced resources, or fields no selected check reads). */
  partial?: PartialCollection[]
}

/** One optional part of a collector's work: calls only some checks need. */
export interface DetailGroup {
  /** IAM actions the group's calls need (also listed in the collector's `actions`). */
  actions: readonly string[]
  /** Top-level model fields the calls fill. */
  fields: readonly string[]
  /** One call per resource, or one per region. */
  per: 'resource' | 'region'
}

export type DetailGroups<G extends string = string> = Readonly<Record<G, DetailGroup>>

/**
 * Which optional parts to fetch: those the selected checks read, and those holding `fields`
 * something else needs (tags, for a mutelist that matches on tags).
 */
export interface DetailSelection {
  checks: ReadonlySet<string>
  fields?: ReadonlySet<string>
}

/**
 * One collector per resource family. It declares the IAM actions it calls, which is how
 * `clearsky permissions` stays exact, and the types it produces, which is how a scan runs
 * only the collectors its checks need.
 */
export interface Collector {
  id: string
  produces: ResourceType[]
  /** Read-only IAM actions this collector calls (service:Action). */
  actions: string[]
  /** Global collectors run once per scan (in the first region); regional ones in every region. */
  scope: 'regional' | 'global'
  /** Collectors whose output this one needs (e.g. the log-group collector reads functions). */
  dependsOn?: ResourceType[]
  /**
   * Types this collector also reads when the scan collects them anyway: it waits for their
   * collectors, but does not make them run and does not inherit their gaps (the SNS collector
   * reads alarm actions when alarms are collected; a check that needs both reads the alarms and
   * sees their gaps itself).
   */
  uses?: ResourceType[]
  /**
   * Optional parts of the collection and the checks that read each (check id → groups; a check
   * not listed reads none). Without a {@link DetailSelection} every group is fetched.
   */
  details?: {
    groups: DetailGroups
    readers: Readonly<Record<string, readonly string[]>>
    /**
     * Groups another collector derives its set from, by the type it produces: fetched whenever
     * that type is collected (the code signing configs are those functions name).
     */
    derived?: Readonly<Partial<Record<ResourceType, readonly string[]>>>
  }
  collect(ctx: AwsContext, region: string, sofar: Readonly<CollectResult['resources']>): Promise<CollectResult>
}

/**
 * The detail groups of `c` to fetch for `selection` (every group when there is no selection),
 * in a scan that collects `types`. Pure.
 */
export function selectedDetails(c: Collector, selection: DetailSelection | undefined, types: ReadonlySet<ResourceType> = new Set()): Set<string> {
  const groups = Object.keys(c.details?.groups ?? {})
  if (!selection) return new Set(groups)
  const out = new Set<string>()
  for (const id of selection.checks) for (const g of c.details?.readers[id] ?? []) out.add(g)
  for (const g of groups) if (c.details!.groups[g]!.fields.some((f) => selection.fields?.has(f))) out.add(g)
  for (const [type, gs] of Object.entries(c.details?.derived ?? {})) if (types.has(type as ResourceType)) for (const g of gs ?? []) out.add(g)
  return out
}

/** The IAM actions `c` calls for `selection` in a scan collecting `types`: its actions minus those only skipped groups need. Pure. */
export function actionsFor(c: Collector, selection: DetailSelection | undefined, types?: ReadonlySet<ResourceType>): string[] {
  if (!c.details || !selection) return [...c.actions]
  const chosen = selectedDetails(c, selection, types)
  const needed = new Set<string>()
  const optional = new Set<string>()
  for (const [g, d] of Object.entries(c.details.groups)) for (const a of d.actions) (chosen.has(g) ? needed : optional).add(a)
  return c.actions.filter((a) => needed.has(a) || !optional.has(a))
}
