/**
 * "Could anyone outside the account be allowed, for some request?" — for a resource policy
 * (Lambda function or layer policy, SQS, SNS, S3, KMS key policy, role trust policy).
 *
 * Each Allow statement is classified per principal entry:
 * - `public`: anyone, anonymous callers included (`"*"`, `{"AWS": "*"}`, an Allow with NotPrincipal);
 * - `any-aws-principal`: any authenticated principal of any account (a wildcard principal ARN such
 *   as `arn:aws:iam::*:root`, or `*` limited to IAM-authenticated function URL calls);
 * - `accounts`: the listed accounts (from the principal, or from conditions on `*`);
 * - `organization`, `network`, `source-resource`: `*` narrowed by organisation, network path, or a
 *   specific source resource (see restrictions.ts for which conditions count and why);
 * - `service`: an AWS service principal, `scoped` when aws:SourceArn / aws:SourceAccount / … tie
 *   it to a source, so another customer's resource cannot make the service call us (confused
 *   deputy);
 * - `federated`, `canonical-user`; `orphaned` for the unique id of a deleted principal (it can never
 *   match again); `nobody` when conditions exclude every caller.
 *
 * Deny statements count: a Deny that covers the Allow's actions and resource for every principal
 * either cancels it (no condition) or leaves allowed only those who make one of its conditions false
 * — restricting when all of those are negated conditions on restricting keys
 * (`Deny … StringNotEquals aws:PrincipalOrgID o-x`).
 *
 * Network-restricted grants (VPC endpoint, VPC, private IPs) are reported but not counted as
 * external: who owns the endpoint is not in the policy.
 */
import type { PolicyDocument } from '../../model/common.js'
import { actionsCovered, expandActionPattern } from './actions.js'
import { actionInfo } from './catalogue.js'
import { compilePolicy, isUniversalResourcePattern, statementMatchesAction, statementMatchesResource, type CompiledStatement } from './compile.js'
import { hasWildcard } from './glob.js'
import { createContext } from './context.js'
import { isAccountId } from './arn.js'
import { describePrincipalEntry, type PrincipalEntry } from './principals.js'
import { restrictionFromAllow, restrictionFromDeny, SERVICE_SCOPING_KEYS, type Restriction } from './restrictions.js'

export interface ExternalAccessOptions {
  /** The account that owns the resource. */
  ownerAccount: string
  /** The resource's ARN, to tell whether a Deny covers it. */
  resourceArn?: string
  /** Organisation ids (`o-…`) counted as inside the owner's zone of trust. */
  trustedOrganizations?: readonly string[]
}

export type ReachKind =
  | 'public'
  | 'any-aws-principal'
  | 'accounts'
  | 'organization'
  | 'network'
  | 'source-resource'
  | 'service'
  | 'federated'
  | 'canonical-user'
  | 'orphaned'
  | 'nobody'

/** Who one principal entry of an Allow statement reaches, after conditions and Denies. */
export interface PrincipalReach {
  /** The principal as written (`*`, `123456789012`, `Service s3.amazonaws.com` …). */
  principal: string
  kind: ReachKind
  /** Reaches principals outside the owner account. */
  external: boolean
  /** Accounts it reaches, when known (principal accounts, or accounts named by conditions). */
  accounts: string[]
  /** Condition keys (or `NotPrincipal`) that narrowed the reach. */
  restrictedBy: string[]
  /** For `service`. */
  service?: string
  scoped?: boolean
  scopedBy?: string[]
  organizations?: string[]
}

export interface StatementAccess {
  index: number
  sid?: string
  /** Sid, or `#index` when the statement has none. */
  label: string
  /** Action or NotAction patterns as written. */
  actions: readonly string[]
  notAction: boolean
  reach: PrincipalReach[]
  /** Restrictions from the statement's own conditions. */
  restrictions: Restriction[]
  /** Restrictions left by Deny statements that cover this one (each group: any one suffices). */
  denyRestrictions: Restriction[][]
  /** The grant only applies to function URL calls (with that auth type; `any` = either). */
  functionUrl?: 'NONE' | 'AWS_IAM' | 'any'
  /** An unconditional Deny for everyone covers it: it grants nothing. */
  cancelled: boolean
  /** Some principal entry reaches `public` or `any-aws-principal`. */
  public: boolean
  external: boolean
}

