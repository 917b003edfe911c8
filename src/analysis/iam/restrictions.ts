/**
 * Which conditions narrow *who* an Allow can reach — the part of external-access analysis that
 * condition-unaware scanners get wrong.
 *
 * A condition restricts only when a request that lacks the key, or carries any other value, fails
 * it. That holds for positive operators without `IfExists`, bare or under `ForAnyValue:`, whose
 * values are specific. It does not hold for:
 * - negated operators (StringNotEquals, StringNotLike, ArnNotLike, NotIpAddress …): a request
 *   without the key satisfies them, so an anonymous caller passes;
 * - `…IfExists`: a request without the key passes;
 * - `ForAllValues:`: true when the key is absent;
 * - `Null`: says whether the key exists, not what it is;
 * - values that match everyone: `*`, an account segment `*` in an ARN, `o-*`, a wide public CIDR.
 *
 * In a Deny statement it is the other way round: the Deny stops everyone for whom its conditions
 * all hold, so what is left allowed is whoever makes one of them false. A negated operator (with or
 * without IfExists, bare or under ForAllValues:) is false only when the key is present with one of
 * the listed values — so `Deny … StringNotEquals aws:PrincipalOrgID o-x` restricts to the
 * organisation. A positive operator in a Deny is escaped by anyone without the key and never
 * restricts.
 *
 * Keys and what they restrict to:
 * - accounts: aws:PrincipalAccount, aws:SourceAccount, aws:SourceOwner, kms:CallerAccount (KMS's
 *   own key for the caller's account, used by AWS managed and service-integration key policies);
 *   aws:SourceArn and
 *   aws:PrincipalArn through the account segment of the ARN;
 * - a specific source resource: aws:SourceArn without an account segment (S3 bucket ARNs), and
 *   lambda:EventSourceToken (Alexa);
 * - organisation: aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:SourceOrgID, aws:SourceOrgPaths.
 *   Not aws:ResourceOrgID: in a resource policy it describes the resource being accessed — this
 *   one — so it is the same for every caller and restricts nobody;
 * - network: aws:SourceVpce, aws:SourceVpc, aws:SourceVpcArn, aws:VpcSourceIp, and aws:SourceIp when
 *   no range is internet-wide. Rule for aws:SourceIp: private and reserved ranges (RFC 1918,
 *   loopback, link-local, CGNAT, IPv6 ULA/link-local) restrict; a public range restricts when it is
 *   at least a /16 (IPv4) or /48 (IPv6) — anything wider (0.0.0.0/0, a cloud provider's /8) is
 *   reachable by anyone who rents an address in it;
 * - function URL: lambda:FunctionUrlAuthType and lambda:InvokedViaFunctionUrl limit a grant to calls
 *   through the function URL (with that auth type).
 * The policy variable `${aws:ResourceAccount}` resolves to the owner; `${aws:ResourceOrgID}` to the
 * owner's organisation. Any other variable makes the value caller-dependent: not a restriction.
 */
import { isAccountId, parseArn } from './arn.js'
import type { CompiledConditionEntry } from './conditions/evaluate.js'
import { isPrivateCidr, parseCidr } from './conditions/ip.js'
import type { ParsedOperator } from './conditions/operators.js'
import { hasWildcard } from './glob.js'

/** What a condition (or the NotPrincipal of a Deny) narrows a grant to. */
export type Restriction =
  | { type: 'accounts'; key: string; accounts: string[] }
  | { type: 'source-resource'; key: string; values: string[] }
  | { type: 'organization'; key: string; orgIds: string[]; orgPaths: string[]; ownOrganization: boolean }
  | { type: 'network'; key: string; values: string[]; privateOnly: boolean }
  | { type: 'function-url'; key: string; authType: 'NONE' | 'AWS_IAM' | 'any' }

const MIN_PUBLIC_PREFIX_V4 = 16
const MIN_PUBLIC_PREFIX_V6 = 48

const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 'kms:calleraccount'])
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn'])
const ORG_ID_KEYS = new Set(['aws:principalorgid', 'aws:sourceorgid'])
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths'])
const NETWORK_ID_KEYS = new Set(['aws:sourcevpce', 'aws:sourcevpc', 'aws:sourcevpcarn'])

/** Keys that scope a grant to an AWS service principal to one source (confused-deputy protection). */
export const SERVICE_SCOPING_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'lambda:eventsourcetoken'])

/** The restriction an Allow statement's condition entry imposes, if any. */
export function restrictionFromAllow(e: CompiledConditionEntry, owner: string): Restriction | undefined {
  const op = e.operator
  if (!op || op.negated || op.ifExists || op.set === 'all' || op.family === 'null') return undefined
  return classify(e.key, e.keyLower, op, e.rawValues, owner)
}

/** The restriction left by a Deny statement's condition entry (who escapes the Deny), if any. */
export function restrictionFromDeny(e: CompiledConditionEntry, owner: string): Restriction | undefined {
  const op = e.operator
  if (!op || !op.negated || op.set === 'any') return undefined
  return classify(e.key, e.keyLower, op, e.rawValues, owner)
}

/** Replaces the owner-resolvable variables; undefined when another variable remains. */
function resolveOwnerVariables(v: string, owner: string): string | undefined {
  if (!v.includes('${')) return v
  const out = v.replace(/\$\{\s*aws:ResourceAccount\s*\}/gi, owner)
  return out.includes('${') ? undefined : out
}

