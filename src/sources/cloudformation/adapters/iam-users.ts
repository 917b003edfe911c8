/**
 * AWS::IAM::User and AWS::IAM::Group → `iam.user` / `iam.group`, with the policies declared as
 * separate resources that name them (AWS::IAM::Policy `Users`/`Groups`, UserPolicy, GroupPolicy,
 * a ManagedPolicy's `Users`/`Groups`) and the memberships UserToGroupAddition adds, the way
 * GetAccountAuthorizationDetails shows them. A name that cannot be resolved could designate any
 * user or group, so it marks the field on all of them.
 */
import type { AttachedPolicyRef, InlinePolicy } from '../../../model/iam.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isRecord, isUnresolved, PLACEHOLDER, type Unresolved } from '../values.js'
import { attachedRef } from './iam.js'

interface PrincipalEntry {
  res: TemplateResource
  f: Fields
  name: string
  arn: string
  inline: InlinePolicy[]
  attached: AttachedPolicyRef[]
  groups: string[]
  boundary?: string
  joined: TemplateResource[]
}

function entry(stack: Stack, res: TemplateResource): PrincipalEntry {
  const f = stack.fields(res)
  const name = stack.ref(res)
  const arn = stack.getAtt(res, 'Arn')
  if (isUnresolved(name)) f.mark('name', name.reason)
  const e: PrincipalEntry = {
    res,
    f,
    name: isUnresolved(name) ? `${stack.template.stackName}-${res.logicalId}` : String(name),
    arn: isUnresolved(arn) ? PLACEHOLDER : String(arn),
    inline: [],
    attached: [],
    groups: [],
    joined: [],
  }
  const policies = f.get(['Policies'])
  if (isUnresolved(policies)) f.mark('inlinePolicies', policies.reason)
  else if (Array.isArray(policies)) {
    policies.forEach((p, i) => {
      const index = e.inline.length
      if (isUnresolved(p)) {
        f.mark(`inlinePolicies.${index}`, p.reason)
        e.inline.push({ name: PLACEHOLDER, document: { Statement: [] } })
        return
      }
      if (!isRecord(p)) return
      f.locate(`inlinePolicies.${index}`, ['Policies', i])
      const policyName = isUnresolved(p.PolicyName) ? PLACEHOLDER : String(p.PolicyName ?? `policy-${i}`)
      e.inline.push({ name: policyName, document: f.policyValue(`inlinePolicies.${index}.document`, p.PolicyDocument) })
    })
  }
  const managed = f.get(['ManagedPolicyArns'])
  if (isUnresolved(managed)) f.mark('attachedPolicies', managed.reason)
  else if (Array.isArray(managed)) {
    managed.forEach((m, i) => {
      const index = e.attached.length
      f.locate(`attachedPolicies.${index}`, ['ManagedPolicyArns', i])
      if (isUnresolved(m)) {
        f.mark(`attachedPolicies.${index}`, m.reason)
        e.attached.push({ arn: PLACEHOLDER, name: PLACEHOLDER })
      } else e.attached.push(attachedRef(String(m)))
    })
  }
  return e
}

/** The list a `Users`/`Groups`/`UserName` value names, or the unresolved value. */
function nameList(v: unknown): unknown[] | Unresolved {
  if (isUnresolved(v)) return v
  if (Array.isArray(v)) {
    const u = v.find(isUnresolved)
    return u ? (u as Unresolved) : v
  }
  return v === undefined || v === null ? [] : [v]
}

const designates = (value: unknown, e: PrincipalEntry) => {
  const s = asString(value)
  return s !== undefined && (s === e.name || s === e.arn)
}

