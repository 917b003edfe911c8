import type { InventoryGap, PartialCollection } from '../../core/inventory.js'
import { GLOBAL_REGION, type ResourceBase } from '../../model/common.js'
import type { ResourceType } from '../../model/resource-types.js'
import { isAbort } from './classify-error.js'
import type { Collector, CollectResult } from './collector.js'
import { mapLimit } from './concurrency.js'
import type { AwsContext } from './context.js'
import { gapFrom } from './outcome.js'

type Resources = CollectResult['resources']

export interface RunResult {
  resources: Resources
  gaps: InventoryGap[]
  notes: string[]
  /** Regions actually scanned (requested minus those found not to be enabled). */
  regions: string[]
  /** What the collectors deliberately left out, region by region. */
  partial: PartialCollection[]
}

export interface RunOptions {
  /** Region whose endpoint global services (IAM) are called in. */
  globalRegion: string
  /** Regions collected at once. */
  regionConcurrency?: number
}

function count(r: CollectResult): number {
  let n = 0
  for (const items of Object.values(r.resources)) n += items?.length ?? 0
  return n
}

function merge(into: Resources, from: Resources): void {
  for (const [type, items] of Object.entries(from) as [ResourceType, ResourceBase[]][]) {
    const list = ((into as Record<string, ResourceBase[]>)[type] ??= [])
    list.push(...(items ?? []))
  }
}

/**
 * Runs one collector, never letting it fail the scan: anything it throws (other than a cancel)
 * becomes a gap over every type it produces, and a gap in a type it depends on is passed on,
 * since what it derives from that type is then incomplete too.
 */
async function runOne(ctx: AwsContext, c: Collector, region: string, sofar: Resources, upstream: readonly InventoryGap[]): Promise<CollectResult> {
  const where = c.scope === 'global' ? GLOBAL_REGION : region
  let result: CollectResult
  try {
    result = await c.collect(ctx, region, sofar)
  } catch (err) {
    if (isAbort(err)) throw err
    result = { resources: {}, gaps: c.produces.map((t) => gapFrom(err, t, where)) }
  }
  const inherited: InventoryGap[] = []
  for (const dep of c.dependsOn ?? []) {
    const g = upstream.find((x) => x.resourceType === dep && (x.region === where || x.region === GLOBAL_REGION || x.region === undefined))
    if (!g) continue
    for (const t of c.produces)
      if (!result.gaps.some((x) => x.resourceType === t && x.region === where))
        inherited.push({ resourceType: t, region: where, code: g.code, message: `incomplete: it is derived from ${dep}, which could not be collected here (${g.message})` })
  }
  ctx.progress({ region: where, collector: c.id, collected: count(result), done: true })
  return { ...result, gaps: [...result.gaps, ...inherited] }
}

/**
 * Runs the collectors: global ones once, regional ones in every region (regions in parallel,
 * bounded), each collector as soon as the collectors it depends on are done in its region.
 * A region that turns out not to be enabled for the account (its calls fail with opt-in or
 * unknown-credentials errors) is dropped with a note instead of filling the report with gaps.
 */
export async function runCollectors(ctx: AwsContext, collectors: readonly Collector[], regions: readonly string[], opts: RunOptions): Promise<RunResult> {
  const global = collectors.filter((c) => c.scope === 'global')
  const regional = collectors.filter((c) => c.scope === 'regional')
  const globalRuns = new Map<Collector, Promise<CollectResult>>()
  for (const c of global) globalRuns.set(c, runOne(ctx, c, opts.globalRegion, {}, []))
  // Don't leave a rejected global run unobserved while regions are still running.
  for (const p of globalRuns.values()) p.catch(() => undefined)

  const producersOf = (type: ResourceType) => collectors.filter((c) => c.produces.includes(type))

  const perRegion = await mapLimit(regions, opts.regionConcurrency ?? 20, async (region) => {
    const runs = new Map<Collector, Promise<CollectResult>>()
    const start = (c: Collector): Promise<CollectResult> => {
      let run = runs.get(c)
      if (run) return run
      run = (async () => {
        const deps = (c.dependsOn ?? []).flatMap(producersOf)
        const optional = (c.uses ?? []).flatMap(producersOf).filter((d) => d !== c && !deps.includes(d))
        const results = await Promise.all([...deps, ...optional].map((d) => (d.scope === 'global' ? globalRuns.get(d)! : start(d))))
        const sofar: Resources = {}
        for (const r of results) merge(sofar, r.resources)
        // Only required inputs pass their gaps on.
        return runOne(ctx, c, region, sofar, results.slice(0, deps.length).flatMap((r) => r.gaps))
      })()
      runs.set(c, run)
      return run
    }
    const results = await Promise.all(regional.map(start))
    const merged: CollectResult = { resources: {}, gaps: [], notes: [], partial: [] }
    for (const r of results) {
      merge(merged.resources, r.resources)
      merged.gaps.push(...r.gaps)
      merged.notes!.push(...(r.notes ?? []))
      merged.partial!.push(...(r.partial ?? []))
    }
    const optIn = merged.gaps.find((g) => g.code === 'OptInRequired' && g.region === region)
    if (optIn) return { region, skipped: `region ${region} skipped: it is not enabled for this account (${optIn.message})`, result: merged }
    return { region, skipped: undefined, result: merged }
  })

  const out: RunResult = { resources: {}, gaps: [], notes: [], regions: [], partial: [] }
  for (const r of await Promise.all(globalRuns.values())) {
    merge(out.resources, r.resources)
    out.gaps.push(...r.gaps)
    out.notes.push(...(r.notes ?? []))
    out.partial.push(...(r.partial ?? []))
  }
  for (const { region, skipped, result } of perRegion) {
    if (skipped) {
      out.notes.push(skipped)
      continue
    }
    out.regions.push(region)
    merge(out.resources, result.resources)
    out.gaps.push(...result.gaps)
    out.notes.push(...(result.notes ?? []))
    out.partial.push(...(result.partial ?? []))
  }
  // The same queue or topic can be named from several regions: keep one copy.
  for (const [type, items] of Object.entries(out.resources) as [ResourceType, ResourceBase[]][]) {
    const seen = new Set<string>()
    const key = (r: ResourceBase) => `${r.region}|${r.id}`
    const unique = (items ?? []).filter((r) => !seen.has(key(r)) && Boolean(seen.add(key(r))))
    unique.sort((a, b) => (a.region === b.region ? a.id.localeCompare(b.id) : a.region.localeCompare(b.region)))
    ;(out.resources as Record<string, ResourceBase[]>)[type] = unique
  }
  return out
}
