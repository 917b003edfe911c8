import type { DelegatedAdministrator as OrgDelegatedAdmin, Organization as OrgDescription, PolicySummary, PolicyTargetSummary, Root } from '@aws-sdk/client-organizations'
import { GLOBAL_REGION, type Unresolved } from '../../../model/common.js'
import type { DelegatedAdministrator, Organization, ServiceControlPolicy } from '../../../model/organizations.js'
import { AwsCallError } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'

export interface OrganizationDetails {
  roots: Fetched<Root[]>
  policies: Fetched<(PolicySummary & { targets: PolicyTargetSummary[] })[]>
  admins: Fetched<(OrgDelegatedAdmin & { services: string[] })[]>
  resourcePolicy: Fetched<unknown>
}

/** The stand-in for an account that belongs to no organization. Pure. */
export function noOrganization(accountId: string): Organization {
  return {
    id: `organizations:${accountId}:none`,
    name: `account ${accountId} (no organization)`,
    accountId,
    region: GLOBAL_REGION,
    member: false,
    isManagementAccount: false,
    enabledPolicyTypes: [],
    serviceControlPolicies: [],
    delegatedAdministrators: [],
    hasDelegationPolicy: false,
  }
}

/** Maps what could be read of the organization; failed reads become unresolved fields. Pure. */
export function mapOrganization(o: OrgDescription, d: OrganizationDetails, accountId: string): Organization {
  const arn = o.Arn ?? `organizations:${o.Id ?? 'unknown'}`
  const unresolved: Unresolved = {}
  const reason = (f: Fetched<unknown>, action: string) => (f.ok ? '' : f.absent ? `NotFound (${action})` : f.reason)
  let enabledPolicyTypes: string[] = []
  if (d.roots.ok) enabledPolicyTypes = [...new Set(d.roots.value.flatMap((r) => (r.PolicyTypes ?? []).filter((p) => p.Status === 'ENABLED').map((p) => p.Type ?? '')))].sort()
  else unresolved.enabledPolicyTypes = reason(d.roots, 'organizations:ListRoots')
  let serviceControlPolicies: ServiceControlPolicy[] = []
  if (d.policies.ok) {
    serviceControlPolicies = d.policies.value.map((p) => ({
      id: p.Id ?? '',
      name: p.Name ?? p.Id ?? '',
      awsManaged: p.AwsManaged ?? false,
      targets: p.targets.map((t) => ({ id: t.TargetId ?? '', type: t.Type ?? '', ...(t.Name ? { name: t.Name } : {}) })),
    }))
  } else unresolved.serviceControlPolicies = reason(d.policies, 'organizations:ListPolicies')
  let delegatedAdministrators: DelegatedAdministrator[] = []
  if (d.admins.ok) delegatedAdministrators = d.admins.value.map((a) => ({ accountId: a.Id ?? '', ...(a.Name ? { name: a.Name } : {}), services: a.services }))
  else unresolved.delegatedAdministrators = reason(d.admins, 'organizations:ListDelegatedAdministrators')
  let hasDelegationPolicy = false
  if (d.resourcePolicy.ok) hasDelegationPolicy = true
  else if (!d.resourcePolicy.absent) unresolved.hasDelegationPolicy = d.resourcePolicy.reason
  const org: Organization = {
    id: arn,
    arn,
    name: o.Id ?? arn,
    accountId,
    region: GLOBAL_REGION,
    member: true,
    ...(o.Id ? { organizationId: o.Id } : {}),
    ...(o.MasterAccountId ? { managementAccountId: o.MasterAccountId } : {}),
    isManagementAccount: o.MasterAccountId === accountId,
    ...(o.FeatureSet ? { featureSet: o.FeatureSet } : {}),
    enabledPolicyTypes,
    serviceControlPolicies,
    delegatedAdministrators,
    hasDelegationPolicy,
  }
  if (Object.keys(unresolved).length) org.unresolved = unresolved
  return org
}

/** AWS's answer to DescribeOrganization from an account that belongs to no organization. */
export function isNotInOrganization(err: unknown): boolean {
  return err instanceof AwsCallError && err.code === 'AWSOrganizationsNotInUseException'
}

/**
 * The organization the scanned account belongs to, read once per scan. DescribeOrganization works
 * from any member account; the rest (roots, SCPs and their targets, delegated administrators, the
 * delegation policy) only from the management account or a delegated administrator, so a denial
 * there is an unresolved field, not a gap. An account outside any organization gives a resource with
 * `member: false`.
 */
export const organizationsCollector: Collector = {
  id: 'organizations.organization',
  produces: ['organizations.organization'],
  actions: [
    'organizations:DescribeOrganization',
    'organizations:ListRoots',
    'organizations:ListPolicies',
    'organizations:ListTargetsForPolicy',
    'organizations:ListDelegatedAdministrators',
    'organizations:ListDelegatedServicesForAccount',
    'organizations:DescribeResourcePolicy',
  ],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const O = await import('@aws-sdk/client-organizations')
    let org: OrgDescription
    try {
      org = (await ctx.send(region, 'organizations:DescribeOrganization', new O.DescribeOrganizationCommand({}))).Organization ?? {}
    } catch (err) {
      if (isNotInOrganization(err)) return { resources: { 'organizations.organization': [noOrganization(ctx.accountId)] }, gaps: [] }
      return { resources: {}, gaps: [gapFrom(err, 'organizations.organization', GLOBAL_REGION)] }
    }
    const send = <O>(action: string, command: Parameters<AwsContext['send']>[2]) => ctx.send(region, action, command) as Promise<O>
    const listRoots = () =>
      collectPages(
        (NextToken) => ctx.send(region, 'organizations:ListRoots', new O.ListRootsCommand({ ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.Roots,
      )
    const listPolicies = async () => {
      const policies = await collectPages(
        (NextToken) => ctx.send(region, 'organizations:ListPolicies', new O.ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY', ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.Policies,
      )
      return Promise.all(
        policies.map(async (p) => ({
          ...p,
          targets: await collectPages(
            (NextToken) => ctx.send(region, 'organizations:ListTargetsForPolicy', new O.ListTargetsForPolicyCommand({ PolicyId: p.Id, ...(NextToken ? { NextToken } : {}) })),
            (page) => page.NextToken,
            (page) => page.Targets,
          ),
        })),
      )
    }
    const listAdmins = async () => {
      const admins = await collectPages(
        (NextToken) => ctx.send(region, 'organizations:ListDelegatedAdministrators', new O.ListDelegatedAdministratorsCommand({ ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.DelegatedAdministrators,
      )
      return Promise.all(
        admins.map(async (a) => ({
          ...a,
          services: (
            await collectPages(
              (NextToken) => ctx.send(region, 'organizations:ListDelegatedServicesForAccount', new O.ListDelegatedServicesForAccountCommand({ AccountId: a.Id, ...(NextToken ? { NextToken } : {}) })),
              (p) => p.NextToken,
              (p) => p.DelegatedServices,
            )
          )
            .map((s) => s.ServicePrincipal ?? '')
            .filter(Boolean)
            .sort(),
        })),
      )
    }
    const [roots, policies, admins, resourcePolicy] = await Promise.all([
      fetchOptional(listRoots()),
      fetchOptional(listPolicies()),
      fetchOptional(listAdmins()),
      fetchOptional(send('organizations:DescribeResourcePolicy', new O.DescribeResourcePolicyCommand({}))),
    ])
    return { resources: { 'organizations.organization': [mapOrganization(org, { roots, policies, admins, resourcePolicy }, ctx.accountId)] }, gaps: [] }
  },
}
