/**
 * Lambda managed-runtime lifecycle: where a runtime stands on a given date, from the dated table in
 * data/lambda-runtimes.json. Pure and synchronous so that checks can share it (the "runtime
 * supported" check and the "deprecation upcoming" check read the same dates).
 *
 * AWS retires a runtime in three steps: on the deprecation date it stops patching the runtime;
 * from the block-create date no new function can use it; from the block-update date existing
 * functions can no longer be updated unless they move to another runtime. Invocations keep
 * working throughout, which is why deprecated runtimes linger unnoticed.
 */
import runtimeData from '../../data/lambda-runtimes.json' with { type: 'json' }

/** One managed runtime and its lifecycle dates (UTC, `YYYY-MM-DD`; `null` = not scheduled or not confirmed). */
export interface RuntimeLifecycle {
  /** Runtime identifier as Lambda reports it (`nodejs22.x`). */
  id: string
  /** Language family (`nodejs`, `python`, `java`, `dotnet`, `ruby`, `go`, `provided`). */
  family: string
  /** Amazon Linux generation: `AL2023`, `AL2` or `AL1`. */
  os: string
  deprecation: string | null
  blockCreate: string | null
  blockUpdate: string | null
  /** A preview runtime: usable, but never recommended as an upgrade target. */
  preview?: boolean
  /** Family to suggest an upgrade from when this family has no supported runtime left (go1.x → provided). */
  successorFamily?: string
  source: string
  verifiedAt: string
}

/**
 * Where a runtime stands on a date, most severe last:
 * - `supported`: no deprecation date yet, or it is further away than the lead time;
 * - `deprecating-soon`: the deprecation date is within the lead time;
 * - `deprecated`: past the deprecation date, functions can still be created and updated
 *   (or the block dates are not known);
 * - `create-blocked`: new functions can no longer use it;
 * - `update-blocked`: existing functions can no longer be updated on it.
 */
export type RuntimePhase = 'supported' | 'deprecating-soon' | 'deprecated' | 'create-blocked' | 'update-blocked'

export interface RuntimeStatus {
  phase: RuntimePhase
  /** Whole days from `now` to the deprecation date (negative once past); undefined when none is scheduled. */
  daysToDeprecation?: number
}

export const RUNTIMES: readonly RuntimeLifecycle[] = runtimeData.runtimes

const DAY_MS = 86_400_000
const byId = new Map(RUNTIMES.map((r) => [r.id, r]))

/** The lifecycle entry of a runtime id, or undefined when the data file does not know it. */
export function findRuntime(id: string, table: readonly RuntimeLifecycle[] = RUNTIMES): RuntimeLifecycle | undefined {
  return table === RUNTIMES ? byId.get(id) : table.find((r) => r.id === id)
}

/** Midnight UTC of a `YYYY-MM-DD` date, in epoch milliseconds. */
export function utcDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

/** True once `now` has reached the given date (a date is "reached" from 00:00 UTC that day, as AWS reports it). */
export function reached(date: string | null, now: Date): boolean {
  return date !== null && now.getTime() >= utcDay(date)
}

/** Where `rt` stands at `now`, with `leadDays` of warning before the deprecation date. */
export function runtimeStatus(rt: RuntimeLifecycle, now: Date, leadDays: number): RuntimeStatus {
  if (rt.deprecation === null) return { phase: 'supported' }
  const daysToDeprecation = Math.ceil((utcDay(rt.deprecation) - now.getTime()) / DAY_MS)
  let phase: RuntimePhase
  if (reached(rt.blockUpdate, now)) phase = 'update-blocked'
  else if (reached(rt.blockCreate, now)) phase = 'create-blocked'
  else if (reached(rt.deprecation, now)) phase = 'deprecated'
  else if (daysToDeprecation <= leadDays) phase = 'deprecating-soon'
  else phase = 'supported'
  return { phase, daysToDeprecation }
}

/**
 * The runtime to suggest instead of `rt`: the supported, non-preview runtime of the same family
 * (or of `successorFamily`) that AWS supports the longest, newest version on a tie. Undefined when
 * the family has none.
 */
export function successorOf(rt: RuntimeLifecycle, now: Date, table: readonly RuntimeLifecycle[] = RUNTIMES): RuntimeLifecycle | undefined {
  for (const family of [rt.family, rt.successorFamily]) {
    if (!family) continue
    const candidates = table.filter((c) => c.family === family && c.id !== rt.id && !c.preview && c.deprecation !== null && !reached(c.deprecation, now))
    candidates.sort((a, b) => (b.deprecation ?? '').localeCompare(a.deprecation ?? '') || b.id.localeCompare(a.id, 'en', { numeric: true }))
    if (candidates[0]) return candidates[0]
  }
  return undefined
}
