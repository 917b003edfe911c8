/**
 * What the principals that can change a function's code would gain by running code as its
 * execution role (lambda-no-code-injection-escalation): administrator access they lack, or
 * privilege-escalation methods they cannot use themselves.
 *
 * For every function, each changer's own administrator access and escalation methods are
 * compared with the role's. The changers shared by every function of a scan (ChangeSplit.shared,
 * principals whose policies could all be read) are assessed once per scan — administrator access
 * once per changer, escalation methods once per changer and probe scope — and summed up once
 * per scope and set of role methods; a function then only walks its own changers and merges the
 * first few names. The result is what walking every changer of the function in candidate order
 * gives (a map by `kind name`, in order of first insertion, holding the last list of gained
 * methods); when names repeat, the summary falls back to exactly that walk.
 */
import { assessAdministratorAccess } from '../iam/admin.js'
import { analyzeEscalation } from '../iam/escalation.js'
import type { ProbeScope } from '../iam/probes.js'
import { countByArn, firstInOrder, type Placed } from './changer-lists.js'
import { mergeByPosition, type ChangeSplit, type InternalChanger } from './who-can-change.js'

/** What the execution role holds. */
export interface InjectionQuestion {
  /** The execution role's ARN: it is not compared with itself. */
  roleArn: string
  roleAdmin: boolean
  /** Ids of the escalation methods the role can use (when not an administrator). */
  roleMethods: readonly string[]
  /** The function's partition, account and region, for escalation probes. */
  scope: ProbeScope
}

/** A list for a message: how many, and the first few labels in candidate order. */
export interface CountedList {
  count: number
  first: string[]
}

export interface InjectionGains {
  /** Changers other than the execution role. */
  changers: number
  /** Changers that are not administrators, when the role is one (`kind name`). */
  lacksAdmin: CountedList
  /** Changers that would gain escalation methods (`kind name`), and those methods in order of first appearance. */
  lacksMethods: CountedList & { methods: string[] }
}

const FIRST = 5

interface Entry extends Placed {
  gained: readonly string[]
}

const label = (c: InternalChanger) => `${c.kind} ${c.name}`

function isAdmin(c: InternalChanger): boolean {
  return assessAdministratorAccess(c.identity.policies, c.identity.boundary).level === 'unconditional'
}

function gainedBy(c: InternalChanger, q: InjectionQuestion, own: ReadonlySet<string>): Entry | undefined {
  const gained = q.roleMethods.filter((m) => !own.has(m))
  return gained.length ? { position: c.position, arn: c.arn, label: label(c), gained } : undefined
}

function methodIds(c: InternalChanger, scope: ProbeScope): ReadonlySet<string> {
  return new Set(analyzeEscalation(c.identity, c.facts, scope).map((m) => m.id))
}

/** The shared changers' part, per shared list (one per scan, account and question). */
interface SharedSummary {
  arns: Map<string, number>
  admin: WeakMap<InternalChanger, boolean>
  methods: WeakMap<InternalChanger, Map<string, ReadonlySet<string>>>
  nonAdmin?: { list: Placed[]; arns: Map<string, number> }
  escalation: Map<string, SharedEscalation>
}

interface SharedEscalation {
  entries: Entry[]
  labels: Set<string>
  arns: Map<string, number>
  /** No label and no ARN occurs twice: each entry stands alone in the map the walk builds. */
  distinct: boolean
  /** The entries that gain each method, in candidate order. */
  withMethod: Map<string, Entry[]>
}

const summaries = new WeakMap<readonly InternalChanger[], SharedSummary>()

function summaryOf(shared: readonly InternalChanger[]): SharedSummary {
  let s = summaries.get(shared)
  if (!s) summaries.set(shared, (s = { arns: countByArn(shared), admin: new WeakMap(), methods: new WeakMap(), escalation: new Map() }))
  return s
}

function sharedIsAdmin(s: SharedSummary, c: InternalChanger): boolean {
  let a = s.admin.get(c)
  if (a === undefined) s.admin.set(c, (a = isAdmin(c)))
  return a
}

function scopeKey(scope: ProbeScope): string {
  return `${scope.partition}|${scope.account}|${scope.regions.join(',')}`
}

function sharedMethodIds(s: SharedSummary, c: InternalChanger, scope: ProbeScope): ReadonlySet<string> {
  let byScope = s.methods.get(c)
  if (!byScope) s.methods.set(c, (byScope = new Map()))
  const key = scopeKey(scope)
  let ids = byScope.get(key)
  if (!ids) byScope.set(key, (ids = methodIds(c, scope)))
  return ids
}

