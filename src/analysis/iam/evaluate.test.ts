import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import { evaluateRequest, type AccessRequest, type Decision, type DecisionReason, type PolicySet } from './evaluate.js'
import type { RequestPrincipal } from './principals.js'

const ACCT = '111122223333'
const OTHER = '444455556666'
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra })
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...extra })

const alice: RequestPrincipal = { type: 'aws', arn: `arn:aws:iam::${ACCT}:user/alice` }
const appSession: RequestPrincipal = { type: 'aws', arn: `arn:aws:sts::${ACCT}:assumed-role/app/sess` }
const otherUser: RequestPrincipal = { type: 'aws', arn: `arn:aws:iam::${OTHER}:user/bob` }
const fn = `arn:aws:lambda:us-east-1:${ACCT}:function:orders`
const bucketObj = 'arn:aws:s3:::reports/2026/q1.csv'
const role = `arn:aws:iam::${ACCT}:role/target`
const key = `arn:aws:kms:us-east-1:${ACCT}:key/k1`

interface Case {
  name: string
  request: AccessRequest
  policies: PolicySet
  expect: Decision
  reason?: DecisionReason
}

const req = (principal: RequestPrincipal, action: string, resource: string, context?: AccessRequest['context']): AccessRequest => ({ principal, action, resource, ...(context ? { context } : {}) })

