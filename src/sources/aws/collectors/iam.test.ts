import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam'
import { iamCollector, mapAuthorizationDetails } from './iam.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const enc = (doc: unknown) => encodeURIComponent(JSON.stringify(doc))
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const admin = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }
const created = new Date('2025-05-01T10:00:00Z')

const page1 = {
  RoleDetailList: [
    {
      RoleName: 'orders-role',
      RoleId: 'AROA1',
      Arn: `arn:aws:iam::${TEST_ACCOUNT}:role/service/orders-role`,
      Path: '/service/',
      CreateDate: created,
      AssumeRolePolicyDocument: enc(trust),
      RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: enc(admin) }],
      AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy' as const, PermissionsBoundaryArn: `arn:aws:iam::${TEST_ACCOUNT}:policy/boundary` },
      RoleLastUsed: { LastUsedDate: new Date('2026-11-01T00:00:00Z'), Region: 'us-east-1' },
      Tags: [{ Key: 'team', Value: 'a' }],
    },
  ],
  UserDetailList: [
    {
      UserName: 'alice',
      UserId: 'AIDA1',
      Arn: `arn:aws:iam::${TEST_ACCOUNT}:user/alice`,
      Path: '/',
      CreateDate: created,
      UserPolicyList: [],
      GroupList: ['devs'],
      AttachedManagedPolicies: [],
    },
  ],
  GroupDetailList: [{ GroupName: 'devs', GroupId: 'AGPA1', Arn: `arn:aws:iam::${TEST_ACCOUNT}:group/devs`, Path: '/', GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: enc(admin) }], AttachedManagedPolicies: [] }],
  Policies: [],
  IsTruncated: true,
  Marker: 'page2',
}

const page2 = {
  Policies: [
    {
      PolicyName: 'boundary',
      Arn: `arn:aws:iam::${TEST_ACCOUNT}:policy/boundary`,
      DefaultVersionId: 'v2',
      AttachmentCount: 1,
      PolicyVersionList: [
        { VersionId: 'v1', IsDefaultVersion: false, Document: enc({ Version: '2012-10-17', Statement: [] }) },
        { VersionId: 'v2', IsDefaultVersion: true, Document: enc(admin) },
      ],
    },
    { PolicyName: 'ReadOnlyAccess', Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', DefaultVersionId: 'v9', AttachmentCount: 3, PolicyVersionList: [{ VersionId: 'v9', IsDefaultVersion: true, Document: enc(admin) }] },
    { PolicyName: 'Unused', Arn: 'arn:aws:iam::aws:policy/Unused', DefaultVersionId: 'v1', AttachmentCount: 0, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: enc(admin) }] },
  ],
  IsTruncated: false,
}

describe('mapAuthorizationDetails', () => {
  const m = mapAuthorizationDetails({ roles: page1.RoleDetailList, users: page1.UserDetailList, groups: page1.GroupDetailList, policies: page2.Policies }, { accountId: TEST_ACCOUNT })

  it('decodes URL-encoded trust and inline documents', () => {
    const role = m.roles[0]!
    assert.deepEqual(role.trustPolicy, trust)
    assert.deepEqual(role.inlinePolicies, [{ name: 'inline', document: { ...admin, Statement: [admin.Statement] } }])
  })

  it('maps role fields: boundary, last used, tags, path, dates; region global', () => {
    const role = m.roles[0]!
    assert.equal(role.id, `arn:aws:iam::${TEST_ACCOUNT}:role/service/orders-role`)
    assert.equal(role.name, 'orders-role')
    assert.equal(role.region, 'global')
    assert.equal(role.path, '/service/')
    assert.equal(role.roleId, 'AROA1')
    assert.equal(role.permissionsBoundaryArn, `arn:aws:iam::${TEST_ACCOUNT}:policy/boundary`)
    assert.equal(role.createDate, '2025-05-01T10:00:00.000Z')
    assert.equal(role.lastUsedDate, '2026-11-01T00:00:00.000Z')
    assert.deepEqual(role.tags, { team: 'a' })
    assert.deepEqual(role.attachedPolicies, [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }])
  })

  it('maps users with their groups and groups with inline policies', () => {
    assert.deepEqual(m.users[0]!.groups, ['devs'])
    assert.equal(m.users[0]!.userId, 'AIDA1')
    assert.equal(m.groups[0]!.inlinePolicies[0]!.document.Statement[0]!.Action, '*')
  })

  it('keeps managed policies at their default version, and AWS managed ones only when attached', () => {
    assert.deepEqual(
      m.policies.map((p) => [p.name, p.awsManaged, p.defaultVersionId]),
      [
        ['boundary', false, 'v2'],
        ['ReadOnlyAccess', true, 'v9'],
      ],
    )
    assert.equal(m.policies[0]!.document.Statement[0]!.Action, '*')
    assert.equal(m.policies[0]!.attachmentCount, 1)
  })

  it('a document that cannot be decoded is unresolved at its path', () => {
    const r = mapAuthorizationDetails({ roles: [{ ...page1.RoleDetailList[0]!, AssumeRolePolicyDocument: '%7Bbroken' }], users: [], groups: [], policies: [] }, { accountId: TEST_ACCOUNT })
    assert.match(r.roles[0]!.unresolved?.trustPolicy ?? '', /^ParseError/)
    assert.deepEqual(r.roles[0]!.trustPolicy.Statement, [])
  })
})

describe('iam collector (mocked SDK)', () => {
  const iam = mockClient(IAMClient)
  afterEach(() => iam.reset())

  it('pages through GetAccountAuthorizationDetails with the marker and all five filters', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves(page1)
    iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'page2' }).resolves(page2)
    const r = await iamCollector.collect(testContext(), TEST_REGION, {})
    const calls = iam.commandCalls(GetAccountAuthorizationDetailsCommand).map((c) => c.args[0].input)
    assert.deepEqual(
      calls.map((i) => i.Marker),
      [undefined, 'page2'],
    )
    assert.deepEqual(calls[0]!.Filter, ['Role', 'User', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'])
    assert.equal(r.resources['iam.role']!.length, 1)
    assert.equal(r.resources['iam.user']!.length, 1)
    assert.equal(r.resources['iam.group']!.length, 1)
    assert.equal(r.resources['iam.policy']!.length, 2)
    assert.deepEqual(r.gaps, [])
  })

  it('asks only for the entity kinds the scan needs', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ RoleDetailList: page1.RoleDetailList, IsTruncated: false })
    const r = await iamCollector.collect(testContext({ wanted: ['iam.role'] }), TEST_REGION, {})
    assert.deepEqual(iam.commandCalls(GetAccountAuthorizationDetailsCommand)[0]!.args[0].input.Filter, ['Role'])
    assert.deepEqual(Object.keys(r.resources), ['iam.role'])
  })

  it('AccessDenied is a global gap for each wanted type', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied', 403))
    const r = await iamCollector.collect(testContext({ wanted: ['iam.role', 'iam.policy'] }), TEST_REGION, {})
    assert.deepEqual(
      r.gaps.map((g) => [g.resourceType, g.region, g.code]),
      [
        ['iam.role', 'global', 'AccessDenied'],
        ['iam.policy', 'global', 'AccessDenied'],
      ],
    )
    assert.match(r.gaps[0]!.message, /iam:GetAccountAuthorizationDetails/)
  })
})
