/**
 * Who a role's trust policy lets take the role: the reach of every Allow statement that grants
 * sts:AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML (sts:TagSession and
 * SetSourceIdentity only decorate a session), after conditions and Deny statements, from the
 * external-access analysis.
 */
import type { PolicyDocument } from '../../model/common.js'
import { compilePolicy, statementMatchesAction } from './compile.js'
import { analyzeExternalAccess, type PrincipalReach } from './external-access.js'

export const ASSUME_ACTIONS: readonly string[] = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML']

/** The principals a trust policy lets assume the role (entries that reach nobody left out). */
export function trustReach(trustPolicy: PolicyDocument, owner: string, roleArn?: string, trustedOrganizations: readonly string[] = []): PrincipalReach[] {
  const compiled = compilePolicy(trustPolicy)
  const analysis = analyzeExternalAccess(trustPolicy, { ownerAccount: owner, trustedOrganizations, ...(roleArn ? { resourceArn: roleArn } : {}) })
  const out: PrincipalReach[] = []
  for (const s of analysis.statements) {
    if (s.cancelled) continue
    const st = compiled.statements.find((c) => c.index === s.index)
    if (!st || !ASSUME_ACTIONS.some((a) => statementMatchesAction(st, a))) continue
    for (const r of s.reach) if (r.kind !== 'nobody' && r.kind !== 'orphaned') out.push(r)
  }
  return out
}

/** A short description of a reach for messages. */
export function describeReach(r: PrincipalReach, owner: string): string {
  switch (r.kind) {
    case 'public':
      return `anyone (${r.principal})`
    case 'any-aws-principal':
      return `any AWS account (${r.principal})`
    case 'accounts':
      return r.accounts.map((a) => (a === owner ? `principals of its own account (${r.principal})` : `account ${a}`)).join(', ')
    case 'organization':
      return `the organization ${(r.organizations ?? []).join(', ') || r.principal}`
    case 'service':
      return r.service ?? r.principal
    case 'network':
    case 'source-resource':
      return `${r.principal} (limited by ${r.restrictedBy.join(', ')})`
    default:
      return r.principal
  }
}
