/**
 * The Principal / NotPrincipal element, and the principal that makes a request.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html)
 *
 * Forms handled:
 * - `"*"` and `{"AWS": "*"}`: everyone, anonymous callers included (AWS: the two are equivalent).
 * - `{"AWS": "123456789012"}` and `{"AWS": "arn:aws:iam::123456789012:root"}`: the account. Both
 *   "delegate permissions to the account": principals of that account still need their own
 *   identity-based permission, which is why an account match is weaker than a direct match.
 * - user, role, assumed-role session and federated-user ARNs; unique ids (AIDA…, AROA…) that AWS
 *   shows when the principal was deleted.
 * - `{"Service": …}`, `{"Federated": …}`, `{"CanonicalUser": …}`.
 * - AWS rejects wildcards inside a principal ARN ("You cannot use a wildcard to match part of a
 *   principal name or ARN"). An IaC template can still carry one (`arn:aws:iam::*:root`); we read it
 *   as the pattern its author wrote, i.e. every matching principal, so it is reported rather than
 *   silently ignored.
 */
import { accountOfArn, isAccountId, parseArn } from './arn.js'
import { cachedRegExp, globSource, hasWildcard, type Matcher } from './glob.js'

export type PrincipalArnType = 'user' | 'role' | 'assumed-role' | 'federated-user' | 'root' | 'other'

/** One value of a Principal / NotPrincipal element, classified. */
export type PrincipalEntry =
  | { kind: 'any'; raw: string }
  | { kind: 'account'; raw: string; accountId: string }
  | { kind: 'arn'; raw: string; arn: string; accountId?: string; arnType: PrincipalArnType; name?: string }
  | { kind: 'wildcard-arn'; raw: string; regex: Matcher; accountPattern: string }
  | { kind: 'unique-id'; raw: string }
  | { kind: 'service'; raw: string; service: string }
  | { kind: 'federated'; raw: string; provider: string; accountId?: string }
  | { kind: 'canonical-user'; raw: string; id: string }
  | { kind: 'invalid'; raw: string; type: string }

/** Classifies an IAM/STS principal ARN. */
export function principalArnType(arn: string): { type: PrincipalArnType; name?: string; roleName?: string } {
  const p = parseArn(arn)
  if (!p) return { type: 'other' }
  if (p.service === 'iam') {
    if (p.resource === 'root') return { type: 'root' }
    if (p.resource.startsWith('user/')) return { type: 'user', name: lastSegment(p.resource) }
    if (p.resource.startsWith('role/')) return { type: 'role', name: lastSegment(p.resource) }
  }
  if (p.service === 'sts') {
    if (p.resource.startsWith('assumed-role/')) {
      const [, roleName, session] = p.resource.split('/')
      return { type: 'assumed-role', ...(roleName ? { roleName } : {}), ...(session ? { name: session } : {}) }
    }
    if (p.resource.startsWith('federated-user/')) return { type: 'federated-user', name: p.resource.slice('federated-user/'.length) }
  }
  return { type: 'other' }
}

function lastSegment(resource: string): string {
  return resource.slice(resource.lastIndexOf('/') + 1)
}

function asList(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return []
}

/** Parses a Principal / NotPrincipal element into entries. */
export function parsePrincipalElement(value: unknown): PrincipalEntry[] {
  if (value === '*') return [{ kind: 'any', raw: '*' }]
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
  const out: PrincipalEntry[] = []
  for (const [type, raw] of Object.entries(value as Record<string, unknown>)) {
    const t = type.toLowerCase()
    for (const v of asList(raw)) {
      if (t === 'aws') out.push(parseAwsPrincipal(v))
      else if (t === 'service') out.push({ kind: 'service', raw: v, service: v.toLowerCase() })
      else if (t === 'federated') out.push({ kind: 'federated', raw: v, provider: v.toLowerCase(), ...(accountOfArn(v) ? { accountId: accountOfArn(v)! } : {}) })
      else if (t === 'canonicaluser') out.push({ kind: 'canonical-user', raw: v, id: v.toLowerCase() })
      else out.push({ kind: 'invalid', raw: v, type })
    }
  }
  return out
}