const cases: Case[] = [
  // Action matching
  { name: 'identity Allow of the exact action', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction', fn))] }, expect: 'allow', reason: 'identity-policy' },
  { name: 'action names are case-insensitive', request: req(alice, 'lambda:invokefunction', fn), policies: { identityPolicies: [doc(allow('LAMBDA:InvokeFunction', fn))] }, expect: 'allow' },
  { name: 'action wildcard *', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:Get*'))] }, expect: 'allow' },
  { name: 'action wildcard ?', request: req(alice, 'iam:PassRole', role), policies: { identityPolicies: [doc(allow('iam:Pass?ole'))] }, expect: 'allow' },
  { name: 'no statement matches: implicit deny', request: req(alice, 's3:PutObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:Get*'))] }, expect: 'implicit-deny', reason: 'no-allow' },
  { name: 'explicit deny beats allow', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:*'), deny('s3:GetObject'))] }, expect: 'explicit-deny' },
  { name: 'NotAction allows what it does not list', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })] }, expect: 'allow' },
  { name: 'NotAction does not allow what it lists', request: req(alice, 'iam:CreateUser', '*'), policies: { identityPolicies: [doc({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' })] }, expect: 'implicit-deny' },
  { name: 'Deny with NotAction denies everything else', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('*'), { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })] }, expect: 'explicit-deny' },
  { name: 'a single Statement object (not an array)', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [{ Version: '2012-10-17', Statement: allow('s3:GetObject') as unknown as PolicyStatement[] }] }, expect: 'allow' },

  // Resource matching
  { name: 'resource wildcard under a bucket', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:GetObject', 'arn:aws:s3:::reports/*'))] }, expect: 'allow' },
  { name: 'resource ARNs are case-sensitive', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:GetObject', 'arn:aws:s3:::Reports/*'))] }, expect: 'implicit-deny' },
  { name: 'NotResource allows other resources', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secrets/*' })] }, expect: 'allow' },
  { name: 'NotResource excludes what it lists', request: req(alice, 's3:GetObject', 'arn:aws:s3:::secrets/k'), policies: { identityPolicies: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: ['arn:aws:s3:::secrets/*'] })] }, expect: 'implicit-deny' },
  { name: 'a mid-segment * does not cross a colon', request: req(alice, 'lambda:InvokeFunction', `${fn}:v1-prod`), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${ACCT}:function:*-prod`))] }, expect: 'implicit-deny' },
  { name: 'a mid-segment * matches inside the segment', request: req(alice, 'lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${ACCT}:function:app-prod`), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction', `arn:aws:lambda:us-east-1:${ACCT}:function:*-prod`))] }, expect: 'allow' },
  { name: 'a * ending a segment spans colons (function versions)', request: req(alice, 'lambda:InvokeFunction', `${fn}:live`), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction', `${fn}*`))] }, expect: 'allow' },
  { name: 'region wildcard', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction', `arn:aws:lambda:*:${ACCT}:function:orders`))] }, expect: 'allow' },
  { name: 'policy variable in Resource', request: req(alice, 's3:GetObject', 'arn:aws:s3:::home/alice/notes'), policies: { identityPolicies: [doc(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*'))] }, expect: 'allow' },
  { name: 'policy variable in Resource: another user', request: req(alice, 's3:GetObject', 'arn:aws:s3:::home/bob/notes'), policies: { identityPolicies: [doc(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*'))] }, expect: 'implicit-deny' },
  { name: 'variables are literal under Version 2008-10-17', request: req(alice, 's3:GetObject', 'arn:aws:s3:::home/alice/notes'), policies: { identityPolicies: [{ Version: '2008-10-17', Statement: [allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')] }] }, expect: 'implicit-deny' },
  { name: '"every resource" is only covered by a universal pattern', request: req(alice, 's3:ListAllMyBuckets', '*'), policies: { identityPolicies: [doc(allow('s3:*', 'arn:aws:s3:::*'))] }, expect: 'implicit-deny' },

  // Conditions and derived keys
  { name: 'condition holds', request: req(alice, 's3:GetObject', bucketObj, { 'aws:SecureTransport': true }), policies: { identityPolicies: [doc(allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))] }, expect: 'allow' },
  { name: 'condition fails', request: req(alice, 's3:GetObject', bucketObj, { 'aws:SecureTransport': false }), policies: { identityPolicies: [doc(allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))] }, expect: 'implicit-deny' },
  { name: 'aws:PrincipalArn of a session is the role ARN', request: req(appSession, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:GetObject', '*', { Condition: { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app` } } }))] }, expect: 'allow' },
  { name: 'aws:PrincipalAccount is derived', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:PrincipalAccount': ACCT } } }))] }, expect: 'allow' },
  { name: 'aws:username is derived for users', request: req(alice, 'iam:CreateAccessKey', `arn:aws:iam::${ACCT}:user/alice`), policies: { identityPolicies: [doc(allow('iam:*AccessKey*', `arn:aws:iam::${ACCT}:user/\${aws:username}`))] }, expect: 'allow' },
  { name: 'aws:username is absent for role sessions', request: req(appSession, 'iam:CreateAccessKey', `arn:aws:iam::${ACCT}:user/app`), policies: { identityPolicies: [doc(allow('iam:*AccessKey*', `arn:aws:iam::${ACCT}:user/\${aws:username}`))] }, expect: 'implicit-deny' },
  { name: 'explicit context overrides a derived key', request: req(alice, 's3:GetObject', bucketObj, { 'aws:PrincipalAccount': OTHER }), policies: { identityPolicies: [doc(allow('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:PrincipalAccount': ACCT } } }))] }, expect: 'implicit-deny' },

  // Permissions boundaries and SCPs
  { name: 'boundary caps identity permissions', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:*'))], permissionsBoundary: doc(allow('logs:*')) }, expect: 'implicit-deny', reason: 'boundary-does-not-allow' },
  { name: 'boundary and identity both allow', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:GetObject'))], permissionsBoundary: doc(allow('s3:*')) }, expect: 'allow' },
  { name: 'boundary alone grants nothing', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [], permissionsBoundary: doc(allow('*')) }, expect: 'implicit-deny' },
  { name: 'a Deny in the boundary is explicit', request: req(alice, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('*'))], permissionsBoundary: doc(allow('*'), deny('s3:*')) }, expect: 'explicit-deny' },
  { name: 'SCP without an Allow for the action', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('*'))], serviceControlPolicies: [[doc(allow('s3:*'))]] }, expect: 'implicit-deny', reason: 'denied-by-scp' },
  { name: 'SCP allows everything', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('*'))], serviceControlPolicies: [[doc(allow('*'))]] }, expect: 'allow' },
  { name: 'every SCP level must allow', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('*'))], serviceControlPolicies: [[doc(allow('*'))], [doc(allow('s3:*'))]] }, expect: 'implicit-deny' },
  { name: 'a Deny in an SCP', request: req(alice, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('*'))], serviceControlPolicies: [[doc(allow('*'), deny('lambda:*'))]] }, expect: 'explicit-deny' },
  { name: 'SCPs do not apply to service principals', request: req({ type: 'service', service: 's3.amazonaws.com' }, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { Service: 's3.amazonaws.com' } })), serviceControlPolicies: [[doc(allow('s3:*'))]] }, expect: 'allow' },

  // Resource policies, same account
  { name: 'same account: resource policy naming the user needs no identity policy', request: req(alice, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: `arn:aws:iam::${ACCT}:user/alice` } })) }, expect: 'allow', reason: 'resource-policy' },
  { name: 'same account: user ARN grant is not capped by the boundary', request: req(alice, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: `arn:aws:iam::${ACCT}:user/alice` } })), permissionsBoundary: doc(allow('s3:*')) }, expect: 'allow' },
  { name: 'same account: role ARN grant is capped by the boundary', request: req(appSession, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: `arn:aws:iam::${ACCT}:role/app` } })), permissionsBoundary: doc(allow('s3:*')) }, expect: 'implicit-deny', reason: 'boundary-does-not-allow' },
  { name: 'same account: role ARN grant without boundary', request: req(appSession, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: `arn:aws:iam::${ACCT}:role/app` } })) }, expect: 'allow' },
  { name: 'same account: session ARN grant is not capped by the boundary', request: req(appSession, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: `arn:aws:sts::${ACCT}:assumed-role/app/sess` } })), permissionsBoundary: doc(allow('s3:*')) }, expect: 'allow' },
  { name: 'same account: naming the account delegates — identity must allow', request: req(alice, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: ACCT } })) }, expect: 'implicit-deny' },
  { name: 'same account: account grant plus identity allow', request: req(alice, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: ACCT } })), identityPolicies: [doc(allow('lambda:InvokeFunction'))] }, expect: 'allow' },
  { name: 'same account: Deny in the resource policy', request: req(alice, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(deny('lambda:*', fn, { Principal: '*' })), identityPolicies: [doc(allow('*'))] }, expect: 'explicit-deny' },
  { name: 'same account: root user needs no policy', request: req({ type: 'aws', arn: `arn:aws:iam::${ACCT}:root` }, 'lambda:InvokeFunction', fn), policies: {}, expect: 'allow', reason: 'root-user' },
  { name: 'same account: root user is still subject to an explicit Deny', request: req({ type: 'aws', arn: `arn:aws:iam::${ACCT}:root` }, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(deny('*', '*', { Principal: '*' })) }, expect: 'explicit-deny' },

  // Cross account
  { name: 'cross account: both sides allow', request: req(otherUser, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: OTHER } })), identityPolicies: [doc(allow('lambda:InvokeFunction'))] }, expect: 'allow', reason: 'identity-and-resource-policy' },
  { name: 'cross account: resource side only', request: req(otherUser, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: OTHER } })) }, expect: 'implicit-deny', reason: 'cross-account-needs-both-sides' },
  { name: 'cross account: identity side only', request: req(otherUser, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('lambda:InvokeFunction'))] }, expect: 'implicit-deny', reason: 'cross-account-needs-both-sides' },
  { name: 'cross account: Principal * plus identity', request: req(otherUser, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: '*' })), identityPolicies: [doc(allow('lambda:*'))] }, expect: 'allow' },
  { name: 'cross account: resource account given explicitly (S3 ARNs carry none)', request: { principal: otherUser, action: 's3:GetObject', resource: bucketObj, resourceAccount: ACCT }, policies: { identityPolicies: [doc(allow('s3:*'))] }, expect: 'implicit-deny' },
  { name: 'cross account: boundary of the caller still applies', request: req(otherUser, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: OTHER } })), identityPolicies: [doc(allow('*'))], permissionsBoundary: doc(allow('s3:*')) }, expect: 'implicit-deny' },

  // Anonymous and services
  { name: 'anonymous with Principal *', request: req({ type: 'anonymous' }, 'lambda:InvokeFunctionUrl', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunctionUrl', fn, { Principal: '*' })) }, expect: 'allow' },
  { name: 'anonymous without a resource policy', request: req({ type: 'anonymous' }, 'lambda:InvokeFunction', fn), policies: { identityPolicies: [doc(allow('*'))] }, expect: 'implicit-deny' },
  { name: 'anonymous is not an account principal', request: req({ type: 'anonymous' }, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { AWS: ACCT } })) }, expect: 'implicit-deny' },
  { name: 'service with matching SourceArn', request: req({ type: 'service', service: 's3.amazonaws.com' }, 'lambda:InvokeFunction', fn, { 'aws:SourceArn': 'arn:aws:s3:::uploads', 'aws:SourceAccount': ACCT }), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { Service: 's3.amazonaws.com' }, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } })) }, expect: 'allow' },
  { name: 'service with another SourceArn', request: req({ type: 'service', service: 's3.amazonaws.com' }, 'lambda:InvokeFunction', fn, { 'aws:SourceArn': 'arn:aws:s3:::evil' }), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn, { Principal: { Service: 's3.amazonaws.com' }, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } })) }, expect: 'implicit-deny' },
  { name: 'service through Principal * and SourceAccount', request: req({ type: 'service', service: 'sns.amazonaws.com' }, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCT}:q`, { 'aws:SourceAccount': ACCT }), policies: { resourcePolicy: doc(allow('sqs:SendMessage', '*', { Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceAccount': ACCT } } })) }, expect: 'allow' },
  { name: 'aws:PrincipalServiceName is derived for services', request: req({ type: 'service', service: 'events.amazonaws.com' }, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCT}:q`), policies: { resourcePolicy: doc(allow('sqs:SendMessage', '*', { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalServiceName': 'events.amazonaws.com' } } })) }, expect: 'allow' },

  // Role trust policies
  { name: 'trust: account named, identity allows AssumeRole', request: req(alice, 'sts:AssumeRole', role), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole' }), identityPolicies: [doc(allow('sts:AssumeRole', role))], resourcePolicyKind: 'role-trust' }, expect: 'allow' },
  { name: 'trust: account named, no identity permission', request: req(alice, 'sts:AssumeRole', role), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole' }), resourcePolicyKind: 'role-trust' }, expect: 'implicit-deny', reason: 'resource-policy-required' },
  { name: 'trust: identity allows but the trust policy does not name the caller', request: req(alice, 'sts:AssumeRole', role), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }), identityPolicies: [doc(allow('sts:AssumeRole'))], resourcePolicyKind: 'role-trust' }, expect: 'implicit-deny', reason: 'resource-policy-required' },
  { name: 'trust: naming the caller directly needs no identity permission', request: req(alice, 'sts:AssumeRole', role), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:user/alice` }, Action: 'sts:AssumeRole' }), resourcePolicyKind: 'role-trust' }, expect: 'allow' },
  { name: 'trust: the service named can assume', request: req({ type: 'service', service: 'lambda.amazonaws.com' }, 'sts:AssumeRole', role), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }), resourcePolicyKind: 'role-trust' }, expect: 'allow' },
  { name: 'trust: web identity caller', request: req({ type: 'federated', provider: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity', role, { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' }), policies: { resourcePolicy: doc({ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } } }), resourcePolicyKind: 'role-trust' }, expect: 'allow' },

  // KMS key policies
  { name: 'KMS: identity allows but the key policy does not name the account', request: req(alice, 'kms:Decrypt', key), policies: { resourcePolicy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCT}:role/key-admin` } })), identityPolicies: [doc(allow('kms:Decrypt'))], resourcePolicyKind: 'kms-key' }, expect: 'implicit-deny', reason: 'resource-policy-required' },
  { name: 'KMS: key policy enables IAM (names the account), identity allows', request: req(alice, 'kms:Decrypt', key), policies: { resourcePolicy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCT}:root` } })), identityPolicies: [doc(allow('kms:Decrypt'))], resourcePolicyKind: 'kms-key' }, expect: 'allow' },
  { name: 'KMS: key policy names the account, identity silent', request: req(alice, 'kms:Decrypt', key), policies: { resourcePolicy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCT}:root` } })), resourcePolicyKind: 'kms-key' }, expect: 'implicit-deny' },
  { name: 'KMS: root user when the key policy names the account', request: req({ type: 'aws', arn: `arn:aws:iam::${ACCT}:root` }, 'kms:Decrypt', key), policies: { resourcePolicy: doc(allow('kms:*', '*', { Principal: { AWS: ACCT } })), resourcePolicyKind: 'kms-key' }, expect: 'allow' },
  { name: 'KMS: root user locked out when the key policy does not name it', request: req({ type: 'aws', arn: `arn:aws:iam::${ACCT}:root` }, 'kms:Decrypt', key), policies: { resourcePolicy: doc(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCT}:role/key-admin` } })), resourcePolicyKind: 'kms-key' }, expect: 'implicit-deny' },

  // NotPrincipal
  { name: 'Deny NotPrincipal: exempt caller (account, role and session listed) keeps identity access', request: req(appSession, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:*'))], resourcePolicy: doc(deny('s3:*', '*', { NotPrincipal: { AWS: [`arn:aws:sts::${ACCT}:assumed-role/app/sess`, `arn:aws:iam::${ACCT}:role/app`, ACCT] } })) }, expect: 'allow' },
  { name: 'Deny NotPrincipal: the account missing from the list denies the caller', request: req(appSession, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:*'))], resourcePolicy: doc(deny('s3:*', '*', { NotPrincipal: { AWS: [`arn:aws:sts::${ACCT}:assumed-role/app/sess`, `arn:aws:iam::${ACCT}:role/app`] } })) }, expect: 'explicit-deny' },
  { name: 'Deny NotPrincipal always denies a principal with a boundary', request: req(appSession, 's3:GetObject', bucketObj), policies: { identityPolicies: [doc(allow('s3:*'))], permissionsBoundary: doc(allow('s3:*')), resourcePolicy: doc(deny('s3:*', '*', { NotPrincipal: { AWS: [`arn:aws:sts::${ACCT}:assumed-role/app/sess`, `arn:aws:iam::${ACCT}:role/app`, ACCT] } })) }, expect: 'explicit-deny' },
  { name: 'a resource-policy statement without Principal grants nobody', request: req({ type: 'anonymous' }, 'lambda:InvokeFunction', fn), policies: { resourcePolicy: doc(allow('lambda:InvokeFunction', fn)) }, expect: 'implicit-deny' },
  { name: 'Allow NotPrincipal grants everyone else', request: req({ type: 'anonymous' }, 's3:GetObject', bucketObj), policies: { resourcePolicy: doc(allow('s3:GetObject', '*', { NotPrincipal: { AWS: OTHER } })) }, expect: 'allow' },
]

describe('request evaluation', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluateRequest(c.request, c.policies)
      assert.equal(r.decision, c.expect, `reason: ${r.reason}`)
      if (c.reason) assert.equal(r.reason, c.reason)
    })
  }
  it('reports the statements that matched', () => {
    const r = evaluateRequest(req(alice, 's3:GetObject', bucketObj), { identityPolicies: [doc({ ...allow('s3:*'), Sid: 'S3' }, { ...deny('s3:GetObject'), Sid: 'NoGet' })] })
    assert.deepEqual(r.allows, [{ policy: 'identity', policyIndex: 0, statementIndex: 0, sid: 'S3' }])
    assert.deepEqual(r.denies, [{ policy: 'identity', policyIndex: 0, statementIndex: 1, sid: 'NoGet' }])
  })
})
