/**
 * "Can a token from someone else's repository (organization, identity pool …) assume this role?"
 * for roles that trust a multi-tenant web identity issuer (data/web-identity-providers.json).
 *
 * The IAM engine evaluates sts:AssumeRoleWithWebIdentity against the whole trust policy (Deny
 * statements and every condition included) for probe tokens an outsider can obtain:
 * - the data file's probe claims, from a tenant named clearsky-untrusted-probe;
 * - for each subject pattern in the policy whose tenant part is not literal (`repo:*`,
 *   `repo:my-org*`, `*:ref:refs/heads/main`), a subject that matches the pattern with its
 *   wildcards filled in — an outsider can register a tenant name that matches;
 * - claims the token holder chooses (GitHub's audience) take every literal value the policy asks
 *   for, plus the provider's default.
 * The role is open when any probe is allowed. A subject pattern with a literal tenant
 * (`repo:my-org/*`) can only be matched by that tenant's tokens, so it closes the role to
 * outsiders. Pure and synchronous.
 */
import data from '../../../data/web-identity-providers.json' with { type: 'json' }
import type { PolicyDocument } from '../../model/common.js'
import type { ContextInput } from '../iam/context.js'
import { compilePolicy } from '../iam/compile.js'
import { evaluateRequest } from '../iam/evaluate.js'

export interface WebIdentityProvider {
  id: string
  name: string
  issuer: string
  subjectKey: string
  subjectOwner?: { prefix: string; terminators: string }
  probeClaims: Record<string, string | string[]>[]
  callerChosen: Record<string, string>
  source: string
  verifiedAt: string
}

export const WEB_IDENTITY_PROVIDERS: readonly WebIdentityProvider[] = data.providers as WebIdentityProvider[]

/** What the trust policy allows for one multi-tenant issuer. */
export interface WebIdentityTrust {
  provider: WebIdentityProvider
  /** The Federated principal as written. */
  principal: string
  /** A probe subject (or audience) an outsider could use, when the role is open. */
  openTo?: string
}

/** The issuer a Federated principal names (`arn:…:oidc-provider/ISSUER` or the bare host). */
export function issuerOf(federated: string): string {
  const i = federated.indexOf(':oidc-provider/')
  return (i >= 0 ? federated.slice(i + ':oidc-provider/'.length) : federated).toLowerCase().replace(/^https:\/\//, '')
}

const WILDCARD = /[*?]/

/** Whether a subject pattern names a single tenant: its tenant part is present and literal. */
export function tenantPinned(pattern: string, owner: WebIdentityProvider['subjectOwner']): boolean {
  if (!WILDCARD.test(pattern)) return true
  if (!owner || !pattern.startsWith(owner.prefix)) return false
  const rest = pattern.slice(owner.prefix.length)
  let end = rest.length
  for (const t of owner.terminators) {
    const i = rest.indexOf(t)
    if (i >= 0 && i < end) end = i
  }
  const tenant = rest.slice(0, end)
  return tenant.length > 0 && !WILDCARD.test(tenant)
}

/** A concrete value matching a pattern: wildcards filled with an outsider's name. */
function fill(pattern: string): string {
  return pattern.replace(/\*/g, 'clearsky-untrusted-probe').replace(/\?/g, 'z')
}

/** Literal values the policy's conditions give a key (any statement, any operator). */
function valuesFor(trust: PolicyDocument, keyLower: string): string[] {
  const out: string[] = []
  for (const st of compilePolicy(trust).statements) for (const e of st.condition?.entries ?? []) if (e.keyLower === keyLower) out.push(...e.rawValues)
  return out
}

function probeContexts(trust: PolicyDocument, p: WebIdentityProvider): { context: ContextInput; shown: string }[] {
  const key = (claim: string) => `${p.issuer}:${claim}`
  const subjectKey = key(p.subjectKey).toLowerCase()
  const claims: Record<string, string | string[]>[] = [...p.probeClaims]
  for (const pattern of valuesFor(trust, subjectKey)) if (!tenantPinned(pattern, p.subjectOwner)) claims.push({ ...p.probeClaims[0], [p.subjectKey]: fill(pattern) })
  // Claims the caller chooses: every value the policy asks for is within an outsider's reach.
  const chosen = Object.entries(p.callerChosen).map(([claim, fallback]) => ({ claim, values: [...new Set([fallback, ...valuesFor(trust, key(claim).toLowerCase()).map(fill)])] }))
  let contexts: Record<string, string | string[]>[] = claims
  for (const c of chosen) contexts = contexts.flatMap((ctx) => c.values.map((v) => ({ ...ctx, [c.claim]: v })))
  return contexts.map((ctx) => ({
    context: Object.fromEntries(Object.entries(ctx).map(([claim, v]) => [key(claim), v])),
    shown: String(ctx[p.subjectKey] ?? ''),
  }))
}

/**
 * The multi-tenant issuers a trust policy names, each with the first outsider token it lets
 * assume the role (`openTo`), if any. Issuers not in the data file are not returned.
 */
export function analyzeWebIdentityTrust(trust: PolicyDocument, roleArn: string): WebIdentityTrust[] {
  const out: WebIdentityTrust[] = []
  const seen = new Set<string>()
  for (const st of compilePolicy(trust).statements) {
    if (st.effect !== 'Allow') continue
    for (const e of st.principals ?? []) {
      if (e.kind !== 'federated' || seen.has(e.provider)) continue
      const provider = WEB_IDENTITY_PROVIDERS.find((p) => p.issuer === issuerOf(e.provider))
      if (!provider) continue
      seen.add(e.provider)
      const open = probeContexts(trust, provider).find(
        ({ context }) =>
          evaluateRequest({ principal: { type: 'federated', provider: e.raw }, action: 'sts:AssumeRoleWithWebIdentity', resource: roleArn, context }, { resourcePolicy: trust, resourcePolicyKind: 'role-trust' }).decision === 'allow',
      )
      out.push({ provider, principal: e.raw, ...(open ? { openTo: open.shown } : {}) })
    }
  }
  return out
}
