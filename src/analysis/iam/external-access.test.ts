import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import { analyzeExternalAccess, type ReachKind } from './external-access.js'

const OWNER = '111122223333'
const OTHER = '444455556666'
const FN = `arn:aws:lambda:us-east-1:${OWNER}:function:orders`
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
/** An Allow on the function for a principal, with optional condition. */
const grant = (Principal: PolicyStatement['Principal'], Condition?: PolicyStatement['Condition'], Action: string | string[] = 'lambda:InvokeFunction', Sid?: string): PolicyStatement => ({
  ...(Sid ? { Sid } : {}),
  Effect: 'Allow',
  Principal,
  Action,
  Resource: FN,
  ...(Condition ? { Condition } : {}),
})
const denyAll = (Condition?: PolicyStatement['Condition'], Action: string | string[] = 'lambda:*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Deny',
  Principal: '*',
  Action,
  Resource: FN,
  ...(Condition ? { Condition } : {}),
  ...extra,
})

interface Case {
  name: string
  policy: PolicyDocument
  /** Some statement is public. */
  public: boolean
  /** Reach kinds of the first Allow statement, in principal order. */
  kinds?: ReachKind[]
  /** Accounts outside the owner reached (sorted). */
  crossAccount?: string[]
  /** [service, scoped] per service principal grant. */
  services?: [string, boolean][]
  external?: boolean
  functionUrl?: 'NONE' | 'AWS_IAM' | 'any'
  trusted?: string[]
}

