import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import { accessLevel, actionsCovered, expandActionPattern, isKnownAction, isReadOnlyAction, serviceWideGrants, statementGrantsAllActions } from './actions.js'
import { ADMIN_PROBE_ACTIONS, assessAdministratorAccess, grantOnEveryResource, type GrantLevel } from './admin.js'
import { compilePolicy } from './compile.js'

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const named = (...Statement: PolicyStatement[]) => [{ name: 'p', document: doc(...Statement) }]
const stmt = (s: PolicyStatement) => compilePolicy(doc(s)).statements[0]!

describe('action catalogue', () => {
  it('expands s3:Get* to S3 Get actions only', () => {
    const out = expandActionPattern('s3:Get*')
    assert.ok(out.includes('s3:GetObject'))
    assert.ok(out.length > 20)
    assert.ok(out.every((a) => a.startsWith('s3:Get')))
  })
  it('expands ? and is case-insensitive', () => assert.deepEqual(expandActionPattern('IAM:pass?ole'), ['iam:PassRole']))
  it('expands a literal action to itself', () => assert.deepEqual(expandActionPattern('lambda:invokefunction'), ['lambda:InvokeFunction']))
  it('expands an unknown service to nothing', () => assert.deepEqual(expandActionPattern('nosuchservice:*'), []))
  it('expands a wildcard service prefix', () => assert.ok(expandActionPattern('lambda*:InvokeFunction').includes('lambda:InvokeFunction')))

  const levels: [string, string | undefined][] = [
    ['s3:GetObject', 'Read'],
    ['s3:ListBucket', 'List'],
    ['s3:PutObject', 'Write'],
    ['iam:AttachRolePolicy', 'Permissions management'],
    ['lambda:AddPermission', 'Permissions management'],
    ['lambda:TagResource', 'Tagging'],
    ['lambda:NoSuchAction', undefined],
  ]
  for (const [action, level] of levels) it(`access level of ${action}`, () => assert.equal(accessLevel(action), level))
  it('read-only = List or Read', () => assert.deepEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject'].map(isReadOnlyAction), [true, true, false]))
  it('every admin probe action exists in the catalogue', () => assert.deepEqual(ADMIN_PROBE_ACTIONS.filter((a) => !isKnownAction(a)), []))
})

describe('statement width', () => {
  it('Action "*" grants all actions', () => assert.equal(statementGrantsAllActions({ Effect: 'Allow', Action: '*', Resource: '*' }), true))
  it('"*:*" grants all actions', () => assert.equal(statementGrantsAllActions({ Effect: 'Allow', Action: ['s3:GetObject', '*:*'], Resource: '*' }), true))
  it('a Deny grants nothing', () => assert.equal(statementGrantsAllActions({ Effect: 'Deny', Action: '*', Resource: '*' }), false))
  it('service-wide grants', () => assert.deepEqual(serviceWideGrants({ Effect: 'Allow', Action: ['s3:*', 'IAM:*', 'lambda:Get*'], Resource: '*' }), ['s3', 'iam']))
  it('actionsCovered: lambda:* covers lambda:Get*', () => assert.equal(actionsCovered(stmt({ Effect: 'Deny', Action: 'lambda:*', Resource: '*' }), stmt({ Effect: 'Allow', Action: 'lambda:Get*', Resource: '*' })), true))
  it('actionsCovered: lambda:GetFunction does not cover lambda:Get*', () => assert.equal(actionsCovered(stmt({ Effect: 'Deny', Action: 'lambda:GetFunction', Resource: '*' }), stmt({ Effect: 'Allow', Action: 'lambda:Get*', Resource: '*' })), false))
  it('actionsCovered: an explicit list of every lambda:Get* action covers it', () => {
    const all = expandActionPattern('lambda:Get*')
    assert.equal(actionsCovered(stmt({ Effect: 'Deny', Action: all, Resource: '*' }), stmt({ Effect: 'Allow', Action: 'lambda:Get*', Resource: '*' })), true)
  })
  it('actionsCovered: only "*" covers a NotAction', () => assert.equal(actionsCovered(stmt({ Effect: 'Deny', Action: 'lambda:*', Resource: '*' }), stmt({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })), false))
})

describe('grants on every resource', () => {
  const cases: { name: string; statements: PolicyStatement[]; action: string; expect: GrantLevel }[] = [
    { name: 'Resource "*"', statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }], action: 's3:GetObject', expect: 'unconditional' },
    { name: 'a specific resource is not every resource', statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }], action: 's3:GetObject', expect: 'none' },
    { name: '"arn:aws:*:*:*:*" is every resource', statements: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:*:*:*:*' }], action: 's3:GetObject', expect: 'unconditional' },
    { name: 'with a condition', statements: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }], action: 's3:GetObject', expect: 'conditional' },
    { name: 'denied everywhere', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*' }], action: 's3:GetObject', expect: 'none' },
    { name: 'denied on one bucket only', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::secret/*' }], action: 's3:GetObject', expect: 'unconditional' },
    { name: 'denied under a condition', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } } }], action: 's3:GetObject', expect: 'conditional' },
  ]
  for (const c of cases) it(c.name, () => assert.equal(grantOnEveryResource(named(...c.statements), c.action).level, c.expect))
})

describe('administrator access', () => {
  const cases: { name: string; statements: PolicyStatement[]; boundary?: PolicyStatement[]; expect: GrantLevel; capped?: boolean }[] = [
    { name: 'AdministratorAccess', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }], expect: 'unconditional' },
    { name: '"*:*"', statements: [{ Effect: 'Allow', Action: '*:*', Resource: '*' }], expect: 'unconditional' },
    { name: 'NotAction with a tiny exclusion', statements: [{ Effect: 'Allow', NotAction: ['aws-portal:*', 'budgets:*'], Resource: '*' }], expect: 'unconditional' },
    { name: 'PowerUser-style NotAction excluding IAM', statements: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }], expect: 'none' },
    { name: 'iam:* alone is not administrator (it is privilege escalation)', statements: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }], expect: 'none' },
    { name: 'service wildcards that together cover every probe', statements: [{ Effect: 'Allow', Action: ['iam:*', 'sts:*', 's3:*', 'ec2:*', 'lambda:*', 'kms:*', 'secretsmanager:*', 'dynamodb:*'], Resource: '*' }], expect: 'unconditional' },
    { name: 'Action "*" on S3 resources only', statements: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::*' }], expect: 'none' },
    { name: 'Action "*" with an MFA condition', statements: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }], expect: 'conditional' },
    { name: 'Action "*" cancelled by a Deny "*"', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*' }], expect: 'none' },
    { name: 'boundary caps an admin role', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }], boundary: [{ Effect: 'Allow', Action: ['s3:*', 'logs:*'], Resource: '*' }], expect: 'none', capped: true },
    { name: 'an all-allowing boundary caps nothing', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }], boundary: [{ Effect: 'Allow', Action: '*', Resource: '*' }], expect: 'unconditional', capped: false },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const a = assessAdministratorAccess(named(...c.statements), c.boundary ? doc(...c.boundary) : undefined)
      assert.equal(a.level, c.expect)
      if (c.capped !== undefined) assert.equal(a.cappedByBoundary, c.capped)
    })
  }
  it('names the statement that grants it', () => {
    const a = assessAdministratorAccess([{ name: 'logs', document: doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }) }, { name: 'AdministratorAccess', document: doc({ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }) }])
    assert.deepEqual(a.statements, [{ policy: 'AdministratorAccess', statementIndex: 0, sid: 'All', conditional: false }])
  })
})
