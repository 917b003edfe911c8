/**
 * aws_iam_role and aws_iam_policy → `iam.role` / `iam.policy`. Policies declared as separate
 * resources are attached to the roles they name, the way GetAccountAuthorizationDetails shows
 * a role: aws_iam_role_policy as inline policies, aws_iam_role_policy_attachment and
 * aws_iam_policy_attachment as attached managed policies.
 */
import type { AttachedPolicyRef, IamRole, InlinePolicy } from '../../../model/iam.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

interface RoleEntry {
  inst: TfInstance
  f: Fields
  name: string
  arn: string
  inline: InlinePolicy[]
  attached: AttachedPolicyRef[]
  joined: TfInstance[]
}

export function attachedRef(arn: string): AttachedPolicyRef {
  return { arn, name: arn.split('/').pop() ?? arn }
}

/** Roles a `role` / `roles` value designates (by name, id or ARN); Unknown when it cannot be told. */
function designated(value: Value | undefined, roles: readonly RoleEntry[]): RoleEntry[] | Unknown {
  const list = value instanceof Unknown ? value : Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  if (list instanceof Unknown) return list
  const out: RoleEntry[] = []
  for (const v of list) {
    const s = identity(v)
    if (s === undefined) return v instanceof Unknown ? v : new Unknown('the role is not a name')
    out.push(...roles.filter((r) => r.name === s || r.arn === s))
  }
  return out
}

export function adaptIam(ctx: AdapterContext): void {
  const roles: RoleEntry[] = ctx.byType('aws_iam_role').map((inst) => {
    const f = new Fields(ctx, inst)
    const e: RoleEntry = {
      inst,
      f,
      name: f.ident('name', inst.computed('name')) ?? PLACEHOLDER,
      arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER,
      inline: [],
      attached: [],
      joined: [],
    }
    const inlineBlocks = f.get('inline_policy')
    if (inlineBlocks instanceof Unknown) f.mark('inlinePolicies', inlineBlocks.reason)
    blocksOf(inlineBlocks).forEach((b, i) => {
      // An empty inline_policy block asks Terraform to remove every inline policy.
      if (b.policy === undefined || b.policy === null || b.policy === '') return
      const index = e.inline.length
      f.locate(`inlinePolicies.${index}`, `inline_policy.${i}`)
      const name = f.ident(`inlinePolicies.${index}.name`, b.name) ?? `${e.name}-inline-${i}`
      e.inline.push({ name, document: f.policyValue(`inlinePolicies.${index}.document`, b.policy) })
    })
    const managed = f.get('managed_policy_arns')
    if (managed instanceof Unknown) f.mark('attachedPolicies', managed.reason)
    else if (Array.isArray(managed)) {
      managed.forEach((m) => {
        const index = e.attached.length
        f.locate(`attachedPolicies.${index}`, 'managed_policy_arns')
        const arn = f.ident(`attachedPolicies.${index}`, m) ?? PLACEHOLDER
        e.attached.push(attachedRef(arn))
      })
    }
    return e
  })

  const join = (res: TfInstance, rolesValue: Value | undefined, path: 'inlinePolicies' | 'attachedPolicies', add: (r: RoleEntry, index: number) => void) => {
    const targets = designated(rolesValue, roles)
    if (targets instanceof Unknown) {
      for (const r of roles) r.f.mark(path, `${res.address} is attached to a role that is not known: ${targets.reason}`)
      return
    }
    for (const r of targets) {
      const index = path === 'inlinePolicies' ? r.inline.length : r.attached.length
      r.f.locateResource(`${path}.${index}`, res)
      if (res.existence) r.f.mark(`${path}.${index}`, `${res.address} exists only if ${res.existence} allows it`)
      add(r, index)
      r.joined.push(res)
    }
  }
  for (const p of ctx.byType('aws_iam_role_policy')) {
    join(p, p.values.role, 'inlinePolicies', (r, i) => {
      const name = r.f.ident(`inlinePolicies.${i}.name`, p.computed('name')) ?? p.name
      r.inline.push({ name, document: r.f.policy(`inlinePolicies.${i}.document`, 'policy', p) ?? { Statement: [] } })
    })
  }
  const attach = (res: TfInstance, rolesValue: Value | undefined) =>
    join(res, rolesValue, 'attachedPolicies', (r, i) => r.attached.push(attachedRef(r.f.ident(`attachedPolicies.${i}`, res.values.policy_arn) ?? PLACEHOLDER)))
  for (const a of ctx.byType('aws_iam_role_policy_attachment')) attach(a, a.values.role)
  for (const a of ctx.byType('aws_iam_policy_attachment')) attach(a, a.values.roles ?? [])

  for (const inst of ctx.byType('aws_iam_policy')) {
    const f = new Fields(ctx, inst)
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const name = f.ident('name', inst.computed('name')) ?? inst.name
    const document = f.policy('document', 'policy') ?? { Statement: [] }
    ctx.emit('iam.policy', f.finish({ ...f.base(inst.id, name, { arn, global: true }), awsManaged: false, document }), inst)
  }

  for (const r of roles) {
    const f = r.f
    const role: IamRole = {
      ...f.base(r.inst.id, r.name, { arn: r.arn, global: true }),
      path: f.str('path', 'path') ?? '/',
      trustPolicy: f.policy('trustPolicy', 'assume_role_policy') ?? { Statement: [] },
      inlinePolicies: r.inline,
      attachedPolicies: r.attached,
    }
    const boundary = f.id('permissionsBoundaryArn', 'permissions_boundary')
    if (boundary) role.permissionsBoundaryArn = boundary
    ctx.emit('iam.role', f.finish(role), r.inst, r.joined)
  }
}
