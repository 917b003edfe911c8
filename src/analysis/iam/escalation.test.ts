import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import { actionInfo } from './catalogue.js'
import { analyzeEscalation, describeEscalation, ESCALATION_METHODS, ESCALATION_SOURCES, type EscalationPrincipal } from './escalation.js'
import { analyzeAccountEscalation } from './escalation-account.js'
import type { IdentityPolicySet } from './capability.js'
import type { ProbeScope } from './probes.js'
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../model/iam.js'

const ACCOUNT = '111122223333'
const SCOPE: ProbeScope = { partition: 'aws', account: ACCOUNT, regions: ['us-east-1'] }
const ROLE: EscalationPrincipal = { arn: `arn:aws:iam::${ACCOUNT}:role/app`, kind: 'role', name: 'app', accountId: ACCOUNT, tags: { team: 'payments' } }
const USER: EscalationPrincipal = { arn: `arn:aws:iam::${ACCOUNT}:user/dev`, kind: 'user', name: 'dev', accountId: ACCOUNT, groupArns: [`arn:aws:iam::${ACCOUNT}:group/devs`] }

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const allow = (Action: string | string[], Resource: string | string[] = '*', Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) })
const deny = (Action: string | string[], Resource: string | string[] = '*', Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...(Condition ? { Condition } : {}) })
const set = (statements: PolicyStatement[], boundary?: PolicyStatement[]): IdentityPolicySet => ({ policies: [{ name: 'p', document: doc(...statements) }], ...(boundary ? { boundary: doc(...boundary) } : {}) })

function methods(s: IdentityPolicySet, p: EscalationPrincipal = ROLE, scope: ProbeScope = SCOPE): Record<string, 'yes' | 'conditional'> {
  return Object.fromEntries(analyzeEscalation(s, p, scope).map((m) => [m.id, m.conditional ? 'conditional' : 'yes']))
}

interface Case {
  name: string
  set: IdentityPolicySet
  principal?: EscalationPrincipal
  scope?: ProbeScope
  /** Methods that must be found (with their level). */
  has?: Record<string, 'yes' | 'conditional'>
  /** Methods that must not be found. */
  lacks?: string[]
  /** Exactly these methods. */
  exactly?: Record<string, 'yes' | 'conditional'>
}

