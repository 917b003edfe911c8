/**
 * "Is this request allowed?" — AWS policy evaluation for one request against a set of policies.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
 * …/reference_policies_evaluation-logic-cross-account.html)
 *
 * Order:
 * 1. An explicit Deny in any policy (identity, resource, permissions boundary, SCP) wins.
 * 2. SCPs, when given: every level of the hierarchy (root, each OU, the account) must allow.
 * 3. Same account: an Allow in the identity policies (capped by the boundary) or in the resource
 *    policy suffices. How the resource policy names the caller matters:
 *    - the user, the session, a service or `*` ("direct"): allowed even without an identity policy
 *      and not capped by the boundary;
 *    - the role ARN of the calling session: capped by the boundary;
 *    - the account: delegation only — the identity side must allow.
 *    Exceptions: IAM role trust policies and KMS key policies must themselves allow the caller
 *    (resourcePolicyKind `role-trust` / `kms-key`): an identity policy alone never suffices there,
 *    and it only counts when the trust/key policy names the account.
 * 4. Cross-account: both the resource policy and the caller's identity policies (and boundary) must
 *    allow.
 * 5. Service principals and anonymous callers have no identity side: the resource policy decides.
 *
 * Not modelled: session policies, resource control policies (RCPs), VPC endpoint policies, S3 ACLs,
 * KMS grants, and the exemptions of service-linked roles and the management account from SCPs —
 * callers pass only the SCPs that apply.
 */
import type { PolicyDocument } from '../../model/common.js'
import { accountOfArn } from './arn.js'
import { createContext, type ContextInput, type RequestContext } from './context.js'
import {
  compilePolicy,
  statementConditionHolds,
  statementMatchesLowerAction,
  statementMatchesPrincipal,
  statementMatchesResource,
  statementsForAction,
  type CompiledStatement,
} from './compile.js'
import { preparePrincipal, strongerMatch, type PreparedPrincipal, type PrincipalMatch, type RequestPrincipal } from './principals.js'

export interface AccessRequest {
  principal: RequestPrincipal
  action: string
  /** Resource ARN; `*` for "every resource" or actions without resource-level permissions. */
  resource: string
  /** Owner of the resource. Default: the account in the resource ARN, else the caller's account. */
  resourceAccount?: string
  /** Condition keys. Principal keys (aws:PrincipalArn, aws:PrincipalAccount …) are derived when absent. */
  context?: ContextInput
}

export type ResourcePolicyKind = 'default' | 'role-trust' | 'kms-key'

