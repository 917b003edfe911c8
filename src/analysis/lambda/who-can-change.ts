/**
 * Who can change a Lambda function — its code, its configuration, who may call it, whether it
 * runs (data/lambda-change-actions.json) — and how:
 *
 * - IAM users and roles of the account whose identity policies (groups and boundary included)
 *   allow a change action on the function's ARN. Users are asked twice: as a request signed with
 *   long-term access keys, which carries no aws:MultiFactorAuthPresent key at all, and as one with
 *   MFA, so a grant that an MFA condition (or a Deny without MFA) protects is told apart;
 * - roles among them that principals outside the account can assume (their trust policies);
 * - principals outside the account that the function's own resource policy grants a change
 *   action (accounts, organisations, everyone).
 *
 * An explicit Deny in the function's resource policy that names a principal (or everyone) applies
 * to it like a Deny in its own policies: explicit deny wins. That is how a function can require MFA
 * for changes whatever the principals' own policies say.
 *
 * Scale: the candidates are found through inventory indexes built once per scan — managed
 * policies, roles, users and groups keyed by whether their documents mention a change action at
 * all. Evaluating each of them against each function made a scan O(functions × principals) (an
 * account where 2% of the roles hold AdministratorAccess has ever more changers as it grows), so
 * what does not depend on the function is worked out once per scan (change-reach.ts): a
 * principal whose statements match every function ARN of the account or none gets one answer,
 * shared by every function (ChangeSplit.shared); one whose statements name functions is filed
 * under the literal start of the names it can reach and evaluated only for functions whose name
 * starts so. Only principals whose policies could all be read are kept that way; the others
 * ("unclean") are merged into every function's own list. Their work is still done once per scan,
 * through the inventory's memo (InventoryView.memo), which records what a computation read that
 * could not be read and replays it into every evaluation that uses the result: what could not be
 * read still makes each verdict unknown, with the same reasons, as evaluating the principal again
 * for every function did. A function whose resource policy denies an asked action is evaluated
 * against every candidate.
 */
import data from '../../../data/lambda-change-actions.json' with { type: 'json' }
import type { InventoryView } from '../../core/inventory.js'
import type { PolicyDocument } from '../../model/common.js'
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../model/iam.js'
import type { LambdaFunction } from '../../model/lambda.js'
import { isKnownAdminPolicyArn } from '../iam/admin-policies.js'
import { identityGrantLevel, principalCapabilityContext, strongerGrant, type CapabilityContext, type IdentityPolicySet, type PrincipalFacts } from '../iam/capability.js'
import { compilePolicy, statementMatchesAction, statementMatchesPrincipal } from '../iam/compile.js'
import { preparePrincipal } from '../iam/principals.js'
import type { NamedPolicy } from '../iam/admin.js'
import { analyzeExternalAccess } from '../iam/external-access.js'
import type { GrantLevel } from '../iam/admin.js'
import { roleFacts, roleIdentity, userFacts, userIdentity, type PolicyLookup } from '../iam/principal-policies.js'
import { describeReach, trustReach } from '../iam/trust.js'
import { changeReach, parseFunctionArn, type FunctionArnParts, type FunctionArnScope } from './change-reach.js'
import { functionScope } from './execution-role.js'

export interface ChangeAction {
  action: string
  changes: string
  injectsCode: boolean
}

export const CHANGE_ACTIONS: readonly ChangeAction[] = data.actions
export const CODE_INJECTION_ACTIONS: readonly string[] = CHANGE_ACTIONS.filter((a) => a.injectsCode).map((a) => a.action)

/** A principal of the account that can change the function through its identity policies. */
export interface InternalChanger {
  kind: 'role' | 'user'
  arn: string
  name: string
  /** Change actions it may perform on the function. */
  actions: string[]
  conditional: boolean
  /** Users: at least one action is allowed to a request without MFA. */
  withoutMfa: boolean
  /** Roles: who outside the account can assume it (empty when nobody). */
  externalAssumers: string[]
  /** Resolution of its policies, for callers that go on evaluating it. */
  identity: IdentityPolicySet
  facts: PrincipalFacts
  /** Its place among the scan's change candidates (roles, then users): lists are in this order. */
  position: number
}

