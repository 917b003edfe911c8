import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeWebIdentityTrust, issuerOf, tenantPinned, WEB_IDENTITY_PROVIDERS } from './web-identity.js'
import type { PolicyStatement } from '../../model/common.js'

const GH = WEB_IDENTITY_PROVIDERS.find((p) => p.id === 'github-actions')!
const TFC = WEB_IDENTITY_PROVIDERS.find((p) => p.id === 'terraform-cloud')!
const ROLE = 'arn:aws:iam::111122223333:role/deploy'

describe('web identity data', () => {
  it('every provider names its source and when it was checked', () => {
    assert.ok(WEB_IDENTITY_PROVIDERS.length >= 4)
    for (const p of WEB_IDENTITY_PROVIDERS) {
      assert.match(p.source, /^https:\/\//, p.id)
      assert.match(p.verifiedAt, /^\d{4}-\d{2}-\d{2}$/, p.id)
      assert.ok(p.probeClaims.length > 0 && p.probeClaims.every((c) => p.subjectKey in c), `${p.id}: every probe carries the subject claim`)
      // A probe must come from a tenant nobody owns: its subject never names a real tenant.
      for (const c of p.probeClaims) assert.ok(!p.subjectOwner || String(c[p.subjectKey]).includes('clearsky-untrusted-probe'), p.id)
    }
  })
})

describe('issuerOf / tenantPinned', () => {
  it('reads the issuer from an OIDC provider ARN or a bare host', () => {
    assert.equal(issuerOf('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'), 'token.actions.githubusercontent.com')
    assert.equal(issuerOf('cognito-identity.amazonaws.com'), 'cognito-identity.amazonaws.com')
  })

  it('a pattern is pinned when its tenant part is literal', () => {
    assert.equal(tenantPinned('repo:my-org/*', GH.subjectOwner), true)
    assert.equal(tenantPinned('repo:my-org/app:ref:refs/heads/main', GH.subjectOwner), true)
    assert.equal(tenantPinned('repo:my-org*', GH.subjectOwner), false)
    assert.equal(tenantPinned('repo:*', GH.subjectOwner), false)
    assert.equal(tenantPinned('*:ref:refs/heads/main', GH.subjectOwner), false)
    assert.equal(tenantPinned('repo:my-?rg/app:*', GH.subjectOwner), false)
    assert.equal(tenantPinned('organization:acme:project:*', TFC.subjectOwner), true)
    assert.equal(tenantPinned('organization:*:workspace:prod:*', TFC.subjectOwner), false)
  })
})

describe('analyzeWebIdentityTrust', () => {
  const trust = (Condition?: PolicyStatement['Condition'], Federated = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com') => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow' as const, Principal: { Federated }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) }],
  })

  it('reports the outsider token that gets in', () => {
    const [t] = analyzeWebIdentityTrust(trust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }), ROLE)
    assert.equal(t!.provider.id, 'github-actions')
    assert.match(t!.openTo ?? '', /^repo:clearsky-untrusted-probe\//)
  })

  it('a tenant-pinned subject keeps outsiders out', () => {
    const [t] = analyzeWebIdentityTrust(trust({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } }), ROLE)
    assert.equal(t!.openTo, undefined)
  })

  it('an owner wildcard lets a look-alike organization in', () => {
    const [t] = analyzeWebIdentityTrust(trust({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org*' } }), ROLE)
    assert.equal(t!.openTo, 'repo:my-orgclearsky-untrusted-probe')
  })

  it('the wrong action does not open the role; an unknown issuer is not analysed', () => {
    const wrongAction = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithSAML' }] }
    assert.equal(analyzeWebIdentityTrust(wrongAction, ROLE)[0]!.openTo, undefined)
    assert.deepEqual(analyzeWebIdentityTrust(trust(undefined, 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC'), ROLE), [])
  })
})
