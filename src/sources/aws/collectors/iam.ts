import type { AttachedPolicy, GroupDetail, ManagedPolicyDetail, PolicyDetail, RoleDetail, Tag, UserDetail } from '@aws-sdk/client-iam'
import type { PolicyDocument, Unresolved } from '../../../model/common.js'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { AttachedPolicyRef, IamGroup, IamManagedPolicy, IamRole, IamUser, InlinePolicy } from '../../../model/iam.js'
import type { ResourceType } from '../../../model/resource-types.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { paginate } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'

/** Everything GetAccountAuthorizationDetails returned, all pages concatenated. */
export interface AuthorizationDetails {
  roles: RoleDetail[]
  users: UserDetail[]
  groups: GroupDetail[]
  policies: ManagedPolicyDetail[]
}

export interface MappedIam {
  roles: IamRole[]
  users: IamUser[]
  groups: IamGroup[]
  policies: IamManagedPolicy[]
}

const EMPTY_POLICY: PolicyDocument = { Statement: [] }

/** Decodes one (URL-encoded) document; a broken one becomes an `unresolved` entry at `path`. */
function documentAt(raw: string | undefined, path: string, unresolved: Unresolved): PolicyDocument {
  const parsed = parsePolicyDocument(raw ?? '')
  if (parsed.ok) return parsed.document
  unresolved[path] = `ParseError (${parsed.error})`
  return EMPTY_POLICY
}

function inline(list: PolicyDetail[] | undefined, unresolved: Unresolved): InlinePolicy[] {
  return (list ?? []).map((p, i) => ({ name: p.PolicyName ?? '', document: documentAt(p.PolicyDocument, `inlinePolicies.${i}.document`, unresolved) }))
}

function attached(list: AttachedPolicy[] | undefined): AttachedPolicyRef[] {
  return (list ?? []).map((p) => ({ arn: p.PolicyArn ?? '', name: p.PolicyName ?? '' }))
}

function tagsOf(tags: Tag[] | undefined): Record<string, string> | undefined {
  if (!tags) return undefined
  return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']))
}

function iso(d: Date | string | undefined): string | undefined {
  if (d === undefined) return undefined
  return d instanceof Date ? d.toISOString() : String(d)
}

function base(arn: string | undefined, name: string | undefined, accountId: string, tags?: Tag[]) {
  const a = arn ?? ''
  const t = tagsOf(tags)
  return { id: a, arn: a, name: name ?? a, accountId: parseArn(a)?.account || accountId, region: GLOBAL_REGION, ...(t ? { tags: t } : {}) }
}

function withUnresolved<T extends { unresolved?: Unresolved }>(r: T, unresolved: Unresolved): T {
  if (Object.keys(unresolved).length) r.unresolved = unresolved
  return r
}

/**
 * Maps the bulk IAM answer to the model. Documents arrive URL-encoded and are decoded here;
 * managed policies are kept at their default version, and AWS managed policies only when
 * something is attached to them. Pure.
 */