function wildcardActive(op: ParsedOperator): boolean {
  return op.like || op.family === 'arn'
}

function classify(key: string, keyLower: string, op: ParsedOperator, rawValues: readonly string[], owner: string): Restriction | undefined {
  if (rawValues.length === 0) return undefined
  if (ACCOUNT_KEYS.has(keyLower)) {
    if (op.family !== 'string') return undefined
    const accounts: string[] = []
    for (const raw of rawValues) {
      const v = resolveOwnerVariables(raw, owner)
      if (v === undefined) return undefined
      if (wildcardActive(op) && hasWildcard(v)) return undefined
      // A value that is not an account id matches no request: it narrows to nobody.
      if (isAccountId(v)) accounts.push(v)
    }
    return { type: 'accounts', key, accounts }
  }
  if (ARN_KEYS.has(keyLower)) {
    if (op.family !== 'string' && op.family !== 'arn') return undefined
    const accounts: string[] = []
    const withoutAccount: string[] = []
    for (const raw of rawValues) {
      const v = resolveOwnerVariables(raw, owner)
      if (v === undefined) return undefined
      const wild = wildcardActive(op)
      if (wild && v === '*') return undefined
      const arn = parseArn(v)
      if (!arn) continue // not an ARN: matches nothing
      if (isAccountId(arn.account)) accounts.push(arn.account)
      else if (arn.account === '' && !(wild && hasWildcard(arn.resource))) withoutAccount.push(v)
      else if (wild && hasWildcard(arn.account)) return undefined
      else if (arn.account !== '') continue // a literal non-account value: matches nothing
      else return undefined // no account and a wildcard resource: any owner's resource
    }
    if (withoutAccount.length > 0) return { type: 'source-resource', key, values: [...withoutAccount, ...accounts] }
    return { type: 'accounts', key, accounts: [...new Set(accounts)] }
  }
  if (ORG_ID_KEYS.has(keyLower)) {
    if (op.family !== 'string') return undefined
    const orgIds: string[] = []
    let own = false
    for (const raw of rawValues) {
      if (/^\$\{\s*aws:ResourceOrgID\s*\}$/i.test(raw)) {
        own = true
        continue
      }
      if (raw.includes('${') || (wildcardActive(op) && hasWildcard(raw))) return undefined
      orgIds.push(raw)
    }
    return { type: 'organization', key, orgIds, orgPaths: [], ownOrganization: own }
  }
  if (ORG_PATH_KEYS.has(keyLower)) {
    if (op.family !== 'string') return undefined
    const orgPaths: string[] = []
    let own = false
    for (const raw of rawValues) {
      if (/^\$\{\s*aws:ResourceOrgPaths\s*\}$/i.test(raw)) {
        own = true
        continue
      }
      if (raw.includes('${')) return undefined
      // The organisation id at the start must be literal: `o-abc/…` is one organisation, `o-*` any.
      const orgSegment = raw.split('/')[0] ?? ''
      if (!/^o-[a-z0-9]+$/.test(orgSegment)) return undefined
      orgPaths.push(raw)
    }
    return { type: 'organization', key, orgIds: [...new Set(orgPaths.map((p) => p.split('/')[0]!))], orgPaths, ownOrganization: own }
  }
  if (NETWORK_ID_KEYS.has(keyLower)) {
    if (op.family !== 'string' && op.family !== 'arn') return undefined
    for (const v of rawValues) if (v.includes('${') || (wildcardActive(op) && hasWildcard(v))) return undefined
    return { type: 'network', key, values: [...rawValues], privateOnly: true }
  }
  if (keyLower === 'aws:vpcsourceip') {
    if (op.family !== 'ip') return undefined
    return { type: 'network', key, values: [...rawValues], privateOnly: true }
  }
  if (keyLower === 'aws:sourceip') {
    if (op.family !== 'ip') return undefined
    let privateOnly = true
    for (const v of rawValues) {
      const c = parseCidr(v)
      if (!c) continue // an invalid range matches nothing
      if (isPrivateCidr(c)) continue
      privateOnly = false
      if (c.prefix < (c.version === 4 ? MIN_PUBLIC_PREFIX_V4 : MIN_PUBLIC_PREFIX_V6)) return undefined
    }
    return { type: 'network', key, values: [...rawValues], privateOnly }
  }
  if (keyLower === 'lambda:functionurlauthtype') {
    if (op.family !== 'string' || (wildcardActive(op) && rawValues.some(hasWildcard))) return undefined
    const types = new Set(rawValues.map((v) => (op.ignoreCase ? v.toUpperCase() : v)))
    const authType = types.size === 1 && types.has('NONE') ? 'NONE' : types.size === 1 && types.has('AWS_IAM') ? 'AWS_IAM' : 'any'
    return { type: 'function-url', key, authType }
  }
  if (keyLower === 'lambda:invokedviafunctionurl') {
    if (op.family !== 'bool' || !rawValues.every((v) => v.toLowerCase() === 'true')) return undefined
    return { type: 'function-url', key, authType: 'any' }
  }
  if (keyLower === 'lambda:eventsourcetoken') {
    if (op.family !== 'string' || (wildcardActive(op) && rawValues.some(hasWildcard))) return undefined
    return { type: 'source-resource', key, values: ['(event source token)'] }
  }
  return undefined
}
