/**
 * What the engine does with an inventory's partial collections (`Inventory.partial`): a type
 * collected only where other resources name it (the queues and topics Lambda functions send to,
 * when no selected check evaluated every queue) is sound resource by resource, and unsound as a
 * set. So:
 *  - a check over the type still judges each resource present: that verdict is about that
 *    resource, whatever else exists;
 *  - it also gets one `unknown` per region for the resources it did not see, so that a report
 *    of such a snapshot never reads "every queue passes" (see {@link partialFindings});
 *  - a join that lists the type, or concludes that a resource does not exist when it was never
 *    looked up, is tainted, so that verdict becomes `unknown` (tracked-view.ts);
 *  - the report's notes say which types are partial and why.
 * `fields` records need no engine rule (each resource lists the fields in `unresolved`); they
 * are only noted.
 */
import type { AnyCheck } from './check.js'
import type { Finding } from './finding.js'
import type { Inventory, PartialCollection } from './inventory.js'
import type { ResourceType } from '../model/resource-types.js'

/** The referenced-only records of an inventory, by type: regions covered and every id looked up. */
export interface ReferencedOnly {
  records: PartialCollection[]
  lookedUp: Set<string>
}

export function referencedOnlyTypes(inv: Inventory): Map<ResourceType, ReferencedOnly> {
  const out = new Map<ResourceType, ReferencedOnly>()
  for (const p of inv.partial ?? []) {
    if (p.kind !== 'referenced-only') continue
    let entry = out.get(p.resourceType)
    if (!entry) out.set(p.resourceType, (entry = { records: [], lookedUp: new Set() }))
    entry.records.push(p)
    for (const id of p.lookedUp ?? []) entry.lookedUp.add(id)
  }
  return out
}

/** Whether a referenced-only record covers `region` (a record without a region covers every one). */
export function coversRegion(p: PartialCollection, region: string | undefined): boolean {
  return p.region === undefined || region === undefined || p.region === region
}

/**
 * One `unknown` per region whose `check.meta.resourceType` was collected only in part: the
 * resources nobody named were not seen, so the set's verdict is not known. Regions with a gap
 * already have their own unknown.
 */
export function partialFindings(check: AnyCheck, inv: Inventory, regionsWithGap: ReadonlySet<string>): Finding[] {
  const type = check.meta.resourceType as ResourceType
  const out: Finding[] = []
  for (const p of inv.partial ?? []) {
    if (p.kind !== 'referenced-only' || p.resourceType !== type) continue
    const region = p.region ?? '*'
    if (regionsWithGap.has(region) || regionsWithGap.has('*')) continue
    const reason = `collected only in part: ${p.reason}`
    const f: Finding = {
      checkId: check.meta.id,
      status: 'unknown',
      severity: check.meta.severity,
      title: check.meta.title,
      resourceType: type,
      resourceId: `${type}:${region}:*`,
      resourceName: `${type} not named by other resources in ${region === '*' ? 'every region' : region}`,
      region,
      messageId: 'partial-collection',
      message: `Only some ${type} resources were collected (${p.reason}); the others were not evaluated.`,
      data: {},
      reason,
    }
    if (inv.scope.accountId) f.accountId = inv.scope.accountId
    out.push(f)
  }
  return out
}

/** Report notes for the partial collections the selected checks touch (their type or a type they read). */
export function partialNotes(inv: Inventory, checks: readonly AnyCheck[]): string[] {
  const touched = new Set<string>()
  for (const c of checks) for (const t of [c.meta.resourceType, ...(c.meta.reads ?? [])]) touched.add(t)
  const byKey = new Map<string, { p: PartialCollection; regions: string[] }>()
  for (const p of inv.partial ?? []) {
    if (!touched.has(p.resourceType)) continue
    const key = `${p.resourceType}|${p.kind}|${p.reason}|${(p.fields ?? []).join(',')}`
    const entry = byKey.get(key)
    if (entry) entry.regions.push(p.region ?? 'every region')
    else byKey.set(key, { p, regions: [p.region ?? 'every region'] })
  }
  return [...byKey.values()].map(({ p, regions }) =>
    p.kind === 'fields'
      ? `${p.resourceType}: ${(p.fields ?? []).join(', ')} ${p.reason} (${regions.join(', ')}); checks that read them report unknown`
      : `${p.resourceType} collected only in part (${regions.join(', ')}): ${p.reason}; verdicts cover the ${p.resourceType} resources present, conclusions about the rest are unknown`,
  )
}
