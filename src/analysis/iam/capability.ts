/**
 * "Can this principal perform this action on this resource — always, only under some
 * conditions, or never?" over its identity-based policies, capped by its permissions boundary.
 *
 * Unlike evaluateRequest, which answers for one concrete request, this answers for every request
 * the principal could make: a condition on a key the principal itself determines (aws:PrincipalArn,
 * aws:username, aws:PrincipalTag/…, or any key the caller declares known) is evaluated and is
 * either true or false; a condition on anything else (aws:SourceIp, aws:RequestedRegion,
 * aws:MultiFactorAuthPresent when not declared …) may hold for some request, which makes the
 * grant `conditional`. The same rules apply to Deny statements: an unconditional matching Deny
 * takes the grant away, a conditional one leaves it conditional. Explicit deny wins
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html) and
 * a boundary grants nothing itself, so an action must be allowed by both the identity policies and
 * the boundary.
 *
 * Resource policies, SCPs and session policies are not part of this question (see who-can.ts for
 * resource policies).
 */
import type { PolicyDocument } from '../../model/common.js'
import type { GrantLevel, GrantingStatement, NamedPolicy } from './admin.js'
import { evaluateEntry } from './conditions/evaluate.js'
import { createContext, type ContextInput, type RequestContext } from './context.js'
import { compilePolicy, statementMatchesLowerAction, statementMatchesResource, statementsForAction, type CompiledStatement } from './compile.js'

/** The identity side of a principal: its policies and optional permissions boundary. */
export interface IdentityPolicySet {
  policies: readonly NamedPolicy[]
  boundary?: PolicyDocument
}

/** What is known about every request of the principal. */
export interface CapabilityContext {
  readonly ctx: RequestContext
  /** Lower-cased condition keys whose value (or absence) the context states for every request. */
  readonly knownKeys: ReadonlySet<string>
  /** Lower-cased key prefixes known the same way (`aws:principaltag/` when the tags are known). */
  readonly knownPrefixes: readonly string[]
}

/** Facts about the calling principal that become known condition keys. */
export interface PrincipalFacts {
  arn: string
  kind: 'role' | 'user'
  accountId?: string
  name?: string
  /** Its tags, when the inventory holds them (then every aws:PrincipalTag/… key is known). */
  tags?: Readonly<Record<string, string>>
  /** Extra keys (any case) with their value for every request; `null` = known to be absent. */
  extra?: Readonly<Record<string, string | readonly string[] | null>>
}

/** Builds the capability context of a principal. */
export function principalCapabilityContext(p: PrincipalFacts): CapabilityContext {
  const input: Record<string, string | readonly string[] | null> = {
    'aws:PrincipalArn': p.arn,
    'aws:PrincipalType': p.kind === 'user' ? 'User' : 'AssumedRole',
    'aws:PrincipalIsAWSService': 'false',
  }
  if (p.accountId) input['aws:PrincipalAccount'] = p.accountId
  if (p.kind === 'user' && p.name) input['aws:username'] = p.name
  for (const [k, v] of Object.entries(p.tags ?? {})) input[`aws:PrincipalTag/${k}`] = v
  for (const [k, v] of Object.entries(p.extra ?? {})) input[k] = v
  const knownKeys = new Set(Object.keys(input).map((k) => k.toLowerCase()))
  // A role session never carries aws:username (AWS sets it only for IAM users).
  if (p.kind === 'role') knownKeys.add('aws:username')
  return { ctx: createContext(input as ContextInput), knownKeys, knownPrefixes: p.tags ? ['aws:principaltag/'] : [] }
}

type Applies = 'yes' | 'maybe' | 'no'

function isKnown(cc: CapabilityContext, keyLower: string): boolean {
  return cc.knownKeys.has(keyLower) || cc.knownPrefixes.some((p) => keyLower.startsWith(p))
}

