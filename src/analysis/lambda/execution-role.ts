/**
 * A function's execution role as the IAM-engine checks need it: the role, its effective identity
 * policies (inline, attached managed at their default version, boundary), the facts that fix its
 * own condition keys, and the probe scope (partition, account, the function's region). Pure.
 */
import type { InventoryView } from '../../core/inventory.js'
import type { IamRole } from '../../model/iam.js'
import type { LambdaFunction } from '../../model/lambda.js'
import { parseArn } from '../iam/arn.js'
import type { PrincipalFacts } from '../iam/capability.js'
import { inventoryPolicyLookup, roleFacts, roleIdentity, type PolicyLookup, type ResolvedIdentity } from '../iam/principal-policies.js'
import type { ProbeScope } from '../iam/probes.js'

export interface ExecutionRole {
  role: IamRole
  identity: ResolvedIdentity
  facts: PrincipalFacts
  /** The function's partition and account, probed in the function's region. */
  scope: ProbeScope
  lookup: PolicyLookup
  /** `data` for messages. */
  names: { name: string; role: string }
}

/** The role, or why it cannot be had (for an unknown verdict). */
export type ExecutionRoleResult = { ok: true; value: ExecutionRole } | { ok: false; reason: string }

/** The partition, account and region of a function (from its ARN, else the inventory). */
export function functionScope(fn: LambdaFunction, inventory: InventoryView): ProbeScope {
  const arn = parseArn(fn.arn ?? fn.id)
  return { partition: arn?.partition || 'aws', account: fn.accountId ?? arn?.account ?? inventory.accountId ?? 'unknown-account', regions: [fn.region] }
}

export function executionRoleOf(fn: LambdaFunction, inventory: InventoryView): ExecutionRoleResult {
  if (!fn.role) return { ok: false, reason: 'the function has no execution role recorded' }
  const role = inventory.get('iam.role', fn.role)
  if (!role) return { ok: false, reason: `the execution role ${fn.role} is not in the inventory` }
  const lookup = inventoryPolicyLookup(inventory)
  return {
    ok: true,
    value: { role, identity: roleIdentity(role, lookup), facts: roleFacts(role), scope: functionScope(fn, inventory), lookup, names: { name: fn.name, role: role.name } },
  }
}

/** Missing documents as one reason, or undefined when nothing is missing. */
export function missingReason(identity: ResolvedIdentity): string | undefined {
  const parts = [...identity.missing]
  if (identity.boundaryMissing) parts.push(`permissions boundary ${identity.boundaryArn}`)
  return parts.length ? `policies not in the inventory: ${parts.join(', ')}` : undefined
}

/** The ARN of a function's default log group for IAM (`…:log-group:NAME:*`). */
export function logGroupArn(fn: LambdaFunction, scope: ProbeScope): string {
  return `arn:${scope.partition}:logs:${fn.region}:${scope.account}:log-group:${fn.logging.logGroup}:*`
}

/** Caps a list for a message: `a, b, c and 4 more`. */
export function listForMessage(items: readonly string[], max = 5): string {
  const head = items.slice(0, max).join(', ')
  return items.length > max ? `${head} and ${items.length - max} more` : head
}