export interface CrossAccountGrant {
  account: string
  statementIndex: number
  sid?: string
  actions: readonly string[]
  /** The principal or service through which the account gets access. */
  via: string
}

export interface ServicePrincipalGrant {
  service: string
  statementIndex: number
  sid?: string
  label: string
  actions: readonly string[]
  scoped: boolean
  scopedBy: string[]
  /** Source accounts the grant is scoped to, when known. */
  accounts: string[]
}

export interface ExternalAccessResult {
  statements: StatementAccess[]
  publicStatements: StatementAccess[]
  crossAccount: CrossAccountGrant[]
  servicePrincipals: ServicePrincipalGrant[]
  /** Some statement is public (not cancelled). */
  isPublic: boolean
  /** Some statement reaches outside the owner account. */
  hasExternalAccess: boolean
}

const EMPTY_CONTEXT = createContext({})

interface DenyInfo {
  st: CompiledStatement
  /** undefined: cancels outright (no condition); otherwise the alternatives left allowed. */
  group: Restriction[] | undefined
}

/** Denies that apply to everyone and either cancel or restrict. */
function restrictingDenies(statements: readonly CompiledStatement[], owner: string): DenyInfo[] {
  const out: DenyInfo[] = []
  for (const st of statements) {
    if (st.effect !== 'Deny' || !st.principals) continue
    let group: Restriction[] | undefined
    if (st.notPrincipal) {
      // Everyone except the listed principals: those accounts escape the Deny.
      const accounts = st.principals.flatMap((e) => accountOfEntry(e) ?? [])
      group = [{ type: 'accounts', key: 'NotPrincipal', accounts: [...new Set(accounts)] }]
    } else if (!st.principals.some((e) => e.kind === 'any')) continue
    const entries = st.condition?.entries ?? []
    if (st.condition && st.condition.unsupported.length > 0) continue
    if (entries.length > 0) {
      const rs = entries.map((e) => restrictionFromDeny(e, owner))
      if (rs.some((r) => r === undefined)) continue
      group = [...(group ?? []), ...(rs as Restriction[])]
    }
    out.push({ st, group })
  }
  return out
}

function accountOfEntry(e: PrincipalEntry): string | undefined {
  if (e.kind === 'account') return e.accountId
  if (e.kind === 'arn') return e.accountId
  return undefined
}

function denyCovers(deny: CompiledStatement, allow: CompiledStatement, resourceArn: string | undefined): boolean {
  if (!actionsCovered(deny, allow)) return false
  if (!deny.resourcePatterns) return true
  if (!deny.notResource && deny.resourcePatterns.some(isUniversalResourcePattern)) return true
  if (resourceArn) return statementMatchesResource(deny, resourceArn, EMPTY_CONTEXT)
  if (!allow.resourcePatterns || allow.notResource) return false
  return allow.resourcePatterns.every((p) => statementMatchesResource(deny, p, EMPTY_CONTEXT))
}

function intersect(a: string[] | undefined, b: readonly string[]): string[] {
  return a === undefined ? [...new Set(b)] : a.filter((x) => b.includes(x))
}

/** Narrows an "everyone" reach by restrictions that all hold (AND). */
function narrowEveryone(base: 'public' | 'any-aws-principal', rs: readonly Restriction[]): { kind: ReachKind; accounts: string[]; keys: string[]; organizations: string[] } {
  let accounts: string[] | undefined
  const keys: string[] = []
  let kind: ReachKind = base
  const organizations: string[] = []
  for (const r of rs) {
    if (r.type === 'accounts') accounts = intersect(accounts, r.accounts)
  }
  for (const r of rs) if (r.type !== 'function-url' || r.authType === 'AWS_IAM') keys.push(r.key)
  if (accounts !== undefined) kind = accounts.length > 0 ? 'accounts' : 'nobody'
  else if (rs.some((r) => r.type === 'source-resource')) kind = 'source-resource'
  else if (rs.some((r) => r.type === 'organization')) kind = 'organization'
  else if (rs.some((r) => r.type === 'network')) kind = 'network'
  else if (rs.some((r) => r.type === 'function-url' && r.authType === 'AWS_IAM')) kind = 'any-aws-principal'
  for (const r of rs) if (r.type === 'organization') organizations.push(...r.orgIds, ...(r.ownOrganization ? ['(owner organization)'] : []))
  return { kind, accounts: accounts ?? [], keys, organizations }
}

