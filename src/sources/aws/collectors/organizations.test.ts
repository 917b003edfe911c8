import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeOrganizationCommand,
  DescribeResourcePolicyCommand,
  ListDelegatedAdministratorsCommand,
  ListDelegatedServicesForAccountCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations'
import { organizationsCollector } from './organizations.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const org = { Id: 'o-a1b2c3d4e5', Arn: `arn:aws:organizations::${TEST_ACCOUNT}:organization/o-a1b2c3d4e5`, MasterAccountId: TEST_ACCOUNT, FeatureSet: 'ALL' as const }

describe('organizations.organization collector (mocked SDK)', () => {
  const o = mockClient(OrganizationsClient)
  afterEach(() => o.reset())

  it('not in an organization: a member:false resource, no further calls', async () => {
    o.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.'))
    const r = await organizationsCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['organizations.organization']![0]!.member, false)
    assert.equal(o.commandCalls(ListPoliciesCommand).length, 0)
  })

  it('management account: roots, SCPs with targets, delegated administrators with services, the delegation policy', async () => {
    o.on(DescribeOrganizationCommand).resolves({ Organization: org })
    o.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-ab12', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'TAG_POLICY', Status: 'PENDING_DISABLE' }] }] })
    o.on(ListPoliciesCommand).resolves({ Policies: [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true }, { Id: 'p-1', Name: 'guardrails', AwsManaged: false }] })
    o.on(ListTargetsForPolicyCommand).resolves({ Targets: [{ TargetId: 'r-ab12', Type: 'ROOT', Name: 'Root' }] })
    o.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [{ Id: '444455556666', Name: 'security' }] })
    o.on(ListDelegatedServicesForAccountCommand).resolves({ DelegatedServices: [{ ServicePrincipal: 'securityhub.amazonaws.com' }] })
    o.on(DescribeResourcePolicyCommand).rejects(awsError('ResourcePolicyNotFoundException', 400))
    const r = await organizationsCollector.collect(testContext(), TEST_REGION, {})
    const x = r.resources['organizations.organization']![0]!
    assert.equal(x.isManagementAccount, true)
    assert.deepEqual(x.enabledPolicyTypes, ['SERVICE_CONTROL_POLICY'])
    assert.deepEqual(x.serviceControlPolicies.map((p) => [p.name, p.targets.length]), [['FullAWSAccess', 1], ['guardrails', 1]])
    assert.deepEqual(x.delegatedAdministrators, [{ accountId: '444455556666', name: 'security', services: ['securityhub.amazonaws.com'] }])
    assert.equal(x.hasDelegationPolicy, false)
    assert.equal(x.unresolved, undefined)
  })

  it('member account: management-only reads are unresolved, not a gap', async () => {
    o.on(DescribeOrganizationCommand).resolves({ Organization: { ...org, MasterAccountId: '999988887777' } })
    const denied = () => awsError('AccessDeniedException', 400, 'You don\'t have permissions to access this resource.')
    o.on(ListRootsCommand).rejects(denied())
    o.on(ListPoliciesCommand).rejects(denied())
    o.on(ListDelegatedAdministratorsCommand).rejects(denied())
    o.on(DescribeResourcePolicyCommand).rejects(denied())
    const r = await organizationsCollector.collect(testContext(), TEST_REGION, {})
    const x = r.resources['organizations.organization']![0]!
    assert.equal(x.isManagementAccount, false)
    assert.deepEqual(Object.keys(x.unresolved ?? {}).sort(), ['delegatedAdministrators', 'enabledPolicyTypes', 'hasDelegationPolicy', 'serviceControlPolicies'])
    assert.deepEqual(r.gaps, [])
  })

  it('DescribeOrganization denied is a gap', async () => {
    o.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException'))
    const r = await organizationsCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual([r.gaps[0]!.resourceType, r.gaps[0]!.region, r.gaps[0]!.code], ['organizations.organization', 'global', 'AccessDenied'])
  })
})