/** A principal outside the account that the function's resource policy grants a change action. */
export interface ExternalChanger {
  principal: string
  statement: string
  actions: readonly string[]
}

export interface ChangeAnalysis {
  internal: InternalChanger[]
  external: ExternalChanger[]
  /** Candidates whose policies could not all be read and that showed no grant. */
  undetermined: string[]
}

function grantsChange(doc: PolicyDocument): boolean {
  for (const st of compilePolicy(doc).statements) {
    if (st.effect === 'Allow' && CHANGE_ACTIONS.some((a) => statementMatchesAction(st, a.action))) return true
  }
  return false
}

// Index keys (module-level functions: the inventory caches one index per function identity).
const CHANGER = 'changer'
function policyKeys(p: IamManagedPolicy): string | undefined {
  return grantsChange(p.document) ? CHANGER : undefined
}
function entityKeys(e: { inlinePolicies: IamRole['inlinePolicies']; attachedPolicies: IamRole['attachedPolicies'] }): string[] {
  const keys: string[] = []
  if (e.inlinePolicies.some((p) => grantsChange(p.document))) keys.push('inline')
  for (const a of e.attachedPolicies) keys.push(isKnownAdminPolicyArn(a.arn) ? 'known-admin' : `attached:${a.arn}`)
  return keys
}
function roleKeys(r: IamRole): string[] {
  return entityKeys(r)
}
function groupKeys(g: IamGroup): string[] {
  return entityKeys(g)
}
function userKeys(u: IamUser): string[] {
  return [...entityKeys(u), ...u.groups.map((g) => `group:${g}`)]
}

function union<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>()
  for (const l of lists) for (const x of l) if (!seen.has(x.id)) seen.set(x.id, x)
  return [...seen.values()]
}

/** What changeCandidates lists on the way: the managed policies and groups that lead to principals. */
interface CandidateListing {
  policies: readonly IamManagedPolicy[]
  roles: IamRole[]
  groups: IamGroup[]
  users: IamUser[]
}

function listCandidates(inventory: InventoryView): CandidateListing {
  const policies = inventory.lookup('iam.policy', policyKeys, CHANGER)
  const keys = ['inline', 'known-admin', ...policies.map((p) => `attached:${p.arn ?? p.id}`)]
  const roles = union(keys.map((k) => inventory.lookup('iam.role', roleKeys, k)))
  const groups = union(keys.map((k) => inventory.lookup('iam.group', groupKeys, k)))
  const users = union([...keys, ...groups.map((g) => `group:${g.name}`)].map((k) => inventory.lookup('iam.user', userKeys, k)))
  return { policies, roles, groups, users }
}

/** Roles and users whose policies mention a change action (on any resource, under any condition). */
export function changeCandidates(inventory: InventoryView): { roles: IamRole[]; users: IamUser[] } {
  const { roles, users } = listCandidates(inventory)
  return { roles, users }
}

/** The ARN IAM authorizes function actions against (a template without one gets its would-be ARN). */
export function functionArnFor(fn: LambdaFunction, inventory: InventoryView): string {
  if (fn.arn) return fn.arn
  const s = functionScope(fn, inventory)
  return `arn:${s.partition}:lambda:${fn.region}:${s.account}:function:${fn.name}`
}

/**
 * The Deny statements of the function's policy that apply to a principal, as an identity-style
 * policy (Principal removed) to evaluate beside its own.
 */
function resourcePolicyDenies(fn: LambdaFunction, principalArn: string, hasBoundary: boolean): NamedPolicy | undefined {
  if (!fn.policy) return undefined
  const compiled = compilePolicy(fn.policy)
  const denies = compiled.statements.filter((st) => st.effect === 'Deny')
  if (denies.length === 0) return undefined
  const prepared = preparePrincipal({ type: 'aws', arn: principalArn })
  const raw = (Array.isArray(fn.policy.Statement) ? fn.policy.Statement : [fn.policy.Statement]) as PolicyDocument['Statement']
  const statements = denies
    .filter((st) => statementMatchesPrincipal(st, prepared, hasBoundary) !== 'none')
    .flatMap((st) => {
      const r = raw[st.index]
      if (!r) return []
      const { Principal: _p, NotPrincipal: _n, ...rest } = r
      return [rest]
    })
  return statements.length ? { name: 'function resource policy', document: { ...(fn.policy.Version ? { Version: fn.policy.Version } : {}), Statement: statements } } : undefined
}