function sharedNonAdmin(shared: readonly InternalChanger[], s: SharedSummary): { list: Placed[]; arns: Map<string, number> } {
  if (!s.nonAdmin) {
    const list = shared.filter((c) => !sharedIsAdmin(s, c)).map((c): Placed => ({ position: c.position, arn: c.arn, label: label(c) }))
    s.nonAdmin = { list, arns: countByArn(list) }
  }
  return s.nonAdmin
}

function sharedEscalation(shared: readonly InternalChanger[], s: SharedSummary, q: InjectionQuestion): SharedEscalation {
  const key = `${scopeKey(q.scope)}#${q.roleMethods.join(',')}`
  let e = s.escalation.get(key)
  if (!e) {
    const entries: Entry[] = []
    for (const c of shared) {
      if (sharedIsAdmin(s, c)) continue
      const entry = gainedBy(c, q, sharedMethodIds(s, c, q.scope))
      if (entry) entries.push(entry)
    }
    const labels = new Set(entries.map((x) => x.label))
    const arns = countByArn(entries)
    const withMethod = new Map<string, Entry[]>()
    for (const x of entries) {
      for (const m of x.gained) {
        const list = withMethod.get(m)
        if (list) list.push(x)
        else withMethod.set(m, [x])
      }
    }
    s.escalation.set(key, (e = { entries, labels, arns, distinct: labels.size === entries.length && arns.size === entries.length, withMethod }))
  }
  return e
}

/** The walk over every changer: a map by label, first insertion order, last value. */
function walk(entries: readonly Entry[]): CountedList & { methods: string[] } {
  const byLabel = new Map<string, readonly string[]>()
  for (const e of entries) byLabel.set(e.label, e.gained)
  const labels = [...byLabel.keys()]
  return { count: labels.length, first: labels.slice(0, FIRST), methods: [...new Set([...byLabel.values()].flat())] }
}

const EMPTY_SUMMARY_LIST: { list: Placed[]; arns: Map<string, number> } = { list: [], arns: new Map() }

/** What changing the function gains its changers (see the module comment). */
export function injectionGains(a: ChangeSplit, q: InjectionQuestion): InjectionGains {
  const excluded = (p: { arn: string }) => p.arn === q.roleArn
  const summary = a.shared.length ? summaryOf(a.shared) : undefined
  const own = a.own.filter((c) => !excluded(c))
  const changers = a.shared.length - (summary?.arns.get(q.roleArn) ?? 0) + own.length

  // The function's own changers, assessed afresh: their policies may be unreadable, and every
  // read must reach the read tracking.
  const ownNonAdmin: Placed[] = []
  const ownEntries: Entry[] = []
  for (const c of own) {
    if (isAdmin(c)) continue
    if (q.roleAdmin) ownNonAdmin.push({ position: c.position, arn: c.arn, label: label(c) })
    else {
      const entry = gainedBy(c, q, methodIds(c, q.scope))
      if (entry) ownEntries.push(entry)
    }
  }

  const none = { count: 0, first: [] }
  if (q.roleAdmin) {
    const s = summary ? sharedNonAdmin(a.shared, summary) : EMPTY_SUMMARY_LIST
    const count = s.list.length - (s.arns.get(q.roleArn) ?? 0) + ownNonAdmin.length
    return { changers, lacksAdmin: { count, first: firstInOrder(s.list, ownNonAdmin, FIRST, excluded) }, lacksMethods: { ...none, methods: [] } }
  }
  if (!summary) return { changers, lacksAdmin: none, lacksMethods: walk(ownEntries) }

  const s = sharedEscalation(a.shared, summary, q)
  const ownByLabel = new Map<string, Entry>()
  for (const e of ownEntries) {
    const seen = ownByLabel.get(e.label)
    ownByLabel.set(e.label, seen ? { ...seen, gained: e.gained } : e)
  }
  if (!s.distinct || [...ownByLabel.keys()].some((l) => s.labels.has(l))) {
    return { changers, lacksAdmin: none, lacksMethods: walk(mergeByPosition(s.entries.filter((e) => !excluded(e)), ownEntries)) }
  }
  const ownList = [...ownByLabel.values()]
  const count = s.entries.length - (s.arns.get(q.roleArn) ?? 0) + ownList.length
  // Methods in order of first appearance: by the first entry that gains each, then in the
  // role's order (every entry lists its methods in that order).
  const firstAt = new Map<string, number>()
  for (const m of q.roleMethods) {
    const positions = [s.withMethod.get(m)?.find((e) => !excluded(e))?.position, ownList.find((e) => e.gained.includes(m))?.position].filter((p): p is number => p !== undefined)
    if (positions.length) firstAt.set(m, Math.min(...positions))
  }
  const methods = q.roleMethods.filter((m) => firstAt.has(m)).sort((x, y) => firstAt.get(x)! - firstAt.get(y)!)
  return { changers, lacksAdmin: none, lacksMethods: { count, first: firstInOrder(s.entries, ownList, FIRST, excluded), methods } }
}