/** Whether a statement's condition holds for every request (`yes`), for none (`no`), or maybe. */
export function conditionApplies(st: CompiledStatement, cc: CapabilityContext): Applies {
  const c = st.condition
  if (!c) return 'yes'
  // An operator AWS does not define makes the policy invalid: the statement never applies.
  if (c.unsupported.length > 0) return 'no'
  let out: Applies = 'yes'
  for (const e of c.entries) {
    // A key the principal's facts do not fix can take any value (or be absent) from one request
    // to the next, so the entry holds for some requests whatever it says.
    if (!isKnown(cc, e.keyLower)) {
      out = 'maybe'
      continue
    }
    if (!evaluateEntry(e, cc.ctx)) return 'no'
  }
  return out
}

function statementApplies(st: CompiledStatement, actionLower: string, resource: string, cc: CapabilityContext): Applies {
  if (!statementMatchesLowerAction(st, actionLower)) return 'no'
  if (!statementMatchesResource(st, resource, cc.ctx)) return 'no'
  return conditionApplies(st, cc)
}

const RANK: Record<GrantLevel, number> = { none: 0, conditional: 1, unconditional: 2 }

/** The weaker of two grant levels. */
export function weakerGrant(a: GrantLevel, b: GrantLevel): GrantLevel {
  return RANK[a] <= RANK[b] ? a : b
}

/** The stronger of two grant levels. */
export function strongerGrant(a: GrantLevel, b: GrantLevel): GrantLevel {
  return RANK[a] >= RANK[b] ? a : b
}

function levelOver(docs: readonly NamedPolicy[], actionLower: string, resource: string, cc: CapabilityContext, statements?: GrantingStatement[]): GrantLevel {
  let allow: Applies = 'no'
  let deny: Applies = 'no'
  for (const p of docs) {
    for (const st of statementsForAction(compilePolicy(p.document), actionLower)) {
      const a = statementApplies(st, actionLower, resource, cc)
      if (a === 'no') continue
      if (st.effect === 'Deny') {
        // An unconditional Deny ends it; a conditional one may leave the grant for some requests.
        if (a === 'yes') return 'none'
        deny = 'maybe'
      } else {
        allow = allow === 'yes' || a === 'yes' ? 'yes' : 'maybe'
        statements?.push({ policy: p.name, statementIndex: st.index, ...(st.sid ? { sid: st.sid } : {}), conditional: a === 'maybe' })
      }
    }
  }
  if (allow === 'no') return 'none'
  return allow === 'yes' && deny === 'no' ? 'unconditional' : 'conditional'
}

/** How far the identity policies (capped by the boundary) allow an action on one resource. */
export function identityGrant(set: IdentityPolicySet, action: string, resource: string, cc: CapabilityContext): { level: GrantLevel; statements: GrantingStatement[] } {
  const actionLower = action.toLowerCase()
  const statements: GrantingStatement[] = []
  let level = levelOver(set.policies, actionLower, resource, cc, statements)
  if (level !== 'none' && set.boundary) level = weakerGrant(level, levelOver([{ name: 'permissions boundary', document: set.boundary }], actionLower, resource, cc))
  return { level, statements: level === 'none' ? [] : statements }
}

/** identityGrant without the granting statements (the hot path of escalation analysis). */
export function identityGrantLevel(set: IdentityPolicySet, actionLower: string, resource: string, cc: CapabilityContext): GrantLevel {
  const level = levelOver(set.policies, actionLower, resource, cc)
  return level !== 'none' && set.boundary ? weakerGrant(level, levelOver([{ name: 'permissions boundary', document: set.boundary }], actionLower, resource, cc)) : level
}

/** The level of an action over probe groups: every group needs an allowed ARN (see probes.ts). */
export function identityGrantOnProbes(set: IdentityPolicySet, action: string, groups: readonly { readonly arns: readonly string[] }[], cc: CapabilityContext): GrantLevel {
  const actionLower = action.toLowerCase()
  let level: GrantLevel = 'unconditional'
  for (const group of groups) {
    let best: GrantLevel = 'none'
    for (const arn of group.arns) {
      best = strongerGrant(best, identityGrantLevel(set, actionLower, arn, cc))
      if (best === 'unconditional') break
    }
    level = weakerGrant(level, best)
    if (level === 'none') return 'none'
  }
  return level
}