function withDenies(identity: IdentityPolicySet, deny: NamedPolicy | undefined): IdentityPolicySet {
  return deny ? { ...identity, policies: [...identity.policies, deny] } : identity
}

const NO_MFA = { 'aws:MultiFactorAuthPresent': null, 'aws:MultiFactorAuthAge': null }
const WITH_MFA = { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '60' }

function levels(identity: IdentityPolicySet, cc: CapabilityContext, fnArn: string, actions: readonly string[]): { actions: string[]; level: GrantLevel } {
  let level: GrantLevel = 'none'
  const allowed: string[] = []
  for (const a of actions) {
    const l = identityGrantLevel(identity, a.toLowerCase(), fnArn, cc)
    if (l === 'none') continue
    allowed.push(a)
    level = strongerGrant(level, l)
  }
  return { actions: allowed, level }
}

/**
 * What does not depend on the function: a principal's resolved policies and capability contexts,
 * computed once per scan and principal (prepOf). For a principal whose policies cannot all be
 * read, the memo replays what the resolution could not read into every evaluation that uses it.
 */
interface PrincipalPrep {
  identity: ReturnType<typeof roleIdentity>
  facts: PrincipalFacts
  cc: CapabilityContext
  ccNoMfa?: CapabilityContext
  ccMfa?: CapabilityContext
}

/** A principal whose policies mention a change action, at its place among the scan's candidates. */
interface Candidate {
  kind: 'role' | 'user'
  principal: IamRole | IamUser
  /** Roles first, then users, in the order changeCandidates lists them: every list merges in this order. */
  position: number
  /**
   * Nothing in its resolution is unreadable (no `unresolved` field on the principal, its groups
   * or its policies, no missing document, no gap over policies or groups): its answers can be
   * shared by functions as plain values (ChangeSplit.shared, the name-prefix index).
   */
  clean: boolean
}

/**
 * Whether resolving a principal's policies reads nothing unreadable. Decided without reading a
 * tracked field: `unresolved` is looked at first (reading it taints nothing), gaps through
 * gapsFor, and managed policies and groups only when their types have no gap (so a lookup that
 * finds nothing notes no gap either).
 */
function resolvesCleanly(c: Pick<Candidate, 'kind' | 'principal'>, inventory: InventoryView, lookup: PolicyLookup): boolean {
  const p = c.principal
  if (p.unresolved) return false
  if (inventory.gapsFor('iam.policy').length || inventory.gapsFor('iam.group').length) return false
  const readable = (arn: string) => {
    const managed = lookup.managedPolicy(arn)
    return managed ? !managed.unresolved : isKnownAdminPolicyArn(arn)
  }
  if (!p.attachedPolicies.every((r) => readable(r.arn))) return false
  if (p.permissionsBoundaryArn && !readable(p.permissionsBoundaryArn)) return false
  if (c.kind === 'user') {
    for (const name of (p as IamUser).groups) {
      const group = lookup.group(name)
      if (!group || group.unresolved || !group.attachedPolicies.every((r) => readable(r.arn))) return false
    }
  }
  return true
}

function resolve(c: Candidate, lookup: PolicyLookup): PrincipalPrep {
  if (c.kind === 'role') {
    const role = c.principal as IamRole
    const facts = roleFacts(role)
    return { identity: roleIdentity(role, lookup), facts, cc: principalCapabilityContext(facts) }
  }
  const user = c.principal as IamUser
  const identity = userIdentity(user, lookup)
  const facts = userFacts(user, lookup)
  return { identity, facts, cc: principalCapabilityContext(facts), ccNoMfa: principalCapabilityContext({ ...facts, extra: NO_MFA }), ccMfa: principalCapabilityContext({ ...facts, extra: WITH_MFA }) }
}

