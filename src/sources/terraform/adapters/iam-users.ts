/**
 * aws_iam_user and aws_iam_group → `iam.user` / `iam.group`, with the resources that give them
 * policies (aws_iam_user_policy, aws_iam_group_policy, the *_policy_attachment resources and
 * aws_iam_policy_attachment `users`/`groups`) and memberships (aws_iam_user_group_membership,
 * aws_iam_group_membership). A name that is not known could designate any user or group, so it
 * marks the field on all of them.
 */
import type { AttachedPolicyRef, InlinePolicy } from '../../../model/iam.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'
import { attachedRef } from './iam.js'

interface PrincipalEntry {
  inst: TfInstance
  f: Fields
  name: string
  arn: string
  inline: InlinePolicy[]
  attached: AttachedPolicyRef[]
  groups: string[]
  joined: TfInstance[]
}

/** The principals a name (or list of names) designates; Unknown when it cannot be told. */
function designated(value: Value | undefined, entries: readonly PrincipalEntry[]): PrincipalEntry[] | Unknown {
  const list = value instanceof Unknown ? value : Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  if (list instanceof Unknown) return list
  const out: PrincipalEntry[] = []
  for (const v of list) {
    const s = identity(v)
    if (s === undefined) return v instanceof Unknown ? v : new Unknown('the principal is not a name')
    out.push(...entries.filter((e) => e.name === s || e.arn === s))
  }
  return out
}

export function adaptIamUsersAndGroups(ctx: AdapterContext): void {
  const entry = (inst: TfInstance): PrincipalEntry => {
    const f = new Fields(ctx, inst)
    return { inst, f, name: f.ident('name', inst.computed('name')) ?? PLACEHOLDER, arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER, inline: [], attached: [], groups: [], joined: [] }
  }
  const users = ctx.byType('aws_iam_user').map(entry)
  const groups = ctx.byType('aws_iam_group').map(entry)
  if (!users.length && !groups.length) return

  const join = (res: TfInstance, value: Value | undefined, targets: PrincipalEntry[], path: 'inlinePolicies' | 'attachedPolicies' | 'groups', add: (e: PrincipalEntry, index: number) => void) => {
    const found = designated(value, targets)
    if (found instanceof Unknown) {
      for (const e of targets) e.f.mark(path, `${res.address} names a principal that is not known: ${found.reason}`)
      return
    }
    for (const e of found) {
      const index = path === 'inlinePolicies' ? e.inline.length : path === 'attachedPolicies' ? e.attached.length : e.groups.length
      e.f.locateResource(path === 'groups' ? 'groups' : `${path}.${index}`, res)
      if (res.existence) e.f.mark(path === 'groups' ? 'groups' : `${path}.${index}`, `${res.address} exists only if ${res.existence} allows it`)
      add(e, index)
      e.joined.push(res)
    }
  }
  const inline = (p: TfInstance) => (e: PrincipalEntry, i: number) => {
    const name = e.f.ident(`inlinePolicies.${i}.name`, p.computed('name')) ?? p.name
    e.inline.push({ name, document: e.f.policy(`inlinePolicies.${i}.document`, 'policy', p) ?? { Statement: [] } })
  }
  const attach = (a: TfInstance) => (e: PrincipalEntry, i: number) => e.attached.push(attachedRef(e.f.ident(`attachedPolicies.${i}`, a.values.policy_arn) ?? PLACEHOLDER))
  for (const p of ctx.byType('aws_iam_user_policy')) join(p, p.values.user, users, 'inlinePolicies', inline(p))
  for (const p of ctx.byType('aws_iam_group_policy')) join(p, p.values.group, groups, 'inlinePolicies', inline(p))
  for (const a of ctx.byType('aws_iam_user_policy_attachment')) join(a, a.values.user, users, 'attachedPolicies', attach(a))
  for (const a of ctx.byType('aws_iam_group_policy_attachment')) join(a, a.values.group, groups, 'attachedPolicies', attach(a))
  for (const a of ctx.byType('aws_iam_policy_attachment')) {
    join(a, a.values.users ?? [], users, 'attachedPolicies', attach(a))
    join(a, a.values.groups ?? [], groups, 'attachedPolicies', attach(a))
  }
  const addGroups = (value: Value | undefined) => (u: PrincipalEntry) => {
    const list = Array.isArray(value) ? value : [value]
    for (const g of list) {
      const name = identity(g)
      if (name === undefined) u.f.mark('groups', g instanceof Unknown ? g.reason : 'a group that is not a name')
      else u.groups.push(name)
    }
  }
  for (const m of ctx.byType('aws_iam_user_group_membership')) join(m, m.values.user, users, 'groups', addGroups(m.values.groups))
  for (const m of ctx.byType('aws_iam_group_membership')) join(m, m.values.users, users, 'groups', addGroups(m.values.group))

  for (const u of users) {
    const boundary = u.f.id('permissionsBoundaryArn', 'permissions_boundary')
    ctx.emit(
      'iam.user',
      u.f.finish({
        ...u.f.base(u.inst.id, u.name, { arn: u.arn, global: true }),
        path: u.f.str('path', 'path') ?? '/',
        inlinePolicies: u.inline,
        attachedPolicies: u.attached,
        groups: [...new Set(u.groups)],
        ...(boundary !== undefined ? { permissionsBoundaryArn: boundary } : {}),
      }),
      u.inst,
      u.joined,
    )
  }
  for (const g of groups) {
    ctx.emit(
      'iam.group',
      g.f.finish({ ...g.f.base(g.inst.id, g.name, { arn: g.arn, global: true }), path: g.f.str('path', 'path') ?? '/', inlinePolicies: g.inline, attachedPolicies: g.attached }),
      g.inst,
      g.joined,
    )
  }
}