export interface PolicySet {
  identityPolicies?: readonly PolicyDocument[]
  resourcePolicy?: PolicyDocument | null
  permissionsBoundary?: PolicyDocument | null
  /** SCPs by level of the organisation hierarchy; every level must allow. */
  serviceControlPolicies?: readonly (readonly PolicyDocument[])[]
  resourcePolicyKind?: ResourcePolicyKind
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny'

export type DecisionReason =
  | 'explicit-deny'
  | 'denied-by-scp'
  | 'root-user'
  | 'identity-policy'
  | 'resource-policy'
  | 'identity-and-resource-policy'
  | 'no-allow'
  | 'boundary-does-not-allow'
  | 'cross-account-needs-both-sides'
  | 'resource-policy-required'

export interface StatementRef {
  policy: 'identity' | 'resource' | 'boundary' | 'scp'
  policyIndex: number
  statementIndex: number
  sid?: string
}

export interface EvaluationResult {
  decision: Decision
  reason: DecisionReason
  /** Allow statements that matched the request. */
  allows: StatementRef[]
  /** Deny statements that matched the request. */
  denies: StatementRef[]
}

interface Prepared {
  /** Lower-cased: action names are case-insensitive. */
  action: string
  resource: string
  principal: PreparedPrincipal
  ctx: RequestContext
  hasBoundary: boolean
}

const MAX_PRINCIPAL_CACHE = 10_000
const principalCache = new Map<string, { prepared: PreparedPrincipal; keys: Map<string, readonly string[]> }>()

/**
 * The prepared principal and the context keys AWS derives from it (aws:PrincipalArn,
 * aws:PrincipalAccount, aws:PrincipalType, aws:username, aws:PrincipalServiceName,
 * aws:PrincipalIsAWSService), built once per distinct principal.
 */
function principalInfo(p: RequestPrincipal): { prepared: PreparedPrincipal; keys: Map<string, readonly string[]> } {
  const cacheKey = p.type === 'aws' ? `aws|${p.arn}|${p.roleArn ?? ''}|${p.uniqueId ?? ''}` : p.type === 'service' ? `service|${p.service}` : p.type === 'federated' ? `federated|${p.provider}` : p.type === 'canonical-user' ? `canonical|${p.id}` : 'anonymous'
  const hit = principalCache.get(cacheKey)
  if (hit) return hit
  const prepared = preparePrincipal(p)
  const keys = new Map<string, readonly string[]>()
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined) keys.set(k.toLowerCase(), [v])
  }
  if (prepared.type === 'aws') {
    // For a role session aws:PrincipalArn is the role's ARN, not the session's.
    set('aws:PrincipalArn', prepared.arnType === 'assumed-role' ? prepared.roleArn : prepared.arn)
    set('aws:PrincipalAccount', prepared.accountId)
    set('aws:PrincipalIsAWSService', 'false')
    const types: Record<string, string> = { user: 'User', role: 'AssumedRole', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser', root: 'Account' }
    set('aws:PrincipalType', types[prepared.arnType ?? 'other'])
    if (prepared.arnType === 'user' && prepared.arn) set('aws:username', prepared.arn.slice(prepared.arn.lastIndexOf('/') + 1))
  } else if (prepared.type === 'service') {
    set('aws:PrincipalServiceName', prepared.service)
    set('aws:PrincipalIsAWSService', 'true')
  } else if (prepared.type === 'anonymous') {
    set('aws:PrincipalType', 'Anonymous')
  }
  const info = { prepared, keys }
  if (principalCache.size >= MAX_PRINCIPAL_CACHE) principalCache.clear()
  principalCache.set(cacheKey, info)
  return info
}

function derivedContext(keys: Map<string, readonly string[]>, resourceAccount: string | undefined): RequestContext {
  return {
    get(k) {
      if (k === 'aws:resourceaccount') return resourceAccount === undefined ? undefined : [resourceAccount]
      return keys.get(k)
    },
  }
}

function applies(st: CompiledStatement, r: Prepared, principalCheck: boolean): PrincipalMatch {
  if (!statementMatchesLowerAction(st, r.action)) return 'none'
  if (!statementMatchesResource(st, r.resource, r.ctx)) return 'none'
  // A resource-policy statement without Principal/NotPrincipal is invalid (AWS rejects it): it grants nobody.
  if (principalCheck && !st.principals) return 'none'
  const m = principalCheck ? statementMatchesPrincipal(st, r.principal, r.hasBoundary) : 'direct'
  if (m === 'none') return 'none'
  return statementConditionHolds(st, r.ctx) ? m : 'none'
}

interface PolicyScan {
  allow: PrincipalMatch
  allows: StatementRef[]
  denies: StatementRef[]
}

function scan(docs: readonly PolicyDocument[], kind: StatementRef['policy'], r: Prepared, principalCheck: boolean): PolicyScan {
  const out: PolicyScan = { allow: 'none', allows: [], denies: [] }
  docs.forEach((doc, policyIndex) => {
    for (const st of statementsForAction(compilePolicy(doc), r.action)) {
      const m = applies(st, r, principalCheck)
      if (m === 'none') continue
      const ref: StatementRef = { policy: kind, policyIndex, statementIndex: st.index, ...(st.sid ? { sid: st.sid } : {}) }
      if (st.effect === 'Deny') out.denies.push(ref)
      else {
        out.allows.push(ref)
        out.allow = strongerMatch(out.allow, m)
      }
    }
  })
  return out
}