export function mapAuthorizationDetails(d: AuthorizationDetails, where: { accountId: string }): MappedIam {
  const roles = d.roles.map((r) => {
    const unresolved: Unresolved = {}
    const role: IamRole = {
      ...base(r.Arn, r.RoleName, where.accountId, r.Tags),
      ...(r.RoleId ? { roleId: r.RoleId } : {}),
      path: r.Path ?? '/',
      trustPolicy: documentAt(r.AssumeRolePolicyDocument, 'trustPolicy', unresolved),
      inlinePolicies: inline(r.RolePolicyList, unresolved),
      attachedPolicies: attached(r.AttachedManagedPolicies),
      ...(r.PermissionsBoundary?.PermissionsBoundaryArn ? { permissionsBoundaryArn: r.PermissionsBoundary.PermissionsBoundaryArn } : {}),
      ...(r.CreateDate ? { createDate: iso(r.CreateDate)! } : {}),
      ...(r.RoleLastUsed?.LastUsedDate ? { lastUsedDate: iso(r.RoleLastUsed.LastUsedDate)! } : {}),
    }
    return withUnresolved(role, unresolved)
  })
  const users = d.users.map((u) => {
    const unresolved: Unresolved = {}
    const user: IamUser = {
      ...base(u.Arn, u.UserName, where.accountId, u.Tags),
      ...(u.UserId ? { userId: u.UserId } : {}),
      path: u.Path ?? '/',
      inlinePolicies: inline(u.UserPolicyList, unresolved),
      attachedPolicies: attached(u.AttachedManagedPolicies),
      groups: u.GroupList ?? [],
      ...(u.PermissionsBoundary?.PermissionsBoundaryArn ? { permissionsBoundaryArn: u.PermissionsBoundary.PermissionsBoundaryArn } : {}),
      ...(u.CreateDate ? { createDate: iso(u.CreateDate)! } : {}),
    }
    return withUnresolved(user, unresolved)
  })
  const groups = d.groups.map((g) => {
    const unresolved: Unresolved = {}
    const group: IamGroup = {
      ...base(g.Arn, g.GroupName, where.accountId),
      path: g.Path ?? '/',
      inlinePolicies: inline(g.GroupPolicyList, unresolved),
      attachedPolicies: attached(g.AttachedManagedPolicies),
    }
    return withUnresolved(group, unresolved)
  })
  const policies: IamManagedPolicy[] = []
  for (const p of d.policies) {
    const awsManaged = /^arn:[^:]+:iam::aws:policy\//.test(p.Arn ?? '')
    // The account sees every AWS managed policy; only the attached ones can grant anything here.
    if (awsManaged && !(p.AttachmentCount && p.AttachmentCount > 0)) continue
    const unresolved: Unresolved = {}
    const version = p.PolicyVersionList?.find((v) => v.IsDefaultVersion) ?? p.PolicyVersionList?.find((v) => v.VersionId === p.DefaultVersionId)
    if (!version) unresolved.document = 'MissingDefaultVersion (iam:GetAccountAuthorizationDetails)'
    const policy: IamManagedPolicy = {
      ...base(p.Arn, p.PolicyName, where.accountId),
      awsManaged,
      document: version ? documentAt(version.Document, 'document', unresolved) : EMPTY_POLICY,
      ...(p.AttachmentCount !== undefined ? { attachmentCount: p.AttachmentCount } : {}),
      ...(p.DefaultVersionId ? { defaultVersionId: p.DefaultVersionId } : {}),
    }
    policies.push(withUnresolved(policy, unresolved))
  }
  return { roles, users, groups, policies }
}

const FILTERS: { type: ResourceType; filter: ('Role' | 'User' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy')[] }[] = [
  { type: 'iam.role', filter: ['Role'] },
  { type: 'iam.user', filter: ['User'] },
  { type: 'iam.group', filter: ['Group'] },
  { type: 'iam.policy', filter: ['LocalManagedPolicy', 'AWSManagedPolicy'] },
]

/**
 * Every role, user, group and managed policy from GetAccountAuthorizationDetails: a few large
 * pages instead of several calls per principal. Collected once per scan (IAM is global).
 */
export const iamCollector: Collector = {
  id: 'iam',
  produces: ['iam.role', 'iam.user', 'iam.group', 'iam.policy'],
  actions: ['iam:GetAccountAuthorizationDetails'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const { GetAccountAuthorizationDetailsCommand } = await import('@aws-sdk/client-iam')
    // Ask only for the entity kinds the scan needs: policies are most of the bytes.
    const wanted = FILTERS.filter((f) => ctx.wanted.size === 0 || ctx.wanted.has(f.type))
    if (!wanted.length) return { resources: {}, gaps: [] }
    const details: AuthorizationDetails = { roles: [], users: [], groups: [], policies: [] }
    try {
      for await (const page of paginate(
        (Marker) =>
          ctx.send(region, 'iam:GetAccountAuthorizationDetails', new GetAccountAuthorizationDetailsCommand({ Filter: wanted.flatMap((f) => f.filter), MaxItems: 1000, ...(Marker ? { Marker } : {}) })),
        (p) => (p.IsTruncated ? p.Marker : undefined),
      )) {
        details.roles.push(...(page.RoleDetailList ?? []))
        details.users.push(...(page.UserDetailList ?? []))
        details.groups.push(...(page.GroupDetailList ?? []))
        details.policies.push(...(page.Policies ?? []))
        ctx.progress({ region: GLOBAL_REGION, collector: 'iam', collected: details.roles.length + details.users.length + details.groups.length + details.policies.length, done: false })
      }
    } catch (err) {
      return { resources: {}, gaps: wanted.map((f) => gapFrom(err, f.type, GLOBAL_REGION)) }
    }
    const m = mapAuthorizationDetails(details, { accountId: ctx.accountId })
    const has = (t: ResourceType) => wanted.some((f) => f.type === t)
    return {
      resources: {
        ...(has('iam.role') ? { 'iam.role': m.roles } : {}),
        ...(has('iam.user') ? { 'iam.user': m.users } : {}),
        ...(has('iam.group') ? { 'iam.group': m.groups } : {}),
        ...(has('iam.policy') ? { 'iam.policy': m.policies } : {}),
      },
      gaps: [],
    }
  },
}
