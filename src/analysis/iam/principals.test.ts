import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { matchPrincipal, notPrincipalExempts, parsePrincipalElement, preparePrincipal, type PrincipalMatch, type RequestPrincipal } from './principals.js'

const ACCT = '111122223333'
const OTHER = '444455556666'
const user = (name: string, acct = ACCT): RequestPrincipal => ({ type: 'aws', arn: `arn:aws:iam::${acct}:user/${name}` })
const session = (role: string, s = 'sess', acct = ACCT): RequestPrincipal => ({ type: 'aws', arn: `arn:aws:sts::${acct}:assumed-role/${role}/${s}` })
const root = (acct = ACCT): RequestPrincipal => ({ type: 'aws', arn: `arn:aws:iam::${acct}:root` })

describe('Principal element: parsing', () => {
  const cases: { name: string; element: unknown; kinds: string[] }[] = [
    { name: '"*"', element: '*', kinds: ['any'] },
    { name: '{"AWS": "*"}', element: { AWS: '*' }, kinds: ['any'] },
    { name: 'account id', element: { AWS: ACCT }, kinds: ['account'] },
    { name: 'account root ARN is the account', element: { AWS: `arn:aws:iam::${ACCT}:root` }, kinds: ['account'] },
    { name: 'user and role ARNs in an array', element: { AWS: [`arn:aws:iam::${ACCT}:user/a`, `arn:aws:iam::${ACCT}:role/r`] }, kinds: ['arn', 'arn'] },
    { name: 'service principal', element: { Service: 's3.amazonaws.com' }, kinds: ['service'] },
    { name: 'several services', element: { Service: ['s3.amazonaws.com', 'sns.amazonaws.com'] }, kinds: ['service', 'service'] },
    { name: 'federated web identity', element: { Federated: 'cognito-identity.amazonaws.com' }, kinds: ['federated'] },
    { name: 'federated SAML provider', element: { Federated: `arn:aws:iam::${ACCT}:saml-provider/okta` }, kinds: ['federated'] },
    { name: 'canonical user', element: { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, kinds: ['canonical-user'] },
    { name: 'unique id of a deleted role', element: { AWS: 'AROAEXAMPLEID12345678' }, kinds: ['unique-id'] },
    { name: 'wildcard inside an ARN (AWS rejects it; kept as a pattern)', element: { AWS: 'arn:aws:iam::*:root' }, kinds: ['wildcard-arn'] },
    { name: 'mixed types', element: { AWS: ACCT, Service: 'events.amazonaws.com' }, kinds: ['account', 'service'] },
    { name: 'an unknown principal type is invalid', element: { Group: 'devs' }, kinds: ['invalid'] },
    { name: 'garbage in the AWS type is invalid', element: { AWS: 'nobody' }, kinds: ['invalid'] },
  ]
  for (const c of cases) it(c.name, () => assert.deepEqual(parsePrincipalElement(c.element).map((e) => e.kind), c.kinds))
})

describe('Principal element: matching a request principal', () => {
  const cases: { name: string; element: unknown; principal: RequestPrincipal; expect: PrincipalMatch }[] = [
    { name: '* matches a user directly', element: '*', principal: user('alice'), expect: 'direct' },
    { name: '* matches an anonymous caller', element: '*', principal: { type: 'anonymous' }, expect: 'direct' },
    { name: '{"AWS":"*"} matches a service', element: { AWS: '*' }, principal: { type: 'service', service: 's3.amazonaws.com' }, expect: 'direct' },
    { name: 'account matches its users as delegation', element: { AWS: ACCT }, principal: user('alice'), expect: 'account' },
    { name: 'account root ARN matches role sessions of the account', element: { AWS: `arn:aws:iam::${ACCT}:root` }, principal: session('app'), expect: 'account' },
    { name: 'account does not match another account', element: { AWS: ACCT }, principal: user('alice', OTHER), expect: 'none' },
    { name: 'user ARN matches that user', element: { AWS: `arn:aws:iam::${ACCT}:user/alice` }, principal: user('alice'), expect: 'direct' },
    { name: 'user ARN is case-sensitive', element: { AWS: `arn:aws:iam::${ACCT}:user/Alice` }, principal: user('alice'), expect: 'none' },
    { name: 'role ARN matches sessions of the role', element: { AWS: `arn:aws:iam::${ACCT}:role/app` }, principal: session('app'), expect: 'role' },
    { name: 'role ARN with a path matches sessions by role name', element: { AWS: `arn:aws:iam::${ACCT}:role/service/app` }, principal: session('app'), expect: 'role' },
    { name: 'role ARN does not match another role', element: { AWS: `arn:aws:iam::${ACCT}:role/app` }, principal: session('admin'), expect: 'none' },
    { name: 'session ARN matches that session directly', element: { AWS: `arn:aws:sts::${ACCT}:assumed-role/app/sess` }, principal: session('app'), expect: 'direct' },
    { name: 'session ARN does not match another session', element: { AWS: `arn:aws:sts::${ACCT}:assumed-role/app/other` }, principal: session('app'), expect: 'none' },
    { name: 'service principal matches the service (any case)', element: { Service: 'S3.amazonaws.com' }, principal: { type: 'service', service: 's3.amazonaws.com' }, expect: 'direct' },
    { name: 'service principal does not match a user', element: { Service: 's3.amazonaws.com' }, principal: user('alice'), expect: 'none' },
    { name: 'account principal does not match a service', element: { AWS: ACCT }, principal: { type: 'service', service: 's3.amazonaws.com' }, expect: 'none' },
    { name: 'federated provider matches a web-identity caller', element: { Federated: 'accounts.google.com' }, principal: { type: 'federated', provider: 'accounts.google.com' }, expect: 'direct' },
    { name: 'wildcard ARN matches any account root', element: { AWS: 'arn:aws:iam::*:root' }, principal: root(OTHER), expect: 'direct' },
    { name: 'the strongest of several entries wins', element: { AWS: [ACCT, `arn:aws:iam::${ACCT}:user/alice`] }, principal: user('alice'), expect: 'direct' },
    { name: 'a deleted principal id matches nobody', element: { AWS: 'AROAEXAMPLEID12345678' }, principal: session('app'), expect: 'none' },
  ]
  for (const c of cases) it(c.name, () => assert.equal(matchPrincipal(parsePrincipalElement(c.element), preparePrincipal(c.principal)), c.expect))
})

describe('NotPrincipal: exemptions need every level of the chain', () => {
  const roleArn = `arn:aws:iam::${ACCT}:role/app`
  const sessArn = `arn:aws:sts::${ACCT}:assumed-role/app/sess`
  const cases: { name: string; element: unknown; principal: RequestPrincipal; exempt: boolean }[] = [
    { name: 'session, role and account listed: exempt', element: { AWS: [sessArn, roleArn, `arn:aws:iam::${ACCT}:root`] }, principal: session('app'), exempt: true },
    { name: 'role and session without the account: not exempt', element: { AWS: [sessArn, roleArn] }, principal: session('app'), exempt: false },
    { name: 'account only: a session is not exempt', element: { AWS: ACCT }, principal: session('app'), exempt: false },
    { name: 'user and account listed: exempt', element: { AWS: [`arn:aws:iam::${ACCT}:user/alice`, ACCT] }, principal: user('alice'), exempt: true },
    { name: 'user without account: not exempt', element: { AWS: `arn:aws:iam::${ACCT}:user/alice` }, principal: user('alice'), exempt: false },
    { name: 'root user: account listed is enough', element: { AWS: ACCT }, principal: root(), exempt: true },
    { name: 'service listed: exempt', element: { Service: 'sns.amazonaws.com' }, principal: { type: 'service', service: 'sns.amazonaws.com' }, exempt: true },
    { name: 'anonymous is never exempt', element: { AWS: ACCT }, principal: { type: 'anonymous' }, exempt: false },
  ]
  for (const c of cases) it(c.name, () => assert.equal(notPrincipalExempts(parsePrincipalElement(c.element), preparePrincipal(c.principal)), c.exempt))
})