function parseAwsPrincipal(v: string): PrincipalEntry {
  if (v === '*') return { kind: 'any', raw: v }
  if (isAccountId(v)) return { kind: 'account', raw: v, accountId: v }
  if (v.startsWith('arn:')) {
    const p = parseArn(v)
    if (hasWildcard(v)) return { kind: 'wildcard-arn', raw: v, regex: cachedRegExp(globSource(v)), accountPattern: p?.account ?? '*' }
    const info = principalArnType(v)
    if (info.type === 'root' && p && isAccountId(p.account)) return { kind: 'account', raw: v, accountId: p.account }
    const accountId = accountOfArn(v)
    return { kind: 'arn', raw: v, arn: v, arnType: info.type, ...(accountId ? { accountId } : {}), ...(info.name ? { name: info.name } : {}) }
  }
  // Unique ids of deleted users/roles (AIDA…, AROA…): they can never match a new principal.
  if (/^A[A-Z0-9]{15,}$/.test(v)) return { kind: 'unique-id', raw: v }
  return { kind: 'invalid', raw: v, type: 'AWS' }
}

/** The principal that makes a request. */
export type RequestPrincipal =
  /** An IAM user, role (meaning a session of it), assumed-role session, federated user or root. */
  | { type: 'aws'; arn: string; roleArn?: string; uniqueId?: string }
  | { type: 'service'; service: string }
  | { type: 'anonymous' }
  /** A web-identity or SAML caller of AssumeRoleWith*, identified by its provider. */
  | { type: 'federated'; provider: string }
  | { type: 'canonical-user'; id: string }

/** The principal with everything matching needs already derived. */
export interface PreparedPrincipal {
  type: RequestPrincipal['type']
  arn?: string
  accountId?: string
  arnType?: PrincipalArnType
  /** Role name for a role or a session of it. */
  roleName?: string
  roleArn?: string
  uniqueId?: string
  service?: string
  provider?: string
  canonicalId?: string
}

/** The root principal of an account (a request "from the account"). */
export function accountPrincipal(accountId: string, partition = 'aws'): RequestPrincipal {
  return { type: 'aws', arn: `arn:${partition}:iam::${accountId}:root` }
}

export function preparePrincipal(p: RequestPrincipal): PreparedPrincipal {
  switch (p.type) {
    case 'aws': {
      const info = principalArnType(p.arn)
      const accountId = accountOfArn(p.arn)
      const parsed = parseArn(p.arn)
      const out: PreparedPrincipal = { type: 'aws', arn: p.arn, arnType: info.type }
      if (accountId) out.accountId = accountId
      if (p.uniqueId) out.uniqueId = p.uniqueId
      if (info.type === 'role') {
        out.roleName = info.name
        out.roleArn = p.arn
      } else if (info.type === 'assumed-role') {
        out.roleName = info.roleName
        // A session ARN drops the role's path; the caller may pass the real role ARN.
        out.roleArn = p.roleArn ?? (parsed && info.roleName ? `arn:${parsed.partition}:iam::${parsed.account}:role/${info.roleName}` : undefined)
      }
      return out
    }
    case 'service':
      return { type: 'service', service: p.service.toLowerCase() }
    case 'anonymous':
      return { type: 'anonymous' }
    case 'federated':
      return { type: 'federated', provider: p.provider.toLowerCase() }
    case 'canonical-user':
      return { type: 'canonical-user', canonicalId: p.id.toLowerCase() }
  }
}

/**
 * How a Principal element matched a request:
 * - `direct`: the principal itself (user, session, service, `*`) – grants without identity policy
 *   in the same account;
 * - `role`: the role ARN of the calling session – like direct, but still capped by the role's
 *   permissions boundary (AWS: "Resource-based policies that grant permissions to an IAM role ARN
 *   are limited by an implicit deny in a permissions boundary or session policy",
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html);
 * - `account`: the principal's account – delegation, the identity side must allow too.
 */