// Memo namespaces (InventoryView.memo): objects of this module, so no other analysis collides.
const PREP = { memo: 'who-can-change: principal resolution' }
const GROUPS_BY_NAME = { memo: 'who-can-change: groups by name' }

/**
 * A PolicyLookup over the inventory whose group map is built once per scan: its listing's taints
 * (a gap over groups, an unreadable group name) are replayed on every group lookup, so a memoized
 * computation that looks up a group records them whichever computation built the map. Gives what
 * inventoryPolicyLookup gives.
 */
function scanPolicyLookup(inventory: InventoryView): PolicyLookup {
  const byName = () => inventory.memo(GROUPS_BY_NAME, 'all', () => new Map(inventory.list('iam.group').map((g) => [g.name, g])))
  return {
    managedPolicy: (arn) => inventory.get('iam.policy', arn),
    group: (name) => byName().get(name),
  }
}

/** A principal's resolution, once per scan (the tracking wrapper of a principal is one object per scan). */
function prepOf(c: Candidate, inventory: InventoryView): PrincipalPrep {
  return inventory.memo(PREP, c.principal, () => resolve(c, scanPolicyLookup(inventory)))
}

/** Trust reach depends only on the trust policy and the owner: computed once per document. */
const trustCache = new WeakMap<object, Map<string, string[]>>()
function externalAssumersOf(role: IamRole, owner: string, trustedOrganizations: readonly string[] | undefined): string[] {
  const doc = role.trustPolicy
  const key = `${owner}|${role.arn ?? ''}|${(trustedOrganizations ?? []).join(',')}`
  let byKey = trustCache.get(doc)
  const hit = byKey?.get(key)
  if (hit) return hit
  const out = trustReach(doc, owner, role.arn, trustedOrganizations)
    .filter((r) => r.external && r.kind !== 'service')
    .map((r) => describeReach(r, owner))
  if (!byKey) trustCache.set(doc, (byKey = new Map()))
  byKey.set(key, out)
  return out
}

export interface WhoCanChangeOptions {
  /** The actions to ask about; default every change action. */
  actions?: readonly string[]
  trustedOrganizations?: readonly string[]
  /**
   * Reuse, for every function of the scan, what does not depend on the function (default true).
   * `false` evaluates every candidate against every function: the reference the shortcut is
   * tested against.
   */
  precompute?: boolean
}

/**
 * Who can change a function, split by how the answer was reached. `shared` holds the changers
 * whose grant is the same for every function of the function's partition and account (their
 * statements match every function ARN there or none, see change-reach.ts): it is one array
 * per scan, account and question, the same object for every function that uses it, so callers
 * can aggregate over it once and key a cache on it. `own` holds the changers evaluated for this
 * function alone. Both are in candidate order (`position`); `internal` of whoCanChange is their
 * merge. A function whose resource policy has a Deny for an asked action, or whose ARN is not a
 * plain function ARN, is evaluated entirely on its own (`shared` empty).
 */
export interface ChangeSplit {
  shared: readonly InternalChanger[]
  own: InternalChanger[]
  external: ExternalChanger[]
  undetermined: string[]
}

/** Candidates of one scope (partition and account of the function ARNs). */
interface ScopeState {
  /** Clean candidates whose grant does not depend on the function. */
  universal: Candidate[]
  /** Clean candidates whose grant does, by the literal start of the function names they can reach ('' = any). */
  byPrefix: Map<string, Candidate[]>
  /** The shared changers, by owner account and trusted organisations (they decide external assumers). */
  shared: Map<string, readonly InternalChanger[]>
}

/** Everything about one question (a set of actions) that holds for the whole scan. */
interface ChangerState {
  actions: readonly string[]
  candidates: Candidate[]
  /** Candidates whose policies cannot all be read: evaluated for every function, through the read tracking. */
  unclean: Candidate[]
  scopes: Map<string, ScopeState>
  reads: CandidateReads
}