/** Evaluates one request against a policy set. Pure and synchronous. */
export function evaluateRequest(req: AccessRequest, policies: PolicySet): EvaluationResult {
  const info = principalInfo(req.principal)
  const principal = info.prepared
  const resourceAccount = req.resourceAccount ?? accountOfArn(req.resource) ?? principal.accountId
  const ctx = createContext(req.context, derivedContext(info.keys, resourceAccount))
  const r: Prepared = { action: req.action.toLowerCase(), resource: req.resource, principal, ctx, hasBoundary: !!policies.permissionsBoundary }
  const hasIdentitySide = principal.type === 'aws'

  const identity = hasIdentitySide ? scan(policies.identityPolicies ?? [], 'identity', r, false) : undefined
  const boundary = hasIdentitySide && policies.permissionsBoundary ? scan([policies.permissionsBoundary], 'boundary', r, false) : undefined
  const resource = policies.resourcePolicy ? scan([policies.resourcePolicy], 'resource', r, true) : undefined
  // SCPs restrict the principals of member accounts; they do not apply to service principals or anonymous callers.
  const scpLevels = hasIdentitySide ? (policies.serviceControlPolicies ?? []).map((level) => scan(level, 'scp', r, false)) : []

  const allows = [...(identity?.allows ?? []), ...(resource?.allows ?? []), ...(boundary?.allows ?? []), ...scpLevels.flatMap((l) => l.allows)]
  const denies = [...(identity?.denies ?? []), ...(resource?.denies ?? []), ...(boundary?.denies ?? []), ...scpLevels.flatMap((l) => l.denies)]
  const result = (decision: Decision, reason: DecisionReason): EvaluationResult => ({ decision, reason, allows, denies })

  if (denies.length > 0) return result('explicit-deny', 'explicit-deny')
  if (scpLevels.some((l) => l.allow === 'none')) return result('implicit-deny', 'denied-by-scp')

  const kind = policies.resourcePolicyKind ?? 'default'
  const resourceMatch = resource?.allow ?? 'none'
  if (!hasIdentitySide) return resourceMatch !== 'none' ? result('allow', 'resource-policy') : result('implicit-deny', 'no-allow')

  // The root user needs no identity policy: it holds every permission of its own account.
  const isRoot = principal.arnType === 'root'
  const identityAllows = isRoot || identity!.allow !== 'none'
  const boundaryAllows = !boundary || boundary.allow !== 'none'
  const sameAccount = principal.accountId === undefined || resourceAccount === undefined || principal.accountId === resourceAccount

  if (!sameAccount) {
    if (resourceMatch === 'none') return result('implicit-deny', kind === 'default' ? 'cross-account-needs-both-sides' : 'resource-policy-required')
    if (!identityAllows) return result('implicit-deny', 'cross-account-needs-both-sides')
    if (!boundaryAllows) return result('implicit-deny', 'boundary-does-not-allow')
    return result('allow', 'identity-and-resource-policy')
  }

  // The root user has full access to its own account's resources, except where a key or trust
  // policy must name it (the account, or the root ARN, is enough there).
  if (isRoot && (kind === 'default' || resourceMatch !== 'none')) return result('allow', 'root-user')

  if (resourceMatch === 'direct') return result('allow', 'resource-policy')
  if (resourceMatch === 'role' && boundaryAllows) return result('allow', 'resource-policy')
  if (kind !== 'default') {
    if (resourceMatch === 'account' && identityAllows && boundaryAllows) return result('allow', 'identity-and-resource-policy')
    if (resourceMatch === 'account' && identityAllows) return result('implicit-deny', 'boundary-does-not-allow')
    return result('implicit-deny', 'resource-policy-required')
  }
  if (identityAllows && boundaryAllows) return result('allow', 'identity-policy')
  if (identityAllows || resourceMatch === 'role') return result('implicit-deny', 'boundary-does-not-allow')
  return result('implicit-deny', 'no-allow')
}
