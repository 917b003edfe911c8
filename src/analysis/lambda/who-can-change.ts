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
 * all — so a function only evaluates the few principals that could possibly change it.
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
import { inventoryPolicyLookup, roleFacts, roleIdentity, userFacts, userIdentity } from '../iam/principal-policies.js'
import { describeReach, trustReach } from '../iam/trust.js'
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

/** Roles and users whose policies mention a change action (on any resource, under any condition). */
export function changeCandidates(inventory: InventoryView): { roles: IamRole[]; users: IamUser[] } {
  const changerPolicies = inventory.lookup('iam.policy', policyKeys, CHANGER).map((p) => p.arn ?? p.id)
  const keys = ['inline', 'known-admin', ...changerPolicies.map((a) => `attached:${a}`)]
  const roles = union(keys.map((k) => inventory.lookup('iam.role', roleKeys, k)))
  const groups = union(keys.map((k) => inventory.lookup('iam.group', groupKeys, k)))
  const users = union([...keys, ...groups.map((g) => `group:${g.name}`)].map((k) => inventory.lookup('iam.user', userKeys, k)))
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
 * What does not depend on the function: a principal's resolved policies and capability contexts.
 * Kept per principal object for the scan, but only when nothing in the resolution was unreadable
 * (no `unresolved` field on the principal or its policies, no missing document, no gap over
 * policies or groups): a verdict computed from something unreadable must taint every evaluation
 * that uses it, and only a fresh resolution records that.
 */
interface PrincipalPrep {
  identity: ReturnType<typeof roleIdentity>
  facts: PrincipalFacts
  cc: CapabilityContext
  ccNoMfa?: CapabilityContext
  ccMfa?: CapabilityContext
}
const prepCache = new WeakMap<object, PrincipalPrep>()

function clean(entity: { unresolved?: object }, identity: ReturnType<typeof roleIdentity>, inventory: InventoryView, lookup: ReturnType<typeof inventoryPolicyLookup>, refs: readonly { arn: string }[]): boolean {
  if (entity.unresolved || identity.missing.length || identity.boundaryMissing) return false
  if (inventory.gapsFor('iam.policy').length || inventory.gapsFor('iam.group').length) return false
  return refs.every((r) => !lookup.managedPolicy(r.arn)?.unresolved)
}

function rolePrep(role: IamRole, inventory: InventoryView, lookup: ReturnType<typeof inventoryPolicyLookup>): PrincipalPrep {
  const hit = prepCache.get(role)
  if (hit) return hit
  const identity = roleIdentity(role, lookup)
  const facts = roleFacts(role)
  const prep = { identity, facts, cc: principalCapabilityContext(facts) }
  if (clean(role, identity, inventory, lookup, [...role.attachedPolicies, ...(role.permissionsBoundaryArn ? [{ arn: role.permissionsBoundaryArn }] : [])])) prepCache.set(role, prep)
  return prep
}

function userPrep(user: IamUser, inventory: InventoryView, lookup: ReturnType<typeof inventoryPolicyLookup>): PrincipalPrep {
  const hit = prepCache.get(user)
  if (hit) return hit
  const identity = userIdentity(user, lookup)
  const facts = userFacts(user, lookup)
  const prep = { identity, facts, cc: principalCapabilityContext(facts), ccNoMfa: principalCapabilityContext({ ...facts, extra: NO_MFA }), ccMfa: principalCapabilityContext({ ...facts, extra: WITH_MFA }) }
  const groupRefs = user.groups.flatMap((g) => {
    const group = lookup.group(g)
    return group?.unresolved ? [{ arn: '' }] : (group?.attachedPolicies ?? [])
  })
  if (clean(user, identity, inventory, lookup, [...user.attachedPolicies, ...groupRefs, ...(user.permissionsBoundaryArn ? [{ arn: user.permissionsBoundaryArn }] : [])]) && groupRefs.every((r) => r.arn)) prepCache.set(user, prep)
  return prep
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
}

/** Who can change a function, and how (see the module comment). */
export function whoCanChange(fn: LambdaFunction, inventory: InventoryView, opts: WhoCanChangeOptions = {}): ChangeAnalysis {
  const actions = opts.actions ?? CHANGE_ACTIONS.map((a) => a.action)
  const fnArn = functionArnFor(fn, inventory)
  const owner = functionScope(fn, inventory).account
  const lookup = inventoryPolicyLookup(inventory)
  const { roles, users } = changeCandidates(inventory)
  const out: ChangeAnalysis = { internal: [], external: [], undetermined: [] }

  for (const role of roles) {
    const { identity, facts, cc } = rolePrep(role, inventory, lookup)
    const g = levels(withDenies(identity, resourcePolicyDenies(fn, facts.arn, !!role.permissionsBoundaryArn)), cc, fnArn, actions)
    if (g.level === 'none') {
      if (identity.missing.length || identity.boundaryMissing) out.undetermined.push(role.arn ?? role.id)
      continue
    }
    const externalAssumers = externalAssumersOf(role, owner, opts.trustedOrganizations)
    out.internal.push({ kind: 'role', arn: role.arn ?? role.id, name: role.name, actions: g.actions, conditional: g.level === 'conditional', withoutMfa: false, externalAssumers, identity, facts })
  }
  for (const user of users) {
    const { identity, facts, ccMfa, ccNoMfa } = userPrep(user, inventory, lookup)
    const effective = withDenies(identity, resourcePolicyDenies(fn, facts.arn, !!user.permissionsBoundaryArn))
    const withMfa = levels(effective, ccMfa!, fnArn, actions)
    if (withMfa.level === 'none') {
      if (identity.missing.length || identity.boundaryMissing) out.undetermined.push(user.arn ?? user.id)
      continue
    }
    const noMfa = levels(effective, ccNoMfa!, fnArn, actions)
    out.internal.push({ kind: 'user', arn: user.arn ?? user.id, name: user.name, actions: withMfa.actions, conditional: withMfa.level === 'conditional', withoutMfa: noMfa.level !== 'none', externalAssumers: [], identity, facts })
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
