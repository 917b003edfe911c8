/** The identity of a role or user as the engine-based checks need it. Pure. */
import type { InventoryView } from '../../core/inventory.js'
import type { IamRole, IamUser } from '../../model/iam.js'
import { parseArn } from '../iam/arn.js'
import type { PrincipalFacts } from '../iam/capability.js'
import { inventoryPolicyLookup, roleFacts, roleIdentity, userFacts, userIdentity, type ResolvedIdentity } from '../iam/principal-policies.js'
import type { ProbeScope } from '../iam/probes.js'

export interface PrincipalContext {
  identity: ResolvedIdentity
  facts: PrincipalFacts & { groupArns?: string[] }
  scope: ProbeScope
}

/**
 * Regions to probe regional resources in: the scanned regions (one `account.region` each in a
 * live scan), else us-east-1.
 */
export function scannedRegions(inventory: InventoryView): string[] {
  const regions = [...new Set(inventory.list('account.region').map((a) => a.region))]
  return regions.length ? regions : ['us-east-1']
}

function scopeOf(arn: string, accountId: string | undefined, inventory: InventoryView, regions: string[]): ProbeScope {
  const p = parseArn(arn)
  return { partition: p?.partition || 'aws', account: accountId ?? (p?.account || inventory.accountId || 'unknown-account'), regions }
}

export function roleContext(role: IamRole, inventory: InventoryView, regions: string[] = ['us-east-1']): PrincipalContext {
  const lookup = inventoryPolicyLookup(inventory)
  return { identity: roleIdentity(role, lookup), facts: roleFacts(role), scope: scopeOf(role.arn ?? role.id, role.accountId, inventory, regions) }
}

export function userContext(user: IamUser, inventory: InventoryView, regions: string[] = ['us-east-1']): PrincipalContext {
  const lookup = inventoryPolicyLookup(inventory)
  return { identity: userIdentity(user, lookup), facts: userFacts(user, lookup), scope: scopeOf(user.arn ?? user.id, user.accountId, inventory, regions) }
}

/** Policies or the boundary the inventory lacks, as one reason; undefined when nothing is missing. */
export function missingPolicies(identity: ResolvedIdentity): string | undefined {
  const parts = [...identity.missing]
  if (identity.boundaryMissing) parts.push(`permissions boundary ${identity.boundaryArn}`)
  return parts.length ? `policies not in the inventory: ${parts.join(', ')}` : undefined
}