const states = new WeakMap<InventoryView, Map<string, ChangerState>>()

/**
 * The resources changeCandidates reads identifying fields of (ARN, id, name) that have unreadable
 * fields: only their reads can taint.
 */
type CandidateReads = { [K in keyof CandidateListing]: CandidateListing[K][number][] }

function candidateReads(listing: CandidateListing): CandidateReads {
  const unreadable = <T extends { unresolved?: object }>(list: readonly T[]) => list.filter((x) => x.unresolved)
  return { policies: unreadable(listing.policies), roles: unreadable(listing.roles), groups: unreadable(listing.groups), users: unreadable(listing.users) }
}

/**
 * Makes, in changeCandidates' order, the reads of it that could taint, so that every call of
 * whoCanChange notes what changeCandidates would: gaps over IAM types, unreadable fields an index
 * key depends on, unreadable identifying fields.
 */
function replayCandidateReads(inventory: InventoryView, r: CandidateReads): void {
  inventory.lookup('iam.policy', policyKeys, CHANGER)
  for (const p of r.policies) void (p.arn ?? p.id)
  inventory.lookup('iam.role', roleKeys, 'inline')
  for (const x of r.roles) void x.id
  inventory.lookup('iam.group', groupKeys, 'inline')
  for (const x of r.groups) void x.id
  for (const x of r.groups) void x.name
  inventory.lookup('iam.user', userKeys, 'inline')
  for (const x of r.users) void x.id
}

function changerState(inventory: InventoryView, actions: readonly string[]): ChangerState {
  let byActions = states.get(inventory)
  if (!byActions) states.set(inventory, (byActions = new Map()))
  const key = actions.join('\n')
  let state = byActions.get(key)
  if (state) {
    replayCandidateReads(inventory, state.reads)
    return state
  }
  const listing = listCandidates(inventory)
  const { roles, users } = listing
  const lookup = scanPolicyLookup(inventory)
  const listed: Pick<Candidate, 'kind' | 'principal'>[] = [...roles.map((principal) => ({ kind: 'role' as const, principal })), ...users.map((principal) => ({ kind: 'user' as const, principal }))]
  const candidates = listed.map((c, position): Candidate => ({ ...c, position, clean: resolvesCleanly(c, inventory, lookup) }))
  state = { actions, candidates, unclean: candidates.filter((c) => !c.clean), scopes: new Map(), reads: candidateReads(listing) }
  byActions.set(key, state)
  return state
}

function scopeState(state: ChangerState, scope: FunctionArnScope, inventory: InventoryView): ScopeState {
  const key = `${scope.partition}:${scope.account}`
  let s = state.scopes.get(key)
  if (!s) {
    s = { universal: [], byPrefix: new Map(), shared: new Map() }
    for (const c of state.candidates) {
      if (!c.clean) continue
      const reach = changeReach(prepOf(c, inventory).identity, state.actions, scope)
      if (reach.kind === 'universal') {
        s.universal.push(c)
        continue
      }
      for (const prefix of reach.prefixes) {
        const bucket = s.byPrefix.get(prefix)
        if (bucket) bucket.push(c)
        else s.byPrefix.set(prefix, [c])
      }
    }
    state.scopes.set(key, s)
  }
  return s
}

/** The function-specific candidates an Allow of theirs could match, in candidate order. */
function specificFor(s: ScopeState, name: string): Candidate[] {
  if (s.byPrefix.size === 0) return []
  const hits = new Set<Candidate>()
  for (let k = 0; k <= name.length; k++) for (const c of s.byPrefix.get(name.slice(0, k)) ?? []) hits.add(c)
  return [...hits].sort((a, b) => a.position - b.position)
}

/** Two lists in candidate order, merged. */
export function mergeByPosition<T extends { position: number }>(a: readonly T[], b: readonly T[]): T[] {
  if (a.length === 0) return [...b]
  if (b.length === 0) return [...a]
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.position <= b[j]!.position) ? a[i++]! : b[j++]!)
  return out
}