export type PrincipalMatch = 'none' | 'account' | 'role' | 'direct'

const STRENGTH: Record<PrincipalMatch, number> = { none: 0, account: 1, role: 2, direct: 3 }

export function strongerMatch(a: PrincipalMatch, b: PrincipalMatch): PrincipalMatch {
  return STRENGTH[a] >= STRENGTH[b] ? a : b
}

function matchEntry(e: PrincipalEntry, p: PreparedPrincipal): PrincipalMatch {
  switch (e.kind) {
    case 'any':
      return 'direct'
    case 'account':
      return p.type === 'aws' && p.accountId === e.accountId ? 'account' : 'none'
    case 'arn':
      if (p.type !== 'aws') return 'none'
      if (e.arnType === 'role') return p.roleName !== undefined && p.roleName === e.name && p.accountId === e.accountId ? 'role' : 'none'
      return p.arn === e.arn ? 'direct' : 'none'
    case 'wildcard-arn':
      if (p.type !== 'aws') return 'none'
      return (p.arn && e.regex.test(p.arn)) || (p.roleArn && e.regex.test(p.roleArn)) ? 'direct' : 'none'
    case 'unique-id':
      return p.uniqueId === e.raw ? 'direct' : 'none'
    case 'service':
      return p.type === 'service' && (e.service === '*' || e.service === p.service) ? 'direct' : 'none'
    case 'federated':
      return p.type === 'federated' && p.provider === e.provider ? 'direct' : 'none'
    case 'canonical-user':
      return p.type === 'canonical-user' && p.canonicalId === e.id ? 'direct' : 'none'
    case 'invalid':
      return 'none'
  }
}

/** The strongest match of a request principal against a Principal element's entries. */
export function matchPrincipal(entries: readonly PrincipalEntry[], p: PreparedPrincipal): PrincipalMatch {
  let best: PrincipalMatch = 'none'
  for (const e of entries) {
    best = strongerMatch(best, matchEntry(e, p))
    if (best === 'direct') break
  }
  return best
}

/**
 * Whether a NotPrincipal element exempts the request principal. AWS may check the account, then the
 * role, then the session ("you must also specify the account ARN of the not-denied principal …
 * AWS might validate the account first, then the role, and then the assumed-role user",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html),
 * so the principal is exempt only when every level of its chain is listed.
 */
export function notPrincipalExempts(entries: readonly PrincipalEntry[], p: PreparedPrincipal): boolean {
  if (entries.some((e) => e.kind === 'any')) return true
  const listsAccount = () => p.accountId !== undefined && entries.some((e) => e.kind === 'account' && e.accountId === p.accountId)
  const listsArn = (arn: string | undefined) => arn !== undefined && entries.some((e) => (e.kind === 'arn' && e.arn === arn) || (e.kind === 'wildcard-arn' && e.regex.test(arn)))
  const listsRole = () => entries.some((e) => e.kind === 'arn' && e.arnType === 'role' && e.name === p.roleName && e.accountId === p.accountId)
  switch (p.type) {
    case 'aws':
      if (p.arnType === 'root') return listsAccount()
      if (p.arnType === 'assumed-role') return listsArn(p.arn) && listsRole() && listsAccount()
      if (p.arnType === 'role') return listsRole() && listsAccount()
      return listsArn(p.arn) && listsAccount()
    case 'anonymous':
      return false
    default:
      return matchPrincipal(entries, p) !== 'none'
  }
}

/** A short description of an entry for reports. */
export function describePrincipalEntry(e: PrincipalEntry): string {
  return e.kind === 'service' ? `Service ${e.raw}` : e.kind === 'federated' ? `Federated ${e.raw}` : e.kind === 'canonical-user' ? `CanonicalUser ${e.raw}` : e.raw
}