/** Applies Deny groups (alternatives) to a reach that is still open to everyone. */
function narrowByDenyGroup(group: readonly Restriction[]): { kind: ReachKind; accounts: string[]; keys: string[]; organizations: string[] } {
  const accounts = [...new Set(group.flatMap((r) => (r.type === 'accounts' ? r.accounts : [])))]
  const keys = group.map((r) => r.key)
  const organizations = group.flatMap((r) => (r.type === 'organization' ? [...r.orgIds, ...(r.ownOrganization ? ['(owner organization)'] : [])] : []))
  if (group.every((r) => r.type === 'accounts')) return { kind: accounts.length > 0 ? 'accounts' : 'nobody', accounts, keys, organizations }
  // Several ways out of the Deny: the broadest decides the kind.
  const order: ReachKind[] = ['any-aws-principal', 'network', 'organization', 'source-resource', 'accounts']
  const kinds = group.map((r): ReachKind => (r.type === 'function-url' ? (r.authType === 'AWS_IAM' ? 'any-aws-principal' : 'public') : r.type === 'accounts' ? 'accounts' : r.type))
  if (kinds.includes('public')) return { kind: 'public', accounts: [], keys: [], organizations: [] }
  const kind = order.find((k) => kinds.includes(k)) ?? 'accounts'
  return { kind, accounts, keys, organizations }
}

function isExternal(kind: ReachKind, accounts: readonly string[], owner: string, organizations: readonly string[], trusted: readonly string[]): boolean {
  switch (kind) {
    case 'public':
    case 'any-aws-principal':
    case 'canonical-user':
      return true
    case 'accounts':
      return accounts.some((a) => a !== owner)
    case 'organization':
      return organizations.some((o) => o !== '(owner organization)' && !trusted.includes(o))
    default:
      return false
  }
}

function everyoneReach(
  base: 'public' | 'any-aws-principal',
  principal: string,
  own: readonly Restriction[],
  denyGroups: readonly Restriction[][],
  opts: ExternalAccessOptions,
): PrincipalReach {
  let n = narrowEveryone(base, own)
  const restrictedBy = [...n.keys]
  for (const g of denyGroups) {
    const d = narrowByDenyGroup(g)
    if (n.kind === 'public' || n.kind === 'any-aws-principal') {
      if (d.kind !== 'public' && !(d.kind === 'any-aws-principal' && n.kind === 'any-aws-principal')) {
        n = d
        restrictedBy.push(...d.keys)
      }
    } else if (n.kind === 'accounts' && d.kind === 'accounts') {
      n = { ...n, accounts: n.accounts.filter((a) => d.accounts.includes(a)) }
      if (n.accounts.length === 0) n.kind = 'nobody'
      restrictedBy.push(...d.keys)
    }
  }
  return {
    principal,
    kind: n.kind,
    external: isExternal(n.kind, n.accounts, opts.ownerAccount, n.organizations, opts.trustedOrganizations ?? []),
    accounts: n.accounts,
    restrictedBy: [...new Set(restrictedBy)],
    ...(n.organizations.length > 0 ? { organizations: [...new Set(n.organizations)] } : {}),
  }
}

function accountsOf(r: Restriction): string[] {
  return r.type === 'accounts' ? r.accounts : []
}

