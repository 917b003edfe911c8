/**
 * Who has a managed policy attached: roles, users and groups directly, and the users who get it
 * through a group. Reads `attachedPolicies` (policy ARNs), which the inventory holds for every
 * principal even when it does not hold the policy document itself.
 */
import type { InventoryView } from '../../core/inventory.js'

export interface PolicyHolders {
  roles: string[]
  users: string[]
  groups: string[]
  /** Users that hold it only through a group (`user (via group)`). */
  usersViaGroups: string[]
  /** Everyone above, for messages: role/…, user/…, group/…. */
  all: string[]
}

/** Principals that have a policy matching `matches` (by ARN) attached. */
export function policyHolders(inventory: InventoryView, matches: (policyArn: string) => boolean): PolicyHolders {
  const has = (e: { attachedPolicies: readonly { arn: string }[] }) => e.attachedPolicies.some((p) => matches(p.arn))
  const roles = inventory.list('iam.role').filter(has).map((r) => r.name)
  const users = inventory.list('iam.user').filter(has).map((u) => u.name)
  const groupList = inventory.list('iam.group').filter(has)
  const groups = groupList.map((g) => g.name)
  const groupNames = new Set(groups)
  const usersViaGroups = groupNames.size
    ? inventory
        .list('iam.user')
        .filter((u) => !users.includes(u.name))
        .flatMap((u) => {
          const via = u.groups.filter((g) => groupNames.has(g))
          return via.length ? [`${u.name} (via ${via.join(', ')})`] : []
        })
    : []
  const all = [...roles.map((n) => `role/${n}`), ...users.map((n) => `user/${n}`), ...groups.map((n) => `group/${n}`), ...usersViaGroups.map((n) => `user/${n}`)]
  return { roles, users, groups, usersViaGroups, all }
}

/** The AWS managed policy of this name, in any partition. */
export function awsManagedPolicyMatcher(name: string): (arn: string) => boolean {
  const re = new RegExp(`^arn:[^:]+:iam::aws:policy/(?:.*/)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  return (arn) => re.test(arn)
}

/** A list for a message: the first `max` names, then how many more. */
export function listForMessage(names: readonly string[], max = 10): string {
  if (names.length <= max) return names.join(', ')
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}
