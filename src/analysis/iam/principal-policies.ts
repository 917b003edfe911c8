/**
 * The effective identity-based policies of an IAM role or user, from the normalized inventory:
 * inline policies, attached managed policies at their default version, and — for users — the
 * inline and attached policies of every group they belong to; plus the permissions boundary.
 *
 * A managed policy whose document the inventory lacks is listed in `missing` (callers decide
 * whether that makes their answer unknown). The exception is an AWS managed policy known to be
 * administrator-equivalent (data/aws-admin-policies.json): it stands for `Allow * on *`.
 */
import type { InventoryView } from '../../core/inventory.js'
import type { PolicyDocument } from '../../model/common.js'
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../model/iam.js'
import type { NamedPolicy } from './admin.js'
import { ADMIN_EQUIVALENT_DOCUMENT, isKnownAdminPolicyArn } from './admin-policies.js'
import type { IdentityPolicySet, PrincipalFacts } from './capability.js'

/** How the resolver reaches managed policies and groups. */
export interface PolicyLookup {
  managedPolicy(arn: string): IamManagedPolicy | undefined
  /** A group by name (user.groups holds names). */
  group(name: string): IamGroup | undefined
}

export interface ResolvedIdentity extends IdentityPolicySet {
  /** Managed policies (name or ARN) and groups whose documents are not available. */
  missing: string[]
  boundaryArn?: string
  /** The boundary is set but its document is not available. */
  boundaryMissing: boolean
}

function documentOf(arn: string, lookup: PolicyLookup): PolicyDocument | undefined {
  const managed = lookup.managedPolicy(arn)
  if (managed) return managed.document
  return isKnownAdminPolicyArn(arn) ? ADMIN_EQUIVALENT_DOCUMENT : undefined
}

function addEntity(entity: { inlinePolicies: IamRole['inlinePolicies']; attachedPolicies: IamRole['attachedPolicies'] }, prefix: string, lookup: PolicyLookup, policies: NamedPolicy[], missing: string[]): void {
  for (const p of entity.inlinePolicies) policies.push({ name: `${prefix}inline policy ${p.name}`, document: p.document })
  for (const ref of entity.attachedPolicies) {
    const document = documentOf(ref.arn, lookup)
    const name = `${prefix}${ref.name || ref.arn}`
    if (document) policies.push({ name, document })
    else missing.push(name)
  }
}

function withBoundary(policies: NamedPolicy[], missing: string[], boundaryArn: string | undefined, lookup: PolicyLookup): ResolvedIdentity {
  const out: ResolvedIdentity = { policies, missing, boundaryMissing: false }
  if (boundaryArn) {
    out.boundaryArn = boundaryArn
    const boundary = documentOf(boundaryArn, lookup)
    if (boundary) out.boundary = boundary
    else out.boundaryMissing = true
  }
  return out
}

/** The identity policies of a role. */
export function roleIdentity(role: IamRole, lookup: PolicyLookup): ResolvedIdentity {
  const policies: NamedPolicy[] = []
  const missing: string[] = []
  addEntity(role, '', lookup, policies, missing)
  return withBoundary(policies, missing, role.permissionsBoundaryArn, lookup)
}

/** The identity policies of a user, its groups' policies included. */
export function userIdentity(user: IamUser, lookup: PolicyLookup): ResolvedIdentity {
  const policies: NamedPolicy[] = []
  const missing: string[] = []
  addEntity(user, '', lookup, policies, missing)
  for (const name of user.groups) {
    const group = lookup.group(name)
    if (group) addEntity(group, `group ${group.name}: `, lookup, policies, missing)
    else missing.push(`group ${name}`)
  }
  return withBoundary(policies, missing, user.permissionsBoundaryArn, lookup)
}

/**
 * A PolicyLookup over the inventory. Groups are listed only when a user names one, so a scan
 * whose group listing failed taints only the verdicts that needed a group.
 */
export function inventoryPolicyLookup(inventory: InventoryView): PolicyLookup {
  let byName: Map<string, IamGroup> | undefined
  return {
    managedPolicy: (arn) => inventory.get('iam.policy', arn),
    group(name) {
      byName ??= new Map(inventory.list('iam.group').map((g) => [g.name, g]))
      return byName.get(name)
    },
  }
}

/** The facts about a role its condition keys and self probes need. */
export function roleFacts(role: IamRole): PrincipalFacts {
  return { arn: role.arn ?? role.id, kind: 'role', name: role.name, ...(role.accountId ? { accountId: role.accountId } : {}), ...(role.tags ? { tags: role.tags } : {}) }
}

/** The facts about a user (with the ARNs of the groups the lookup knows). */
export function userFacts(user: IamUser, lookup?: PolicyLookup): PrincipalFacts & { groupArns: string[] } {
  const groupArns = lookup ? user.groups.flatMap((g) => lookup.group(g)?.arn ?? []) : []
  return { arn: user.arn ?? user.id, kind: 'user', name: user.name, ...(user.accountId ? { accountId: user.accountId } : {}), ...(user.tags ? { tags: user.tags } : {}), groupArns }
}