const CASES: Case[] = [
  { name: 'no policies', set: { policies: [] }, exactly: {} },
  { name: 'read-only logs policy', set: set([allow(['logs:CreateLogStream', 'logs:PutLogEvents'])]), exactly: {} },
  { name: 'iam:PutRolePolicy on every resource', set: set([allow('iam:PutRolePolicy')]), has: { 'iam-put-role-policy': 'yes' } },
  { name: 'iam:PutRolePolicy on its own role only (self probe)', set: set([allow('iam:PutRolePolicy', ROLE.arn)]), exactly: { 'iam-put-role-policy': 'yes' } },
  { name: 'iam:PutRolePolicy on another named role only', set: set([allow('iam:PutRolePolicy', `arn:aws:iam::${ACCOUNT}:role/other`)]), exactly: {} },
  { name: 'iam:PutRolePolicy on every role by wildcard ARN', set: set([allow('iam:PutRolePolicy', 'arn:aws:iam::*:role/*')]), has: { 'iam-put-role-policy': 'yes' } },
  { name: 'iam:* grants every IAM method', set: set([allow('iam:*')]), has: { 'iam-create-policy-version': 'yes', 'iam-create-access-key': 'yes', 'iam-attach-role-policy': 'yes', 'iam-add-user-to-group': 'yes' }, lacks: ['iam-update-assume-role-policy'] },
  { name: 'iam:* plus sts:AssumeRole adds the trust-policy method', set: set([allow(['iam:*', 'sts:AssumeRole'])]), has: { 'iam-update-assume-role-policy': 'yes', 'iam-policy-version-then-assume-role': 'yes' } },
  {
    name: 'PassRole + CreateFunction + InvokeFunction',
    set: set([allow('iam:PassRole'), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])]),
    exactly: { 'lambda-create-function-invoke': 'yes' },
  },
  { name: 'PassRole on one named role does not reach the probe', set: set([allow('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/lambda-basic`), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])]), exactly: {} },
  {
    name: 'PassRole only for Lambda (iam:PassedToService) is conditional',
    set: set([allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])]),
    exactly: { 'lambda-create-function-invoke': 'conditional' },
  },
  { name: 'lambda:UpdateFunctionCode on every function', set: set([allow('lambda:UpdateFunctionCode')]), exactly: { 'lambda-update-function-code': 'yes' } },
  { name: 'lambda:Update* on every function', set: set([allow(['lambda:Update*', 'lambda:InvokeFunction'])]), has: { 'lambda-update-function-code': 'yes', 'lambda-update-function-configuration': 'yes', 'lambda-update-function-code-invoke': 'yes' } },
  { name: 'UpdateFunctionCode on one named function', set: set([allow('lambda:UpdateFunctionCode', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders`)]), exactly: {} },
  { name: 'UpdateFunctionCode in another region only', set: set([allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:eu-west-1:*:function:*')]), exactly: {} },
  {
    name: 'UpdateFunctionCode in another region, that region scanned',
    set: set([allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:eu-west-1:*:function:*')]),
    scope: { ...SCOPE, regions: ['us-east-1', 'eu-west-1'] },
    exactly: { 'lambda-update-function-code': 'yes' },
  },
  { name: 'an unconditional Deny takes the method away', set: set([allow('iam:*'), deny('iam:*')]), exactly: {} },
  { name: 'a Deny without MFA leaves the method conditional', set: set([allow('iam:PutRolePolicy'), deny('iam:*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })]), exactly: { 'iam-put-role-policy': 'conditional' } },
  { name: 'a Deny on one named role does not cover the probe', set: set([allow('iam:PutRolePolicy'), deny('iam:PutRolePolicy', `arn:aws:iam::${ACCOUNT}:role/admin`)]), has: { 'iam-put-role-policy': 'yes' } },
  { name: 'a condition on a region makes it conditional', set: set([allow('iam:CreateAccessKey', '*', { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } })]), exactly: { 'iam-create-access-key': 'conditional' } },
  { name: 'a condition on its own tag that holds is unconditional', set: set([allow('iam:CreateAccessKey', '*', { StringEquals: { 'aws:PrincipalTag/team': 'payments' } })]), exactly: { 'iam-create-access-key': 'yes' } },
  { name: 'a condition on its own tag that fails grants nothing', set: set([allow('iam:CreateAccessKey', '*', { StringEquals: { 'aws:PrincipalTag/team': 'security' } })]), exactly: {} },
  { name: 'a condition naming another principal grants nothing', set: set([allow('iam:CreateAccessKey', '*', { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/break-glass` } })]), exactly: {} },
  { name: 'an undefined operator makes the statement invalid', set: set([allow('iam:CreateAccessKey', '*', { StringEqualsMaybe: { 'aws:RequestedRegion': 'us-east-1' } })]), exactly: {} },
  { name: 'a boundary without IAM caps the escalation', set: set([allow('*')], [allow(['s3:*', 'logs:*'])]), exactly: {} },
  { name: 'a boundary that allows IAM keeps it', set: set([allow('iam:PutRolePolicy')], [allow('iam:*')]), exactly: { 'iam-put-role-policy': 'yes' } },
  { name: 'a conditional boundary makes it conditional', set: set([allow('iam:PutRolePolicy')], [allow('iam:*', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })]), exactly: { 'iam-put-role-policy': 'conditional' } },
  {
    name: 'NotAction without IAM: service methods remain',
    set: set([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }]),
    has: { 'lambda-update-function-code': 'yes', 'ssm-send-command': 'yes', 'codebuild-start-build-override': 'yes' },
    lacks: ['iam-put-role-policy', 'lambda-create-function-invoke', 'ec2-run-instances-pass-role'],
  },
  { name: 'ec2:RunInstances only on instances is not enough (image, subnet … are authorized too)', set: set([allow('iam:PassRole'), allow('ec2:RunInstances', 'arn:aws:ec2:*:*:instance/*')]), exactly: {} },
  { name: 'ec2:RunInstances on * with PassRole', set: set([allow(['iam:PassRole', 'ec2:RunInstances'])]), exactly: { 'ec2-run-instances-pass-role': 'yes' } },
  { name: 'alternatives: UpdateJob with CreateTrigger instead of StartJobRun', set: set([allow(['iam:PassRole', 'glue:UpdateJob', 'glue:CreateTrigger'])]), exactly: { 'glue-update-job': 'yes' } },
  {
    name: 'alternatives: the unconditional alternative wins over a conditional one',
    set: set([allow(['iam:PassRole', 'glue:CreateJob', 'glue:CreateTrigger']), allow('glue:StartJobRun', '*', { Bool: { 'aws:SecureTransport': 'true' } })]),
    exactly: { 'glue-create-job': 'yes' },
  },
  { name: 'user: PutGroupPolicy on its own group (self probe)', set: set([allow('iam:PutGroupPolicy', `arn:aws:iam::${ACCOUNT}:group/devs`)]), principal: USER, exactly: { 'iam-put-group-policy': 'yes' } },
  { name: 'user: CreateAccessKey on itself through ${aws:username} is its own key, but it reaches itself', set: set([allow('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`)]), principal: USER, exactly: { 'iam-create-access-key': 'yes' } },
  { name: 'role: ${aws:username} never resolves for a role session', set: set([allow('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`)]), exactly: {} },
]

describe('privilege escalation: methods per policy set', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const got = methods(c.set, c.principal, c.scope)
      if (c.exactly) assert.deepEqual(got, c.exactly)
      for (const [id, level] of Object.entries(c.has ?? {})) assert.equal(got[id], level, `${id} in ${JSON.stringify(got)}`)
      for (const id of c.lacks ?? []) assert.equal(got[id], undefined, `${id} should be absent`)
    })
  }

  it('reports the allowed action chosen in each group', () => {
    const m = analyzeEscalation(set([allow(['lambda:UpdateFunctionCode', 'lambda:AddPermission'])]), ROLE, SCOPE).find((x) => x.id === 'lambda-update-function-code-add-permission')
    assert.deepEqual(m?.actions, ['lambda:UpdateFunctionCode', 'lambda:AddPermission'])
    assert.equal(describeEscalation([{ id: 'a', name: 'A', actions: [], conditional: true }, { id: 'b', name: 'B', actions: [], conditional: false }], 1), 'a (conditional), and 1 more')
  })
})

describe('privilege escalation: account-wide', () => {
  const pol = (name: string, document: PolicyDocument): IamManagedPolicy => ({ id: `arn:aws:iam::${ACCOUNT}:policy/${name}`, arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, region: 'global', awsManaged: false, document })
  const iamAdmin = pol('iam-admin', doc(allow('iam:*')))
  const group: IamGroup = { id: `arn:aws:iam::${ACCOUNT}:group/ops`, arn: `arn:aws:iam::${ACCOUNT}:group/ops`, name: 'ops', region: 'global', path: '/', inlinePolicies: [], attachedPolicies: [{ arn: iamAdmin.arn!, name: 'iam-admin' }] }
  const role = (name: string, over: Partial<IamRole> = {}): IamRole => ({ id: `arn:aws:iam::${ACCOUNT}:role/${name}`, arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, name, region: 'global', path: '/', trustPolicy: doc(), inlinePolicies: [], attachedPolicies: [], ...over })
  const user: IamUser = { id: USER.arn, arn: USER.arn, name: 'dev', region: 'global', path: '/', inlinePolicies: [], attachedPolicies: [], groups: ['ops'] }
  const lookup = { managedPolicy: (arn: string) => (arn === iamAdmin.arn ? iamAdmin : undefined), group: (n: string) => (n === 'ops' ? group : undefined) }

  it('roles and users (group policies included); missing documents are listed', () => {
    const out = analyzeAccountEscalation({
      roles: [
        role('plain', { inlinePolicies: [{ name: 'logs', document: doc(allow('logs:PutLogEvents')) }] }),
        role('admin', { attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }),
        role('mystery', { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/unknown`, name: 'unknown' }] }),
      ],
      users: [user],
      lookup,
      scope: SCOPE,
    })
    assert.deepEqual(out.map((p) => [p.name, p.methods.length > 0, p.missing]), [
      ['plain', false, []],
      ['admin', true, []],
      ['mystery', false, ['unknown']],
      ['dev', true, []],
    ])
    assert.ok(out[3]!.methods.some((m) => m.id === 'iam-attach-user-policy'))
  })
})

describe('data/privilege-escalation.json', () => {
  it('ids are unique kebab-case; every action is in the catalogue; sources and dates are given', () => {
    const ids = ESCALATION_METHODS.map((m) => m.id)
    assert.equal(new Set(ids).size, ids.length)
    assert.ok(ESCALATION_METHODS.length >= 60, `${ESCALATION_METHODS.length} methods`)
    for (const m of ESCALATION_METHODS) {
      assert.match(m.id, /^[a-z0-9]+(-[a-z0-9]+)+$/)
      assert.ok(m.name.length > 5 && m.description.length > 20 && m.target.length > 5, m.id)
      assert.ok(m.requires.length > 0 && m.requires.every((g) => g.length > 0), m.id)
      for (const a of m.requires.flat()) assert.ok(actionInfo(a), `${m.id}: ${a} is not in the action catalogue`)
      assert.ok(m.sources.length > 0 && m.sources.every((s) => ESCALATION_SOURCES[s]), `${m.id}: sources`)
      assert.match(m.verifiedAt, /^\d{4}-\d{2}-\d{2}$/)
    }
    for (const s of Object.values(ESCALATION_SOURCES)) assert.match(s.url, /^https:\/\//)
  })

  it('covers the Lambda paths into and inside functions', () => {
    for (const id of ['lambda-create-function-invoke', 'lambda-create-function-event-source-mapping', 'lambda-create-function-add-permission', 'lambda-update-function-code', 'lambda-update-function-configuration', 'lambda-update-function-code-invoke'])
      assert.ok(ESCALATION_METHODS.some((m) => m.id === id), id)
  })
})
