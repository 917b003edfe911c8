/**
 * AWS::IAM::Role and AWS::IAM::ManagedPolicy → `iam.role` / `iam.policy`. Policies declared
 * as separate resources (AWS::IAM::Policy, AWS::IAM::RolePolicy, a ManagedPolicy's `Roles`)
 * are attached to the roles they name, the way GetAccountAuthorizationDetails shows a role.
 */
import type { AttachedPolicyRef, IamRole, InlinePolicy } from '../../../model/iam.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

interface RoleEntry {
  res: TemplateResource
  fields: Fields
  name: string
  arn: string
  inline: InlinePolicy[]
  attached: AttachedPolicyRef[]
  joined: TemplateResource[]
}

/** Does a `Roles`/`RoleName` value designate this role (by name, or by ARN)? */
function designates(value: unknown, e: RoleEntry): boolean {
  const s = asString(value)
  return s !== undefined && (s === e.name || s === e.arn)
}

export function adaptIam(stack: Stack): void {
  const roles: RoleEntry[] = []
  for (const res of stack.ofType('AWS::IAM::Role')) {
    const f = stack.fields(res)
    const name = stack.ref(res)
    const arn = stack.getAtt(res, 'Arn')
    if (isUnresolved(name)) f.mark('name', name.reason)
    if (isUnresolved(arn)) f.mark('arn', arn.reason)
    const entry: RoleEntry = {
      res,
      fields: f,
      name: isUnresolved(name) ? `${stack.template.stackName}-${res.logicalId}` : String(name),
      arn: isUnresolved(arn) ? PLACEHOLDER : String(arn),
      inline: [],
      attached: [],
      joined: [],
    }
    const policies = f.get(['Policies'])
    if (isUnresolved(policies)) f.mark('inlinePolicies', policies.reason)
    else if (Array.isArray(policies)) {
      policies.forEach((p, i) => {
        const index = entry.inline.length
        if (isUnresolved(p)) {
          f.mark(`inlinePolicies.${index}`, p.reason)
          entry.inline.push({ name: PLACEHOLDER, document: { Statement: [] } })
          return
        }
        if (!isRecord(p)) return
        f.locate(`inlinePolicies.${index}`, ['Policies', i])
        const name = isUnresolved(p.PolicyName) ? (f.mark(`inlinePolicies.${index}.name`, p.PolicyName.reason), PLACEHOLDER) : String(p.PolicyName ?? `policy-${i}`)
        entry.inline.push({ name, document: f.policyValue(`inlinePolicies.${index}.document`, p.PolicyDocument) })
      })
    }
    const managed = f.get(['ManagedPolicyArns'])
    if (isUnresolved(managed)) f.mark('attachedPolicies', managed.reason)
    else if (Array.isArray(managed)) {
      managed.forEach((m, i) => {
        const index = entry.attached.length
        f.locate(`attachedPolicies.${index}`, ['ManagedPolicyArns', i])
        if (isUnresolved(m)) {
          f.mark(`attachedPolicies.${index}`, m.reason)
          entry.attached.push({ arn: PLACEHOLDER, name: PLACEHOLDER })
        } else entry.attached.push(attachedRef(String(m)))
      })
    }
    roles.push(entry)
  }

  // Stand-alone policy resources name their roles; an unresolvable name could be any role.
  const joinInline = (res: TemplateResource, rolesValue: unknown, policyName: unknown, document: unknown) => {
    const list = isUnresolved(rolesValue) ? rolesValue : Array.isArray(rolesValue) ? rolesValue : rolesValue === undefined ? [] : [rolesValue]
    if (isUnresolved(list) || list.some(isUnresolved)) {
      const reason = isUnresolved(list) ? list.reason : (list.find(isUnresolved) as { reason: string }).reason
      for (const r of roles) r.fields.mark('inlinePolicies', `policy ${res.logicalId} is attached to a role named by ${reason}`)
      return
    }
    for (const r of roles) {
      if (!list.some((v) => designates(v, r))) continue
      const index = r.inline.length
      r.fields.locateResource(`inlinePolicies.${index}`, res)
      const name = isUnresolved(policyName) ? (r.fields.mark(`inlinePolicies.${index}.name`, policyName.reason), PLACEHOLDER) : String(policyName ?? res.logicalId)
      const doc = r.fields.policyValue(`inlinePolicies.${index}.document`, document)
      const exists = stack.resolver.exists(res)
      if (isUnresolved(exists)) r.fields.mark(`inlinePolicies.${index}`, `policy ${res.logicalId} exists only if ${exists.reason}`)
      r.inline.push({ name, document: doc })
      r.joined.push(res)
    }
  }
  for (const res of stack.ofType('AWS::IAM::Policy')) {
    const p = stack.props(res)
    joinInline(res, p.Roles, p.PolicyName, p.PolicyDocument)
  }
  for (const res of stack.ofType('AWS::IAM::RolePolicy')) {
    const p = stack.props(res)
    joinInline(res, p.RoleName, p.PolicyName, p.PolicyDocument)
  }

  for (const res of stack.ofType('AWS::IAM::ManagedPolicy')) {
    const f = stack.fields(res)
    const arn = stack.ref(res)
    const arnText = isUnresolved(arn) ? PLACEHOLDER : String(arn)
    if (isUnresolved(arn)) f.mark('arn', arn.reason)
    const attachedTo = ['Roles', 'Users', 'Groups'].reduce((n, k) => n + (Array.isArray(f.props[k]) ? (f.props[k] as unknown[]).length : 0), 0)
    const document = f.policy('document', ['PolicyDocument']) ?? { Statement: [] }
    stack.emit(
      'iam.policy',
      f.finish({ ...f.base(stack.resourceId(res), arnText.split('/').pop() ?? res.logicalId, { arn: arnText, global: true }), awsManaged: false, document, attachmentCount: attachedTo }),
      res,
    )
    const rolesValue = f.props.Roles
    if (isUnresolved(rolesValue)) {
      for (const r of roles) r.fields.mark('attachedPolicies', `managed policy ${res.logicalId} is attached to roles named by ${rolesValue.reason}`)
      continue
    }
    for (const r of roles) {
      if (!Array.isArray(rolesValue) || !rolesValue.some((v) => designates(v, r))) continue
      const index = r.attached.length
      r.fields.locateResource(`attachedPolicies.${index}`, res)
      r.attached.push({ arn: arnText, name: arnText.split('/').pop() ?? res.logicalId })
      r.joined.push(res)
    }
  }

  for (const r of roles) stack.emit('iam.role', buildRole(stack, r), r.res, r.joined)
}

export function attachedRef(arn: string): AttachedPolicyRef {
  return { arn, name: arn.split('/').pop() ?? arn }
}

function buildRole(stack: Stack, r: RoleEntry): IamRole {
  const f = r.fields
  const role: IamRole = {
    ...f.base(stack.resourceId(r.res), r.name, { arn: r.arn, global: true }),
    path: f.str('path', ['Path']) ?? '/',
    trustPolicy: f.policy('trustPolicy', ['AssumeRolePolicyDocument']) ?? { Statement: [] },
    inlinePolicies: r.inline,
    attachedPolicies: r.attached,
  }
  const roleId = stack.getAtt(r.res, 'RoleId')
  if (typeof roleId === 'string') role.roleId = roleId
  const boundary = f.str('permissionsBoundaryArn', ['PermissionsBoundary'])
  if (boundary !== undefined) role.permissionsBoundaryArn = boundary
  return f.finish(role)
}
