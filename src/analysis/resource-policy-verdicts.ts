/**
 * Verdicts shared by the "resource policy is not public" and "resource policy reaches only trusted
 * accounts" checks of queues, topics, repositories and secrets: the condition-aware engine
 * (iam/external-access.ts) decides who each Allow statement reaches; this module turns that into
 * one failing verdict per public statement, or per untrusted account or organization. Pure.
 */
import type { CheckContext, MessageData, Verdict } from '../core/check.js'
import type { PolicyDocument } from '../model/common.js'
import { analyzeExternalAccess } from './iam/index.js'

/** The resource whose policy is judged. */
export interface PolicyHolder {
  name: string
  arn?: string
  accountId?: string
}

type Ctx = Pick<CheckContext, 'pass' | 'fail' | 'inventory'>

const describeActions = (notAction: boolean, actions: readonly string[]) => (notAction ? 'every action except ' : '') + actions.join(', ')

/** Message ids a public-policy check defines. */
export interface PublicMessageIds {
  /** Nothing public. */
  private: string
  /** Anyone, anonymous callers included. */
  public: string
  /** Any authenticated principal of any AWS account. */
  publicAuthenticated: string
}

/**
 * One fail per Allow statement that reaches everyone (or every AWS account), after conditions
 * and Deny statements; a pass naming the resource otherwise. `data` is added to every verdict.
 */
export function publicPolicyVerdicts(ctx: Ctx, holder: PolicyHolder, policy: PolicyDocument, ids: PublicMessageIds, data: MessageData = {}): Verdict[] {
  const owner = holder.accountId ?? ctx.inventory.accountId ?? 'unknown-account'
  const analysis = analyzeExternalAccess(policy, { ownerAccount: owner, ...(holder.arn ? { resourceArn: holder.arn } : {}) })
  if (!analysis.isPublic) return [ctx.pass(ids.private, { ...data, name: holder.name })]
  return analysis.publicStatements.map((s) =>
    ctx.fail(s.reach.some((r) => r.kind === 'public') ? ids.public : ids.publicAuthenticated, {
      data: { ...data, name: holder.name, statement: s.label, actions: describeActions(s.notAction, s.actions) },
      at: 'policy',
      subject: `statement ${s.label}`,
    }),
  )
}

/** Message ids a cross-account-policy check defines. */
export interface CrossAccountMessageIds {
  /** No account or organization outside the owner's, except trusted ones. */
  ownAccountOnly: string
  untrustedAccount: string
  untrustedOrganization: string
}

/** The `trustedAccounts` / `trustedOrganizations` options as string lists. */
export function trustOptions(options: Record<string, unknown>): { accounts: Set<string>; organizations: string[] } {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [])
  return { accounts: new Set(list(options.trustedAccounts)), organizations: list(options.trustedOrganizations) }
}

/**
 * One fail per account (principal, or named by kms:CallerAccount / aws:PrincipalAccount-style
 * conditions on a wildcard principal) and per organization outside the owner's that a
 * non-public Allow statement reaches and that the options do not trust. Public statements are
 * left to the public-policy checks.
 */
export function crossAccountPolicyVerdicts(ctx: Ctx, holder: PolicyHolder, policy: PolicyDocument, options: Record<string, unknown>, ids: CrossAccountMessageIds, data: MessageData = {}): Verdict[] {
  const owner = holder.accountId ?? ctx.inventory.accountId ?? 'unknown-account'
  const trust = trustOptions(options)
  const analysis = analyzeExternalAccess(policy, { ownerAccount: owner, ...(holder.arn ? { resourceArn: holder.arn } : {}), trustedOrganizations: trust.organizations })
  const verdicts: Verdict[] = []
  for (const s of analysis.statements) {
    if (s.cancelled || s.public) continue
    const actions = describeActions(s.notAction, s.actions)
    const accounts = new Set(s.reach.filter((r) => r.kind === 'accounts').flatMap((r) => r.accounts))
    for (const account of [...accounts].sort()) {
      if (account === owner || trust.accounts.has(account)) continue
      verdicts.push(ctx.fail(ids.untrustedAccount, { data: { ...data, name: holder.name, statement: s.label, account, actions }, at: 'policy', subject: `account ${account}` }))
    }
    for (const r of s.reach) {
      if (r.kind !== 'organization' || !r.external) continue
      for (const organization of r.organizations ?? []) {
        if (organization === '(owner organization)' || trust.organizations.includes(organization)) continue
        verdicts.push(ctx.fail(ids.untrustedOrganization, { data: { ...data, name: holder.name, statement: s.label, organization, actions }, at: 'policy', subject: `organization ${organization}` }))
      }
    }
  }
  return verdicts.length ? verdicts : [ctx.pass(ids.ownAccountOnly, { ...data, name: holder.name, owner })]
}
