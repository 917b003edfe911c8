import { createHash } from 'node:crypto'
import { arns, type FixtureAccount, type FixtureInlinePolicy, type PolicyDocument } from '../fixture.js'
import { paginate } from '../pagination.js'
import { QUERY_ERRORS, tagList } from './common.js'
import type { ServiceDef } from './types.js'
import { lastAccessedOperations } from './iam-last-accessed.js'
import { iamAccountOperations } from './iam-account.js'

/** IAM returns every policy document URL-encoded (RFC 3986); callers must decode it. */
function encodePolicy(doc: PolicyDocument): string {
  return encodeURIComponent(JSON.stringify(doc))
}

function uniqueId(prefix: string, s: string): string {
  return prefix + createHash('sha256').update(s).digest('hex').slice(0, 17).toUpperCase()
}

const CREATED = new Date('2024-01-15T10:00:00Z')

function inline(list: FixtureInlinePolicy[] | undefined) {
  return (list ?? []).map((p) => ({ PolicyName: p.name, PolicyDocument: encodePolicy(p.document) }))
}

function policyName(account: FixtureAccount, arn: string): string {
  return (account.iam.policies ?? []).find((p) => policyArn(account, p) === arn)?.name ?? arn.split('/').pop()!
}

function policyArn(account: FixtureAccount, p: NonNullable<FixtureAccount['iam']['policies']>[number]): string {
  return arns.policy(account.accountId, p.name, p.path ?? '/', p.awsManaged)
}

function attached(account: FixtureAccount, list: string[] | undefined) {
  return (list ?? []).map((arn) => ({ PolicyName: policyName(account, arn), PolicyArn: arn }))
}

type Entry = { kind: 'User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy'; detail: Record<string, unknown> }

/** Every entity GetAccountAuthorizationDetails reports, in the order it pages through them. */
function entries(account: FixtureAccount): Entry[] {
  const a = account.accountId
  const iam = account.iam
  const out: Entry[] = []
  for (const u of iam.users ?? []) {
    out.push({
      kind: 'User',
      detail: { Path: u.path ?? '/', UserName: u.name, UserId: uniqueId('AIDA', u.name), Arn: arns.user(a, u.name, u.path), CreateDate: CREATED, UserPolicyList: inline(u.inlinePolicies), GroupList: u.groups ?? [], AttachedManagedPolicies: attached(account, u.attachedPolicies) },
    })
  }
  for (const g of iam.groups ?? []) {
    out.push({
      kind: 'Group',
      detail: { Path: g.path ?? '/', GroupName: g.name, GroupId: uniqueId('AGPA', g.name), Arn: arns.group(a, g.name, g.path), CreateDate: CREATED, GroupPolicyList: inline(g.inlinePolicies), AttachedManagedPolicies: attached(account, g.attachedPolicies) },
    })
  }
  for (const r of iam.roles) {
    out.push({
      kind: 'Role',
      detail: {
        Path: r.path ?? '/',
        RoleName: r.name,
        RoleId: r.roleId ?? uniqueId('AROA', r.name),
        Arn: arns.role(a, r.name, r.path),
        CreateDate: r.createDate ? new Date(r.createDate) : CREATED,
        AssumeRolePolicyDocument: encodePolicy(r.trustPolicy),
        InstanceProfileList: [],
        RolePolicyList: inline(r.inlinePolicies),
        AttachedManagedPolicies: attached(account, r.attachedPolicies),
        PermissionsBoundary: r.permissionsBoundary ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: r.permissionsBoundary } : undefined,
        Tags: tagList(r.tags),
        RoleLastUsed: r.lastUsedDate ? { LastUsedDate: new Date(r.lastUsedDate), Region: 'us-east-1' } : {},
      },
    })
  }
  const everyAttachment = [...iam.roles, ...(iam.users ?? []), ...(iam.groups ?? [])].flatMap((e) => e.attachedPolicies ?? [])
  for (const p of iam.policies ?? []) {
    const arn = policyArn(account, p)
    out.push({
      kind: p.awsManaged ? 'AWSManagedPolicy' : 'LocalManagedPolicy',
      detail: {
        PolicyName: p.name,
        PolicyId: uniqueId('ANPA', arn),
        Arn: arn,
        Path: p.path ?? '/',
        DefaultVersionId: 'v1',
        AttachmentCount: everyAttachment.filter((x) => x === arn).length,
        PermissionsBoundaryUsageCount: iam.roles.filter((r) => r.permissionsBoundary === arn).length,
        IsAttachable: true,
        Description: p.description,
        CreateDate: CREATED,
        UpdateDate: CREATED,
        PolicyVersionList: [{ Document: encodePolicy(p.document), VersionId: 'v1', IsDefaultVersion: true, CreateDate: CREATED }],
      },
    })
  }
  return out
}

export const iam: ServiceDef = {
  signingName: 'iam',
  iamPrefix: 'iam',
  protocol: 'query',
  apiVersion: '2010-05-08',
  xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/',
  global: true,
  defaultFamily: 'read',
  errors: QUERY_ERRORS,
  operations: {
    ...lastAccessedOperations,
    ...iamAccountOperations,
    GetAccountAuthorizationDetails: {
      family: 'GetAccountAuthorizationDetails',
      handle(input, ctx) {
        const filter = ((input.Filter as { member?: string[] } | undefined)?.member ?? []) as string[]
        const all = entries(ctx.account).filter((e) => filter.length === 0 || filter.includes(e.kind))
        const p = paginate(all, { token: input.Marker, requested: input.MaxItems, defaultSize: 100, maxSize: 1000, fixtureMax: ctx.fixturePageSize('GetAccountAuthorizationDetails'), tokenName: 'Marker', sizeName: 'MaxItems', errorCode: 'InvalidInput' })
        const of = (kind: Entry['kind'] | Entry['kind'][]) => p.items.filter((e) => (Array.isArray(kind) ? kind.includes(e.kind) : e.kind === kind)).map((e) => e.detail)
        return {
          UserDetailList: of('User'),
          GroupDetailList: of('Group'),
          RoleDetailList: of('Role'),
          Policies: of(['LocalManagedPolicy', 'AWSManagedPolicy']),
          IsTruncated: p.next !== undefined,
          Marker: p.next,
        }
      },
    },
  },
}