export function adaptIamUsersAndGroups(stack: Stack): void {
  const users = stack.ofType('AWS::IAM::User').map((res) => entry(stack, res))
  const groups = stack.ofType('AWS::IAM::Group').map((res) => entry(stack, res))
  if (!users.length && !groups.length) return

  for (const u of users) {
    const g = u.f.get(['Groups'])
    if (isUnresolved(g)) u.f.mark('groups', g.reason)
    else if (Array.isArray(g)) {
      u.f.locate('groups', ['Groups'])
      for (const x of g) {
        if (isUnresolved(x)) u.f.mark('groups', x.reason)
        else if (asString(x) !== undefined) u.groups.push(String(asString(x)).split('/').pop()!)
      }
    }
    const boundary = u.f.str('permissionsBoundaryArn', ['PermissionsBoundary'])
    if (boundary !== undefined) u.boundary = boundary
  }

  /** Applies `add` to every principal of `targets` that `value` names; unresolved names mark them all. */
  const join = (res: TemplateResource, value: unknown, targets: PrincipalEntry[], modelPath: string, add: (e: PrincipalEntry) => void) => {
    const list = nameList(value)
    if (isUnresolved(list)) {
      for (const e of targets) e.f.mark(modelPath, `${res.logicalId} names its principal by ${list.reason}`)
      return
    }
    for (const e of targets) {
      if (!list.some((v) => designates(v, e))) continue
      e.joined.push(res)
      add(e)
    }
  }
  const addInline = (res: TemplateResource, policyName: unknown, document: unknown) => (e: PrincipalEntry) => {
    const index = e.inline.length
    e.f.locateResource(`inlinePolicies.${index}`, res)
    const exists = stack.resolver.exists(res)
    if (isUnresolved(exists)) e.f.mark(`inlinePolicies.${index}`, `policy ${res.logicalId} exists only if ${exists.reason}`)
    e.inline.push({ name: isUnresolved(policyName) ? PLACEHOLDER : String(policyName ?? res.logicalId), document: e.f.policyValue(`inlinePolicies.${index}.document`, document) })
  }
  for (const res of stack.ofType('AWS::IAM::Policy')) {
    const p = stack.props(res)
    join(res, p.Users, users, 'inlinePolicies', addInline(res, p.PolicyName, p.PolicyDocument))
    join(res, p.Groups, groups, 'inlinePolicies', addInline(res, p.PolicyName, p.PolicyDocument))
  }
  for (const res of stack.ofType('AWS::IAM::UserPolicy')) {
    const p = stack.props(res)
    join(res, p.UserName, users, 'inlinePolicies', addInline(res, p.PolicyName, p.PolicyDocument))
  }
  for (const res of stack.ofType('AWS::IAM::GroupPolicy')) {
    const p = stack.props(res)
    join(res, p.GroupName, groups, 'inlinePolicies', addInline(res, p.PolicyName, p.PolicyDocument))
  }
  for (const res of stack.ofType('AWS::IAM::ManagedPolicy')) {
    const p = stack.props(res)
    const arn = stack.ref(res)
    const ref = isUnresolved(arn) ? { arn: PLACEHOLDER, name: PLACEHOLDER } : attachedRef(String(arn))
    const attach = (e: PrincipalEntry) => {
      e.f.locateResource(`attachedPolicies.${e.attached.length}`, res)
      e.attached.push(ref)
    }
    join(res, p.Users, users, 'attachedPolicies', attach)
    join(res, p.Groups, groups, 'attachedPolicies', attach)
  }
  for (const res of stack.ofType('AWS::IAM::UserToGroupAddition')) {
    const p = stack.props(res)
    const group = p.GroupName
    join(res, p.Users, users, 'groups', (u) => {
      if (isUnresolved(group)) u.f.mark('groups', `${res.logicalId}: ${group.reason}`)
      else if (asString(group) !== undefined) u.groups.push(String(asString(group)))
    })
  }

  for (const u of users) {
    const boundary = u.boundary
    stack.emit(
      'iam.user',
      u.f.finish({
        ...u.f.base(stack.resourceId(u.res), u.name, { arn: u.arn, global: true }),
        path: u.f.str('path', ['Path']) ?? '/',
        inlinePolicies: u.inline,
        attachedPolicies: u.attached,
        groups: [...new Set(u.groups)],
        ...(boundary !== undefined ? { permissionsBoundaryArn: boundary } : {}),
      }),
      u.res,
      u.joined,
    )
  }
  for (const g of groups) {
    stack.emit(
      'iam.group',
      g.f.finish({ ...g.f.base(stack.resourceId(g.res), g.name, { arn: g.arn, global: true }), path: g.f.str('path', ['Path']) ?? '/', inlinePolicies: g.inline, attachedPolicies: g.attached }),
      g.res,
      g.joined,
    )
  }
}