function entryReach(e: PrincipalEntry, own: readonly Restriction[], denyGroups: readonly Restriction[][], opts: ExternalAccessOptions, authenticatedOnly = false): PrincipalReach | undefined {
  const owner = opts.ownerAccount
  const principal = describePrincipalEntry(e)
  if (e.kind === 'any') return everyoneReach(authenticatedOnly ? 'any-aws-principal' : 'public', principal, own, denyGroups, opts)
  // A wildcard principal ARN with a literal account (`arn:aws:iam::111122223333:role/*`) stays in
  // that account; with a wildcard account it reaches every account.
  if (e.kind === 'wildcard-arn' && !isAccountId(e.accountPattern)) return everyoneReach('any-aws-principal', principal, own, denyGroups, opts)
  switch (e.kind) {
    case 'account':
    case 'arn':
    case 'wildcard-arn': {
      const accountId = e.kind === 'wildcard-arn' ? e.accountPattern : e.accountId
      if (!accountId) return { principal, kind: 'orphaned', external: false, accounts: [], restrictedBy: [] }
      let accounts = [accountId]
      const restrictedBy: string[] = []
      for (const r of own) {
        if (r.type === 'accounts') accounts = accounts.filter((a) => r.accounts.includes(a))
        restrictedBy.push(r.key)
      }
      for (const g of denyGroups) {
        if (!g.every((r) => r.type === 'accounts')) continue
        const allowed = g.flatMap(accountsOf)
        accounts = accounts.filter((a) => allowed.includes(a))
        restrictedBy.push(...g.map((r) => r.key))
      }
      return { principal, kind: accounts.length > 0 ? 'accounts' : 'nobody', external: accounts.some((a) => a !== owner), accounts, restrictedBy: [...new Set(restrictedBy)] }
    }
    case 'service': {
      // Own conditions all hold (AND); a Deny group leaves any one of its alternatives (OR).
      const isScoping = (r: Restriction) => SERVICE_SCOPING_KEYS.has(r.key.toLowerCase())
      const ownScoping = own.filter(isScoping)
      const groups = denyGroups.filter((g) => g.every(isScoping))
      let accounts: string[] | undefined
      for (const r of ownScoping) if (r.type === 'accounts') accounts = intersect(accounts, r.accounts)
      for (const g of groups) if (g.every((r) => r.type === 'accounts')) accounts = intersect(accounts, g.flatMap(accountsOf))
      const scopedBy = [...new Set([...ownScoping, ...groups.flat()].map((r) => r.key))]
      const scoped = scopedBy.length > 0
      return {
        principal,
        kind: 'service',
        service: e.service,
        scoped,
        scopedBy,
        accounts: accounts ?? [],
        external: !scoped || (accounts ?? []).some((a) => a !== owner),
        restrictedBy: [...new Set(own.map((r) => r.key))],
      }
    }
    case 'federated':
      return { principal, kind: 'federated', external: e.accountId === undefined || e.accountId !== owner, accounts: e.accountId ? [e.accountId] : [], restrictedBy: own.map((r) => r.key) }
    case 'canonical-user':
      return { principal, kind: 'canonical-user', external: true, accounts: [], restrictedBy: own.map((r) => r.key) }
    case 'unique-id':
      return { principal, kind: 'orphaned', external: false, accounts: [], restrictedBy: [] }
    default:
      return undefined
  }
}

/** Actions AWS counts as invoking a function through its URL. */
const URL_INVOCATION_ACTIONS = new Set(['lambda:invokefunctionurl', 'lambda:invokefunction'])

/**
 * Whether every action the statement grants that carries one of the function-URL keys is an
 * invocation. Actions without the key are never granted under a condition on it (a missing key
 * fails a positive operator), so only the actions that carry it matter. Uses the catalogue; an
 * action pattern it cannot expand counts as not only invocation.
 */
function onlyUrlInvocation(st: CompiledStatement, keysLower: readonly string[]): boolean {
  const granted = st.notAction ? expandActionPattern('lambda:*').filter((a) => statementMatchesAction(st, a)) : st.actionPatterns.flatMap((p) => (hasWildcard(p) ? expandActionPattern(p) : [p]))
  if (granted.length === 0) return false
  for (const action of granted) {
    const info = actionInfo(action)
    if (!info) {
      if (!URL_INVOCATION_ACTIONS.has(action.toLowerCase())) return false
      continue
    }
    const carries = info.conditionKeys.some((k) => keysLower.includes(k.toLowerCase()))
    if (carries && !URL_INVOCATION_ACTIONS.has(info.action.toLowerCase())) return false
  }
  return true
}