/**
 * The scope whose shared changers apply to the function, or undefined when it must be evaluated
 * alone: its ARN is not a plain function ARN, or its resource policy has a Deny that names an
 * asked action (such a Deny applies per principal, see resourcePolicyDenies).
 */
function sharedScope(fn: LambdaFunction, fnArn: string, actions: readonly string[]): FunctionArnParts | undefined {
  const policy = fn.policy
  const parts = parseFunctionArn(fnArn)
  if (!parts) return undefined
  if (policy && compilePolicy(policy).statements.some((st) => st.effect === 'Deny' && actions.some((a) => statementMatchesAction(st, a)))) return undefined
  return parts
}

interface Evaluated {
  changer?: InternalChanger
  /** The ARN of a candidate that showed no grant with policies missing. */
  undetermined?: string
}

/**
 * One candidate against one function ARN. With `fn`, the Deny statements of its resource policy
 * that apply to the candidate count too; without, none is asked for (the shared changers).
 */
function evaluateCandidate(c: Candidate, prep: PrincipalPrep, fn: LambdaFunction | undefined, fnArn: string, owner: string, actions: readonly string[], trustedOrganizations: readonly string[] | undefined): Evaluated {
  const { identity, facts } = prep
  const arn = c.principal.arn ?? c.principal.id
  if (c.kind === 'role') {
    const role = c.principal as IamRole
    const g = levels(withDenies(identity, fn && resourcePolicyDenies(fn, facts.arn, !!role.permissionsBoundaryArn)), prep.cc, fnArn, actions)
    if (g.level === 'none') return noGrant(c, identity)
    const externalAssumers = externalAssumersOf(role, owner, trustedOrganizations)
    return { changer: { kind: 'role', arn, name: role.name, actions: g.actions, conditional: g.level === 'conditional', withoutMfa: false, externalAssumers, identity, facts, position: c.position } }
  }
  const user = c.principal as IamUser
  const effective = withDenies(identity, fn && resourcePolicyDenies(fn, facts.arn, !!user.permissionsBoundaryArn))
  const withMfa = levels(effective, prep.ccMfa!, fnArn, actions)
  if (withMfa.level === 'none') return noGrant(c, identity)
  const noMfa = levels(effective, prep.ccNoMfa!, fnArn, actions)
  return { changer: { kind: 'user', arn, name: user.name, actions: withMfa.actions, conditional: withMfa.level === 'conditional', withoutMfa: noMfa.level !== 'none', externalAssumers: [], identity, facts, position: c.position } }
}

/**
 * An unclean candidate against a function that may share answers (sharedScope): what evaluating
 * it would give, kept per scan through the memo, which replays what could not be read. Its reach
 * (change-reach.ts) is worked out once per scope; a universal one gets one answer for every
 * function of the scope (computed, like the shared changers, without the function's policy:
 * sharedScope found no Deny there for an asked action), a specific one that no Allow of which can
 * reach the function's name gets "no grant", and the others are evaluated for the function.
 * Every memo here is keyed under the candidate, which belongs to one question (set of actions).
 */
function evaluateUnclean(c: Candidate, prep: PrincipalPrep, fn: LambdaFunction, scope: FunctionArnParts, fnArn: string, owner: string, actions: readonly string[], trustedOrganizations: readonly string[] | undefined, inventory: InventoryView): Evaluated {
  const scopeKey = `${scope.partition}:${scope.account}`
  const reach = inventory.memo(c, `reach ${scopeKey}`, () => changeReach(prepOf(c, inventory).identity, actions, scope))
  if (reach.kind === 'universal') {
    // Computed with this function's ARN: any function of the scope gives the same answer.
    return inventory.memo(c, `universal ${scopeKey} ${owner} ${(trustedOrganizations ?? []).join(',')}`, () => frozen(evaluateCandidate(c, prepOf(c, inventory), undefined, fnArn, owner, actions, trustedOrganizations)))
  }
  if (!reach.prefixes.some((p) => scope.name.startsWith(p))) return inventory.memo(c, 'unreached', () => Object.freeze(noGrant(c, prepOf(c, inventory).identity)))
  return evaluateCandidate(c, prep, fn, fnArn, owner, actions, trustedOrganizations)
}

