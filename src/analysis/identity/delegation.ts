/**
 * Delegated IAM administration: can a principal create or change roles and users without having
 * to put a permissions boundary on them?
 *
 * For each action of data/iam-delegation-actions.json, the principal's identity policies (capped
 * by its own boundary) are asked, with the capability analysis of analysis/iam/capability.ts,
 * whether the action is allowed on a role or user it does not control (probes.ts) when the request
 * carries no iam:PermissionsBoundary. The key is declared known and absent, so a grant conditioned
 * on it (`StringEquals iam:PermissionsBoundary <boundary ARN>`) does not count, while conditions on
 * anything else (MFA, source IP) make a grant `conditional`. Besides the generic probe ARNs, each
 * action is asked against the resources the policies themselves grant it on, wildcards filled in
 * (`role/app-*` → `role/app-clearsky-probe`): a delegate limited to a name prefix can still create
 * an unbounded administrator under that prefix. The principal's own ARN is not probed: changing
 * oneself is privilege escalation, a separate check. Pure.
 */
import data from '../../../data/iam-delegation-actions.json' with { type: 'json' }
import type { GrantLevel } from '../iam/admin.js'
import { identityGrantOnProbes, principalCapabilityContext, type IdentityPolicySet, type PrincipalFacts } from '../iam/capability.js'
import { probeGroups, type ProbeGroup, type ProbeScope } from '../iam/probes.js'
import { compilePolicy, statementMatchesAction } from '../iam/compile.js'

export const DELEGATION_ACTIONS: readonly string[] = data.actions.map((a) => a.action)
export const BOUNDARY_KEY: string = data.conditionKey

export interface DelegationAssessment {
  /** Actions allowed at all (boundary or not): the principal is a delegated administrator. */
  delegated: string[]
  /** Actions allowed without a boundary, always. */
  unbounded: string[]
  /** Actions allowed without a boundary under other conditions of the request. */
  unboundedConditional: string[]
}

/** Resource patterns the policies allow an action on, as concrete ARNs (variables left out). */
function grantedArns(identity: IdentityPolicySet, action: string, self: string): string[] {
  const out = new Set<string>()
  for (const p of identity.policies) {
    for (const st of compilePolicy(p.document).statements) {
      if (st.effect !== 'Allow' || st.notResource || !st.resourcePatterns || !statementMatchesAction(st, action)) continue
      for (const r of st.resourcePatterns) {
        if (r.includes('${') || r === '*') continue
        const arn = r.replace(/\*/g, 'clearsky-probe').replace(/\?/g, 'z')
        if (arn !== self) out.add(arn)
      }
    }
  }
  return [...out]
}

function withGranted(groups: readonly ProbeGroup[], extra: readonly string[]): ProbeGroup[] {
  return extra.length ? groups.map((g) => ({ types: g.types, arns: [...g.arns, ...extra] })) : [...groups]
}

/** What the principal may do with other principals' IAM configuration, and whether only with a boundary. */
export function assessDelegation(identity: IdentityPolicySet, facts: PrincipalFacts, scope: ProbeScope): DelegationAssessment {
  const open = principalCapabilityContext(facts)
  const withoutBoundary = principalCapabilityContext({ ...facts, extra: { ...(facts.extra ?? {}), [BOUNDARY_KEY]: null } })
  const out: DelegationAssessment = { delegated: [], unbounded: [], unboundedConditional: [] }
  for (const action of DELEGATION_ACTIONS) {
    const groups = withGranted(probeGroups(action, scope), grantedArns(identity, action, facts.arn))
    const any: GrantLevel = identityGrantOnProbes(identity, action, groups, open)
    if (any === 'none') continue
    out.delegated.push(action)
    const bare = identityGrantOnProbes(identity, action, groups, withoutBoundary)
    if (bare === 'unconditional') out.unbounded.push(action)
    else if (bare === 'conditional') out.unboundedConditional.push(action)
  }
  return out
}