/** Analyses a resource policy for access from outside the owner account. Pure and synchronous. */
export function analyzeExternalAccess(doc: PolicyDocument, opts: ExternalAccessOptions): ExternalAccessResult {
  const owner = opts.ownerAccount
  const compiled = compilePolicy(doc)
  const denies = restrictingDenies(compiled.statements, owner)
  const statements: StatementAccess[] = []
  for (const st of compiled.statements) {
    if (st.effect !== 'Allow' || !st.principals) continue
    const covering = denies.filter((d) => denyCovers(d.st, st, opts.resourceArn))
    const cancelled = covering.some((d) => d.group === undefined)
    const denyRestrictions = covering.flatMap((d) => (d.group ? [d.group] : []))
    let own = (st.condition?.entries ?? []).flatMap((e) => restrictionFromAllow(e, owner) ?? [])
    let authenticatedOnly = false
    const urlRestrictions = own.filter((r) => r.type === 'function-url')
    if (urlRestrictions.length > 0 && !onlyUrlInvocation(st, urlRestrictions.map((r) => r.key.toLowerCase()))) {
      // The URL keys also travel with function-URL management calls (CreateFunctionUrlConfig,
      // AddPermission …): for those they restrict nothing, and such calls are always signed.
      own = own.filter((r) => r.type !== 'function-url')
      authenticatedOnly = true
    }
    const urlTypes = own.filter((r): r is Extract<Restriction, { type: 'function-url' }> => r.type === 'function-url').map((r) => r.authType)
    const functionUrl = urlTypes.length === 0 ? undefined : urlTypes.includes('NONE') ? 'NONE' : urlTypes.includes('AWS_IAM') ? 'AWS_IAM' : 'any'
    const reach: PrincipalReach[] = []
    if (st.notPrincipal) {
      // Allow + NotPrincipal: everyone except the listed principals, anonymous callers included.
      reach.push(everyoneReach(authenticatedOnly ? 'any-aws-principal' : 'public', `NotPrincipal ${st.principals.map(describePrincipalEntry).join(', ')}`, own, denyRestrictions, opts))
    } else {
      for (const e of st.principals) {
        const r = entryReach(e, own, denyRestrictions, opts, authenticatedOnly)
        if (r) reach.push(r)
      }
    }
    if (cancelled) for (const r of reach) r.external = false
    const isPublic = !cancelled && reach.some((r) => r.kind === 'public' || r.kind === 'any-aws-principal')
    statements.push({
      index: st.index,
      ...(st.sid ? { sid: st.sid } : {}),
      label: st.sid ?? `#${st.index}`,
      actions: st.actionPatterns,
      notAction: st.notAction,
      reach,
      restrictions: own,
      denyRestrictions,
      ...(functionUrl ? { functionUrl } : {}),
      cancelled,
      public: isPublic,
      external: !cancelled && reach.some((r) => r.external),
    })
  }

  const crossAccount: CrossAccountGrant[] = []
  const servicePrincipals: ServicePrincipalGrant[] = []
  for (const s of statements) {
    if (s.cancelled) continue
    for (const r of s.reach) {
      if (r.kind === 'service') {
        servicePrincipals.push({
          service: r.service!,
          statementIndex: s.index,
          ...(s.sid ? { sid: s.sid } : {}),
          label: s.label,
          actions: s.actions,
          scoped: r.scoped!,
          scopedBy: r.scopedBy!,
          accounts: r.accounts,
        })
      }
      if (r.kind === 'accounts' || r.kind === 'service') {
        for (const account of r.accounts) {
          if (account === owner) continue
          crossAccount.push({ account, statementIndex: s.index, ...(s.sid ? { sid: s.sid } : {}), actions: s.actions, via: r.principal })
        }
      }
    }
  }
  const publicStatements = statements.filter((s) => s.public)
  return {
    statements,
    publicStatements,
    crossAccount,
    servicePrincipals,
    isPublic: publicStatements.length > 0,
    hasExternalAccess: statements.some((s) => s.external),
  }
}