const cases: Case[] = [
  // Public and the conditions that do or do not restrict it
  { name: 'Principal "*" without condition is public', policy: doc(grant('*')), public: true, kinds: ['public'], external: true },
  { name: '{"AWS": "*"} is public', policy: doc(grant({ AWS: '*' })), public: true, kinds: ['public'] },
  { name: '* + aws:SourceArn of an S3 bucket is not public', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } })), public: false, kinds: ['source-resource'], external: false },
  { name: '* + aws:SourceArn with the owner account', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWNER}:alerts` } })), public: false, kinds: ['accounts'], crossAccount: [], external: false },
  { name: '* + aws:SourceArn in another account is cross-account', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OTHER}:alerts` } })), public: false, kinds: ['accounts'], crossAccount: [OTHER], external: true },
  { name: '* + aws:SourceArn with a wildcard account is public', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:*:alerts' } })), public: true },
  { name: '* + aws:SourceArn "*" is public', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': '*' } })), public: true },
  { name: '* + aws:SourceArn S3 bucket with a wildcard name is public', policy: doc(grant('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads-*' } })), public: true },
  { name: '* + aws:SourceAccount (owner) is not public', policy: doc(grant('*', { StringEquals: { 'aws:SourceAccount': OWNER } })), public: false, kinds: ['accounts'], external: false },
  { name: '* + aws:SourceAccount (other) is cross-account', policy: doc(grant('*', { StringEquals: { 'aws:SourceAccount': OTHER } })), public: false, crossAccount: [OTHER] },
  { name: '* + aws:SourceOwner is not public', policy: doc(grant('*', { StringEquals: { 'aws:SourceOwner': OWNER } })), public: false, kinds: ['accounts'] },
  { name: '* + StringLike aws:SourceAccount "*" is public', policy: doc(grant('*', { StringLike: { 'aws:SourceAccount': '*' } })), public: true },
  { name: '* + StringNotEquals aws:SourceAccount is PUBLIC (key-less requests match)', policy: doc(grant('*', { StringNotEquals: { 'aws:SourceAccount': OTHER } })), public: true },
  { name: '* + StringEqualsIfExists aws:SourceAccount is PUBLIC', policy: doc(grant('*', { StringEqualsIfExists: { 'aws:SourceAccount': OWNER } })), public: true },
  { name: '* + ForAllValues:StringEquals aws:SourceAccount is PUBLIC (true when absent)', policy: doc(grant('*', { 'ForAllValues:StringEquals': { 'aws:SourceAccount': OWNER } })), public: true },
  { name: '* + ForAnyValue:StringEquals aws:PrincipalOrgID restricts', policy: doc(grant('*', { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, kinds: ['organization'] },
  { name: '* + Null aws:SourceAccount false is public', policy: doc(grant('*', { Null: { 'aws:SourceAccount': 'false' } })), public: true },
  { name: '* + Bool aws:SecureTransport is public', policy: doc(grant('*', { Bool: { 'aws:SecureTransport': 'true' } })), public: true },
  { name: '* + aws:PrincipalAccount owner is internal', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalAccount': OWNER } })), public: false, external: false },
  { name: '* + aws:PrincipalAccount ${aws:ResourceAccount} is internal', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } })), public: false, kinds: ['accounts'], external: false },
  { name: '* + aws:PrincipalAccount with another variable is public', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalAccount': '${aws:PrincipalTag/acct}' } })), public: true },
  { name: '* + value that is no account id matches nobody', policy: doc(grant('*', { StringEquals: { 'aws:SourceAccount': 'none' } })), public: false, kinds: ['nobody'] },
  { name: '* + aws:PrincipalArn in another account', policy: doc(grant('*', { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${OTHER}:role/deployer` } })), public: false, crossAccount: [OTHER] },
  { name: '* + aws:PrincipalArn with a wildcard account is public', policy: doc(grant('*', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deployer' } })), public: true },
  { name: 'two account conditions intersect', policy: doc(grant('*', { StringEquals: { 'aws:SourceAccount': [OWNER, OTHER], 'aws:PrincipalAccount': OWNER } })), public: false, kinds: ['accounts'], crossAccount: [] },

  // Organisation
  { name: '* + aws:PrincipalOrgID is not public', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, kinds: ['organization'], external: true },
  { name: '* + aws:PrincipalOrgID of a trusted organisation is not external', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, external: false, trusted: ['o-abc123'] },
  { name: '* + aws:PrincipalOrgID ${aws:ResourceOrgID} is the own organisation', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } })), public: false, kinds: ['organization'], external: false },
  { name: '* + StringLike aws:PrincipalOrgID "o-*" is public', policy: doc(grant('*', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } })), public: true },
  { name: '* + aws:PrincipalOrgPaths under one organisation', policy: doc(grant('*', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/ou-ab12-11111111/*' } })), public: false, kinds: ['organization'] },
  { name: '* + aws:PrincipalOrgPaths "o-*/…" is public', policy: doc(grant('*', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-*/r-ab12/*' } })), public: true },
  { name: '* + aws:ResourceOrgID restricts nobody (it describes this resource)', policy: doc(grant('*', { StringEquals: { 'aws:ResourceOrgID': 'o-abc123' } })), public: true },

  // Network
  { name: '* + aws:SourceIp 0.0.0.0/0 is public', policy: doc(grant('*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })), public: true },
  { name: '* + aws:SourceIp 10.0.0.0/8 is restricted', policy: doc(grant('*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })), public: false, kinds: ['network'], external: false },
  { name: '* + aws:SourceIp of a public /24 is restricted', policy: doc(grant('*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })), public: false, kinds: ['network'] },
  { name: '* + aws:SourceIp of a public /8 is public (anyone can rent an address there)', policy: doc(grant('*', { IpAddress: { 'aws:SourceIp': '52.0.0.0/8' } })), public: true },
  { name: '* + aws:SourceIp ::/0 is public', policy: doc(grant('*', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '::/0'] } })), public: true },
  { name: '* + NotIpAddress is public', policy: doc(grant('*', { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })), public: true },
  { name: '* + aws:SourceVpce is restricted', policy: doc(grant('*', { StringEquals: { 'aws:SourceVpce': 'vpce-0abc' } })), public: false, kinds: ['network'] },
  { name: '* + StringLike aws:SourceVpce "vpce-*" is public', policy: doc(grant('*', { StringLike: { 'aws:SourceVpce': 'vpce-*' } })), public: true },
  { name: '* + aws:SourceVpc is restricted', policy: doc(grant('*', { StringEquals: { 'aws:SourceVpc': 'vpc-0abc' } })), public: false, kinds: ['network'] },
  { name: 'organisation and network together: organisation', policy: doc(grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })), public: false, kinds: ['organization'] },

  // Function URLs
  { name: '* + lambda:FunctionUrlAuthType NONE: public through the URL only', policy: doc(grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, 'lambda:InvokeFunctionUrl')), public: true, kinds: ['public'], functionUrl: 'NONE' },
  { name: '* + lambda:FunctionUrlAuthType AWS_IAM: any authenticated AWS principal', policy: doc(grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } }, 'lambda:InvokeFunctionUrl')), public: true, kinds: ['any-aws-principal'], functionUrl: 'AWS_IAM' },
  { name: '* + lambda:InvokedViaFunctionUrl true: through the URL only', policy: doc(grant('*', { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } })), public: true, functionUrl: 'any' },
  { name: 'URL condition on lambda:* also exposes URL management to every account', policy: doc(grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, 'lambda:*')), public: true, kinds: ['any-aws-principal'] },
  { name: 'URL condition on lambda:*FunctionUrl* (management included) is not URL-only', policy: doc(grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, ['lambda:InvokeFunctionUrl', 'lambda:UpdateFunctionUrlConfig'])), public: true, kinds: ['any-aws-principal'] },
  { name: 'InvokedViaFunctionUrl on lambda:Invoke* stays URL-only', policy: doc(grant('*', { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } }, 'lambda:Invoke*')), public: true, kinds: ['public'], functionUrl: 'any' },
  { name: 'AWS_IAM URL grant restricted to the organisation', policy: doc(grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM', 'aws:PrincipalOrgID': 'o-abc123' } }, 'lambda:InvokeFunctionUrl')), public: false, kinds: ['organization'] },

  // Principal forms
  { name: '{"AWS": "arn:aws:iam::*:root"}: every account (AWS rejects it; reported as public)', policy: doc(grant({ AWS: 'arn:aws:iam::*:root' })), public: true, kinds: ['any-aws-principal'] },
  { name: 'wildcard principal ARN inside one account stays in that account', policy: doc(grant({ AWS: `arn:aws:iam::${OTHER}:role/ci-*` })), public: false, kinds: ['accounts'], crossAccount: [OTHER] },
  { name: 'NotPrincipal with Allow is public', policy: doc({ Effect: 'Allow', NotPrincipal: { AWS: OTHER }, Action: 'lambda:InvokeFunction', Resource: FN }), public: true, kinds: ['public'] },
  { name: 'another account', policy: doc(grant({ AWS: OTHER })), public: false, kinds: ['accounts'], crossAccount: [OTHER], external: true },
  { name: 'the owner account', policy: doc(grant({ AWS: OWNER })), public: false, kinds: ['accounts'], crossAccount: [], external: false },
  { name: 'another account by root ARN', policy: doc(grant({ AWS: `arn:aws:iam::${OTHER}:root` })), public: false, crossAccount: [OTHER] },
  { name: 'a role in another account', policy: doc(grant({ AWS: `arn:aws:iam::${OTHER}:role/ci` })), public: false, crossAccount: [OTHER] },
  { name: 'several accounts', policy: doc(grant({ AWS: [OTHER, '555566667777', OWNER] })), public: false, kinds: ['accounts', 'accounts', 'accounts'], crossAccount: ['444455556666', '555566667777'] },
  { name: 'deleted principal (unique id) reaches nobody', policy: doc(grant({ AWS: 'AROAEXAMPLEID12345678' })), public: false, kinds: ['orphaned'], external: false },
  { name: 'canonical user is external', policy: doc(grant({ CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' })), public: false, kinds: ['canonical-user'], external: true },
  { name: 'federated web identity is external', policy: doc(grant({ Federated: 'cognito-identity.amazonaws.com' }, undefined, 'sts:AssumeRoleWithWebIdentity')), public: false, kinds: ['federated'], external: true },
  { name: 'another account, conditioned to the owner account: nobody', policy: doc(grant({ AWS: OTHER }, { StringEquals: { 'aws:PrincipalAccount': OWNER } })), public: false, kinds: ['nobody'], crossAccount: [] },
  { name: 'a single Statement object', policy: { Version: '2012-10-17', Statement: grant('*') as unknown as PolicyStatement[] }, public: true },

  // Denies
  { name: 'Deny unless aws:PrincipalOrgID restricts a public Allow', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, kinds: ['organization'] },
  { name: 'Deny with StringNotEqualsIfExists also restricts', policy: doc(grant('*'), denyAll({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, kinds: ['organization'] },
  { name: 'Deny with ForAnyValue:StringNotEquals does not restrict (key-less requests escape)', policy: doc(grant('*'), denyAll({ 'ForAnyValue:StringNotEquals': { 'aws:PrincipalOrgID': 'o-abc123' } })), public: true },
  { name: 'Deny with a positive operator does not restrict', policy: doc(grant('*'), denyAll({ StringEquals: { 'aws:SourceAccount': OTHER } })), public: true },
  { name: 'Deny on aws:SecureTransport false does not restrict who', policy: doc(grant('*'), denyAll({ Bool: { 'aws:SecureTransport': 'false' } })), public: true },
  { name: 'Deny unless the owner account: internal only', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:PrincipalAccount': OWNER } })), public: false, kinds: ['accounts'], external: false },
  { name: 'Deny without condition cancels the Allow', policy: doc(grant('*'), denyAll()), public: false, external: false },
  { name: 'Deny covering another action only leaves it public', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'lambda:GetPolicy')), public: true },
  { name: 'Deny on another resource leaves it public', policy: doc(grant('*'), denyAll(undefined, 'lambda:*', { Resource: `arn:aws:lambda:us-east-1:${OWNER}:function:other` })), public: true },
  { name: 'Deny "*" on every resource covers lambda:* grants', policy: doc(grant('*', undefined, 'lambda:*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, '*', { Resource: '*' })), public: false },
  { name: 'Deny lambda:Invoke* covers a lambda:InvokeFunction grant', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:SourceAccount': OWNER } }, 'lambda:Invoke*')), public: false },
  { name: 'Deny lambda:GetFunction does not cover a lambda:Get* grant', policy: doc(grant('*', undefined, 'lambda:Get*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'lambda:GetFunction')), public: true },
  { name: 'Deny NotPrincipal the owner account: only the owner escapes', policy: doc(grant('*'), { Effect: 'Deny', NotPrincipal: { AWS: OWNER }, Action: 'lambda:*', Resource: FN }), public: false, kinds: ['accounts'], external: false },
  { name: 'Deny with two restricting alternatives restricts', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123', 'aws:SourceAccount': OWNER } })), public: false, kinds: ['organization'] },
  { name: 'Deny with one non-restricting alternative does not restrict', policy: doc(grant('*'), denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' }, Bool: { 'aws:SecureTransport': 'true' } })), public: true },
  { name: 'Deny restricting another account grant to the owner: nobody outside', policy: doc(grant({ AWS: OTHER }), denyAll({ StringNotEquals: { 'aws:PrincipalAccount': OWNER } })), public: false, kinds: ['nobody'], crossAccount: [] },
  { name: 'Deny that names a principal (not everyone) does not restrict', policy: doc(grant('*'), { ...denyAll({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }), Principal: { AWS: OTHER } }), public: true },

  // Service principals
  { name: 'service principal without SourceArn/SourceAccount: confused deputy', policy: doc(grant({ Service: 's3.amazonaws.com' })), public: false, kinds: ['service'], services: [['s3.amazonaws.com', false]], external: true },
  { name: 'service principal with aws:SourceArn', policy: doc(grant({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } })), public: false, services: [['s3.amazonaws.com', true]], external: false },
  { name: 'service principal with aws:SourceAccount (owner)', policy: doc(grant({ Service: 'sns.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': OWNER } })), public: false, services: [['sns.amazonaws.com', true]], crossAccount: [], external: false },
  { name: 'service principal scoped to another account', policy: doc(grant({ Service: 'events.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': `arn:aws:events:us-east-1:${OTHER}:rule/r` } })), public: false, services: [['events.amazonaws.com', true]], crossAccount: [OTHER], external: true },
  { name: 'service principal with StringNotEquals aws:SourceAccount is unscoped', policy: doc(grant({ Service: 's3.amazonaws.com' }, { StringNotEquals: { 'aws:SourceAccount': OTHER } })), public: false, services: [['s3.amazonaws.com', false]] },
  { name: 'service principal with ArnLikeIfExists aws:SourceArn is unscoped', policy: doc(grant({ Service: 'sns.amazonaws.com' }, { ArnLikeIfExists: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWNER}:t` } })), public: false, services: [['sns.amazonaws.com', false]] },
  { name: 'service principal scoped by a Deny', policy: doc(grant({ Service: 's3.amazonaws.com' }), denyAll({ StringNotEquals: { 'aws:SourceAccount': OWNER } })), public: false, services: [['s3.amazonaws.com', true]], external: false },
  { name: 'service principal scoped by aws:SourceOrgID', policy: doc(grant({ Service: 'sns.amazonaws.com' }, { StringEquals: { 'aws:SourceOrgID': 'o-abc123' } })), public: false, services: [['sns.amazonaws.com', true]] },
  { name: 'Alexa scoped by lambda:EventSourceToken', policy: doc(grant({ Service: 'alexa-appkit.amazon.com' }, { StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.1' } })), public: false, services: [['alexa-appkit.amazon.com', true]] },
  { name: 'service principal with aws:PrincipalOrgID is not scoped (services are in no organisation)', policy: doc(grant({ Service: 's3.amazonaws.com' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })), public: false, services: [['s3.amazonaws.com', false]] },
  { name: 'two services, one scoped', policy: doc(grant({ Service: ['s3.amazonaws.com', 'sns.amazonaws.com'] }, { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWNER}:t` } })), public: false, services: [['s3.amazonaws.com', true], ['sns.amazonaws.com', true]] },
]

describe('external-access analysis', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = analyzeExternalAccess(c.policy, { ownerAccount: OWNER, resourceArn: FN, ...(c.trusted ? { trustedOrganizations: c.trusted } : {}) })
      assert.equal(r.isPublic, c.public, 'public')
      const first = r.statements[0]
      assert.ok(first, 'an Allow statement was analysed')
      if (c.kinds) assert.deepEqual(first.reach.map((x) => x.kind), c.kinds, 'reach kinds')
      if (c.crossAccount) assert.deepEqual([...new Set(r.crossAccount.map((x) => x.account))].sort(), c.crossAccount, 'cross-account')
      if (c.services) assert.deepEqual(r.servicePrincipals.map((s) => [s.service, s.scoped]), c.services, 'service principals')
      if (c.external !== undefined) assert.equal(r.hasExternalAccess, c.external, 'external')
      if (c.functionUrl) assert.equal(first.functionUrl, c.functionUrl, 'function URL')
    })
  }

  it('names statements by Sid or index and lists their actions', () => {
    const r = analyzeExternalAccess(doc(grant('*', undefined, ['lambda:InvokeFunction', 'lambda:GetFunction'], 'Open'), grant({ AWS: OTHER })), { ownerAccount: OWNER })
    assert.deepEqual(r.publicStatements.map((s) => [s.label, s.actions]), [['Open', ['lambda:InvokeFunction', 'lambda:GetFunction']]])
    assert.deepEqual(r.crossAccount, [{ account: OTHER, statementIndex: 1, actions: 'lambda:InvokeFunction'.split(' '), via: OTHER }])
    assert.equal(r.statements[1]!.label, '#1')
  })

  it('records which conditions restricted a reach', () => {
    const r = analyzeExternalAccess(doc(grant('*', { StringEquals: { 'aws:SourceAccount': OWNER }, ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWNER}:t` } })), { ownerAccount: OWNER })
    assert.deepEqual(r.statements[0]!.reach[0]!.restrictedBy.sort(), ['aws:SourceAccount', 'aws:SourceArn'])
  })

  it('reports the scoping keys of a service grant', () => {
    const r = analyzeExternalAccess(doc(grant({ Service: 's3.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': OWNER }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::b' } })), { ownerAccount: OWNER })
    assert.deepEqual(r.servicePrincipals[0]!.scopedBy.sort(), ['aws:SourceAccount', 'aws:SourceArn'])
    assert.deepEqual(r.servicePrincipals[0]!.accounts, [OWNER])
  })
})