/** A result every function of the scan shares: frozen, so that no caller changes it for the others. */
function frozen(r: Evaluated): Evaluated {
  if (r.changer) {
    Object.freeze(r.changer.actions)
    Object.freeze(r.changer.externalAssumers)
    Object.freeze(r.changer)
  }
  return Object.freeze(r)
}

/** What evaluateCandidate gives a candidate none of whose Allow statements match the function. */
function noGrant(c: Candidate, identity: PrincipalPrep['identity']): Evaluated {
  return identity.missing.length || identity.boundaryMissing ? { undetermined: c.principal.arn ?? c.principal.id } : {}
}

const ALL_ACTIONS: readonly string[] = CHANGE_ACTIONS.map((a) => a.action)

/** Who can change a function, and how, with the shared part apart (see ChangeSplit). */
export function whoCanChangeSplit(fn: LambdaFunction, inventory: InventoryView, opts: WhoCanChangeOptions = {}): ChangeSplit {
  const actions = opts.actions ?? ALL_ACTIONS
  const fnArn = functionArnFor(fn, inventory)
  const owner = functionScope(fn, inventory).account
  const state = changerState(inventory, actions)
  const { candidates } = state
  const out: ChangeSplit = { shared: [], own: [], external: [], undetermined: [] }

  // Evaluating every candidate reads the first one's policies and then the function's policy;
  // keep that order, so that a verdict both make unknown names them in the same order.
  const first = candidates[0]
  const firstPrep = first && prepOf(first, inventory)
  const scope = opts.precompute === false ? undefined : sharedScope(fn, fnArn, actions)
  let evaluated: readonly Candidate[] = candidates
  if (scope) {
    const s = scopeState(state, scope, inventory)
    evaluated = mergeByPosition(state.unclean, specificFor(s, scope.name))
    const sharedKey = `${owner}|${(opts.trustedOrganizations ?? []).join(',')}`
    let shared = s.shared.get(sharedKey)
    if (!shared) {
      // Computed with this function's ARN: any function of the scope gives the same answers.
      const list: InternalChanger[] = []
      for (const c of s.universal) {
        const r = evaluateCandidate(c, prepOf(c, inventory), undefined, fnArn, owner, actions, opts.trustedOrganizations)
        if (r.changer) list.push(r.changer)
      }
      s.shared.set(sharedKey, (shared = Object.freeze(list)))
    }
    out.shared = shared
  }
  for (const c of evaluated) {
    const prep = c === first ? firstPrep! : prepOf(c, inventory)
    const r = scope && !c.clean ? evaluateUnclean(c, prep, fn, scope, fnArn, owner, actions, opts.trustedOrganizations, inventory) : evaluateCandidate(c, prep, fn, fnArn, owner, actions, opts.trustedOrganizations)
    if (r.changer) out.own.push(r.changer)
    else if (r.undetermined) out.undetermined.push(r.undetermined)
  }

  if (fn.policy) {
    const compiled = compilePolicy(fn.policy)
    const analysis = analyzeExternalAccess(fn.policy, { ownerAccount: owner, trustedOrganizations: opts.trustedOrganizations ?? [], resourceArn: fnArn })
    for (const s of analysis.statements) {
      if (s.cancelled || !s.external) continue
      const st = compiled.statements.find((c) => c.index === s.index)
      const granted = st ? actions.filter((a) => statementMatchesAction(st, a)) : []
      if (granted.length === 0) continue
      for (const r of s.reach) if (r.external) out.external.push({ principal: describeReach(r, owner), statement: s.label, actions: granted })
    }
  }
  return out
}

/** Who can change a function, and how (see the module comment). */
export function whoCanChange(fn: LambdaFunction, inventory: InventoryView, opts: WhoCanChangeOptions = {}): ChangeAnalysis {
  const a = whoCanChangeSplit(fn, inventory, opts)
  return { internal: mergeByPosition(a.shared, a.own), external: a.external, undetermined: a.undetermined }
}
