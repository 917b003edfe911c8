/**
 * References that leave the scanned templates. A function whose execution role, subnets or
 * log group are declared elsewhere (another stack, the console) cannot be judged on them from
 * templates alone: the reference is recorded as unresolved, so verdicts that follow it are
 * `unknown` rather than a false pass or fail. Source-independent: Terraform uses it too.
 */
import type { Inventory } from '../../core/inventory.js'
import type { ResourceBase } from '../../model/common.js'

const mark = (r: ResourceBase, path: string, reason: string) => {
  const unresolved = (r.unresolved ??= {})
  if (Object.keys(unresolved).some((k) => k === path || path.startsWith(k + '.'))) return
  unresolved[path] = reason
}

export function markExternalReferences(inv: Inventory): void {
  const ids = (list: readonly ResourceBase[] | undefined) => new Set((list ?? []).flatMap((r) => (r.arn ? [r.id, r.arn] : [r.id])))
  const roles = ids(inv.resources['iam.role'])
  const subnets = ids(inv.resources['ec2.subnet'])
  const groups = ids(inv.resources['ec2.security-group'])
  const policies = ids(inv.resources['iam.policy'])
  const logGroups = new Set((inv.resources['logs.log-group'] ?? []).map((g) => `${g.region}|${g.name}`))
  for (const fn of inv.resources['lambda.function'] ?? []) {
    if (!roles.has(fn.role)) mark(fn, 'role', `execution role ${fn.role} is not declared in the scanned templates`)
    if (fn.vpc) {
      const missing = fn.vpc.subnetIds.filter((s) => !subnets.has(s))
      if (missing.length) mark(fn, 'vpc.subnetIds', `subnet ${missing[0]} is not declared in the scanned templates`)
      const missingGroups = fn.vpc.securityGroupIds.filter((s) => !groups.has(s))
      if (missingGroups.length) mark(fn, 'vpc.securityGroupIds', `security group ${missingGroups[0]} is not declared in the scanned templates`)
    }
    if (!logGroups.has(`${fn.region}|${fn.logging.logGroup}`))
      mark(fn, 'logging.logGroup', `log group ${fn.logging.logGroup} is not declared in the scanned templates (Lambda creates it on first invocation, without retention)`)
  }
  for (const role of inv.resources['iam.role'] ?? []) {
    role.attachedPolicies.forEach((p, i) => {
      if (!policies.has(p.arn)) mark(role, `attachedPolicies.${i}`, `managed policy ${p.arn} is not declared in the scanned templates`)
    })
  }
}
