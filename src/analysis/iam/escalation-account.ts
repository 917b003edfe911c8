/**
 * Privilege escalation over a whole account: every role and user of the inventory, each with its
 * effective identity policies (groups and boundary included), against every method.
 */
import type { IamRole, IamUser } from '../../model/iam.js'
import { analyzeEscalation, type EscalationMatch, type EscalationOptions } from './escalation.js'
import { roleFacts, roleIdentity, userFacts, userIdentity, type PolicyLookup } from './principal-policies.js'
import type { ProbeScope } from './probes.js'

export interface PrincipalEscalation {
  arn: string
  kind: 'role' | 'user'
  name: string
  methods: EscalationMatch[]
  /** Policies or groups whose documents were not available: `methods` may be incomplete. */
  missing: string[]
}

export interface AccountEscalationInput {
  roles: readonly IamRole[]
  users: readonly IamUser[]
  lookup: PolicyLookup
  scope: ProbeScope
}

/** The escalation methods of every role and user, in input order (roles first). */
export function analyzeAccountEscalation(input: AccountEscalationInput, opts: EscalationOptions = {}): PrincipalEscalation[] {
  const out: PrincipalEscalation[] = []
  for (const role of input.roles) {
    const id = roleIdentity(role, input.lookup)
    const missing = [...id.missing, ...(id.boundaryMissing ? [`permissions boundary ${id.boundaryArn}`] : [])]
    out.push({ arn: role.arn ?? role.id, kind: 'role', name: role.name, methods: analyzeEscalation(id, roleFacts(role), input.scope, opts), missing })
  }
  for (const user of input.users) {
    const id = userIdentity(user, input.lookup)
    const missing = [...id.missing, ...(id.boundaryMissing ? [`permissions boundary ${id.boundaryArn}`] : [])]
    out.push({ arn: user.arn ?? user.id, kind: 'user', name: user.name, methods: analyzeEscalation(id, userFacts(user, input.lookup), input.scope, opts), missing })
  }
  return out
}
