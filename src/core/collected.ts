/**
 * What evaluating a snapshot does with the resource types its collection never gathered
 * (`Inventory.collected`). `clearsky collect --checks …` runs only the collectors those checks
 * need, so a snapshot of it has no alarms, trails or buckets at all when no selected check read
 * them. Evaluated later with other checks, such a type is not "none exist" but "not known":
 *  - each type a selected check evaluates or reads, and the collection did not gather, becomes
 *    an {@link InventoryGap} with code {@link NOT_COLLECTED}. The engine's gap rule does the
 *    rest: a check over that type reports one `unknown` per region ("could not be evaluated")
 *    instead of nothing, and a verdict that looks the type up ("no alarm watches this
 *    function") becomes `unknown` instead of passing or failing on absence;
 *  - the report's notes say which types were not collected, which checks could therefore not
 *    run, and how to collect them.
 * A live snapshot without the record (written before it existed) is evaluated as before, every
 * type taken as collected, with a note saying so. IaC inventories have no record and need none.
 */
import type { AnyCheck } from './check.js'
import { regionsNotCollected, type Inventory, type InventoryGap } from './inventory.js'
import { RESOURCE_TYPES, type ResourceType } from '../model/resource-types.js'

/** Gap code of a type the snapshot's collection did not gather. */
export const NOT_COLLECTED = 'NotCollected'

/** How many check ids a gap's suggested command names (any one of them collects the type). */
const CHECKS_NAMED = 3

/** The types `check` evaluates or reads, its own first. */
function typesOf(check: AnyCheck): ResourceType[] {
  return [check.meta.resourceType as ResourceType, ...((check.meta.reads ?? []) as ResourceType[])]
}

/** One gap per type (and region) that `checks` need and the inventory's collection did not gather. Pure. */
export function notCollectedGaps(inv: Inventory, checks: readonly AnyCheck[]): InventoryGap[] {
  if (!inv.collected) return []
  // The selected checks needing each type, those evaluating it first: naming one of them is
  // enough for `collect --checks` to gather the type.
  const needers = new Map<ResourceType, { evaluate: string[]; read: string[] }>()
  for (const c of checks)
    typesOf(c).forEach((t, i) => {
      let entry = needers.get(t)
      if (!entry) needers.set(t, (entry = { evaluate: [], read: [] }))
      ;(i === 0 ? entry.evaluate : entry.read).push(c.meta.id)
    })
  const gaps: InventoryGap[] = []
  for (const [type, { evaluate, read }] of needers) {
    const ids = [...new Set([...evaluate, ...read])]
    const missing = regionsNotCollected(inv.collected, type, inv.scope.regions, RESOURCE_TYPES[type]?.scope === 'global')
    for (const region of missing) {
      const where = region === undefined ? '' : ` in ${region}`
      const named = ids.slice(0, CHECKS_NAMED).join(',')
      const more = ids.length > CHECKS_NAMED ? ` (${CHECKS_NAMED} of the ${ids.length} selected checks that need it; any one collects it)` : ''
      gaps.push({
        resourceType: type,
        ...(region === undefined ? {} : { region }),
        code: NOT_COLLECTED,
        message: `${type} was not collected into this snapshot${where} (it was collected for other checks); \`clearsky collect aws --checks ${named}\` collects it${more}`,
      })
    }
  }
  return gaps
}

/**
 * The report notes for a snapshot evaluation: the types not collected and the checks that
 * could not run because their own type is among them; or, for a snapshot without the record,
 * that types it did not collect read as empty. Pure.
 */
export function notCollectedNotes(inv: Inventory, checks: readonly AnyCheck[], gaps: readonly InventoryGap[]): string[] {
  if (!inv.collected) {
    // Only a live collection can have skipped types; IaC and hand-built inventories (the demo
    // account) hold everything they describe.
    if (inv.scope.kind !== 'aws') return []
    return [
      'this snapshot does not record which resource types were collected (it was written before clearsky recorded them): a type it did not collect reads as empty, so checks over it find nothing and checks that join to it may pass or fail on absence; collect it again to be sure',
    ]
  }
  const types = [...new Set(gaps.filter((g) => g.code === NOT_COLLECTED).map((g) => g.resourceType))]
  if (!types.length) return []
  const missing = new Set<string>(types)
  const notRun = checks.filter((c) => missing.has(c.meta.resourceType)).map((c) => c.meta.id)
  const joined = checks.filter((c) => !missing.has(c.meta.resourceType) && (c.meta.reads ?? []).some((t) => missing.has(t))).map((c) => c.meta.id)
  const notes = [`resource types not collected into this snapshot (it was collected for other checks): ${types.join(', ')}`]
  if (notRun.length) notes.push(`${notRun.length} selected check(s) could not run, their resource type was not collected (one unknown each): ${list(notRun)}`)
  if (joined.length) notes.push(`${joined.length} selected check(s) join to a type that was not collected; verdicts that look it up are unknown: ${list(joined)}`)
  notes.push('to evaluate them, collect again with `clearsky collect aws --checks <the same checks as this scan>`, or without --checks for every check')
  return notes
}

function list(ids: readonly string[], max = 10): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} and ${ids.length - max} more` : ids.join(', ')
}

/**
 * The snapshot as a scan of `checks` should see it: every type they need that was not collected
 * is a gap, and the notes say so. Pure: returns a new inventory.
 */
export function withNotCollectedGaps(inv: Inventory, checks: readonly AnyCheck[]): Inventory {
  const gaps = notCollectedGaps(inv, checks)
  const notes = notCollectedNotes(inv, checks, gaps)
  if (!gaps.length && !notes.length) return inv
  return { ...inv, gaps: [...inv.gaps, ...gaps], notes: [...inv.notes, ...notes] }
}
