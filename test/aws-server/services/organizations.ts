/**
 * AWS Organizations (JSON 1.1, target AWSOrganizationsV20161128), from the account's
 * `organization`. An account without one answers AWSOrganizationsNotInUseException. Everything
 * but DescribeOrganization is refused (AccessDeniedException) unless the caller is the management
 * account or a delegated administrator, as in AWS.
 */
import { ApiError } from '../errors.js'
import type { FixtureOrganization } from '../fixture-governance.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, ServiceDef } from './types.js'

function org(ctx: CallContext): FixtureOrganization {
  const o = ctx.account.organization
  if (!o) throw new ApiError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400)
  return o
}

function managementOnly(ctx: CallContext): FixtureOrganization {
  const o = org(ctx)
  const delegated = (o.delegatedAdministrators ?? []).some((d) => d.accountId === ctx.accountId)
  if (o.managementAccountId !== ctx.accountId && !delegated) throw new ApiError('AccessDeniedException', "You don't have permissions to access this resource.", 400)
  return o
}

const arnOf = (o: FixtureOrganization) => `arn:aws:organizations::${o.managementAccountId}:organization/${o.id}`
const rootId = (o: FixtureOrganization) => `r-${o.id.slice(2, 6)}`

function scps(o: FixtureOrganization) {
  const full = { id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, targets: [{ id: rootId(o), type: 'ROOT' as const, name: 'Root' }] }
  return [full, ...(o.scps ?? []).map((p) => ({ ...p, awsManaged: false }))]
}

export const organizations: ServiceDef = {
  signingName: 'organizations',
  iamPrefix: 'organizations',
  protocol: 'json-1.1',
  target: 'AWSOrganizationsV20161128',
  global: true,
  defaultFamily: 'read',
  errors: { ...JSON_ERRORS, throttling: { code: 'TooManyRequestsException', status: 400 } },
  operations: {
    DescribeOrganization: {
      handle(_input, ctx) {
        const o = org(ctx)
        return {
          Organization: {
            Id: o.id,
            Arn: arnOf(o),
            FeatureSet: o.featureSet ?? 'ALL',
            MasterAccountArn: `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${o.managementAccountId}`,
            MasterAccountId: o.managementAccountId,
            MasterAccountEmail: 'aws-management@example.com',
          },
        }
      },
    },
    ListRoots: {
      handle(_input, ctx) {
        const o = managementOnly(ctx)
        return { Roots: [{ Id: rootId(o), Arn: `arn:aws:organizations::${o.managementAccountId}:root/${o.id}/${rootId(o)}`, Name: 'Root', PolicyTypes: (o.enabledPolicyTypes ?? ['SERVICE_CONTROL_POLICY']).map((Type) => ({ Type, Status: 'ENABLED' })) }] }
      },
    },
    ListPolicies: {
      handle(input, ctx) {
        const o = managementOnly(ctx)
        if (input.Filter !== 'SERVICE_CONTROL_POLICY') return { Policies: [] }
        return { Policies: scps(o).map((p) => ({ Id: p.id, Arn: `arn:aws:organizations::${o.managementAccountId}:policy/${o.id}/service_control_policy/${p.id}`, Name: p.name, Type: 'SERVICE_CONTROL_POLICY', AwsManaged: p.awsManaged })) }
      },
    },
    ListTargetsForPolicy: {
      resource: (input) => String(input.PolicyId ?? ''),
      handle(input, ctx) {
        const o = managementOnly(ctx)
        const p = scps(o).find((x) => x.id === input.PolicyId)
        if (!p) throw new ApiError('PolicyNotFoundException', 'We can\'t find a policy with the PolicyId that you specified.', 400)
        return { Targets: p.targets.map((t) => ({ TargetId: t.id, Type: t.type, Name: t.name ?? t.id, Arn: `arn:aws:organizations::${o.managementAccountId}:${t.type.toLowerCase()}/${o.id}/${t.id}` })) }
      },
    },
    ListDelegatedAdministrators: {
      handle(_input, ctx) {
        const o = managementOnly(ctx)
        return { DelegatedAdministrators: (o.delegatedAdministrators ?? []).map((d) => ({ Id: d.accountId, Name: d.name, Status: 'ACTIVE', JoinedMethod: 'CREATED' })) }
      },
    },
    ListDelegatedServicesForAccount: {
      handle(input, ctx) {
        const o = managementOnly(ctx)
        const d = (o.delegatedAdministrators ?? []).find((x) => x.accountId === input.AccountId)
        if (!d) throw new ApiError('AccountNotRegisteredException', 'The provided account is not a registered delegated administrator for your organization.', 400)
        return { DelegatedServices: d.services.map((ServicePrincipal) => ({ ServicePrincipal, DelegationEnabledDate: new Date('2025-01-15T10:00:00Z') })) }
      },
    },
    DescribeResourcePolicy: {
      handle(_input, ctx) {
        const o = managementOnly(ctx)
        if (!o.delegationPolicy) throw new ApiError('ResourcePolicyNotFoundException', 'We can\'t find a resource policy request with the parameter that you specified.', 400)
        return { ResourcePolicy: { ResourcePolicySummary: { Id: 'rp-1a2b3c4d', Arn: `arn:aws:organizations::${o.managementAccountId}:resourcepolicy/${o.id}/rp-1a2b3c4d` }, Content: JSON.stringify({ Version: '2012-10-17', Statement: [] }) } }
      },
    },
  },
}
