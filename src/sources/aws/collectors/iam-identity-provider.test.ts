import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetOpenIDConnectProviderCommand, IAMClient, ListOpenIDConnectProvidersCommand, ListSAMLProvidersCommand } from '@aws-sdk/client-iam'
import { iamIdentityProviderCollector, mapOidcProvider, mapSamlProvider, oidcUrlFromArn } from './iam-identity-provider.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const GH = `arn:aws:iam::${TEST_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const SAML = `arn:aws:iam::${TEST_ACCOUNT}:saml-provider/AWSSSO_1234_DO_NOT_DELETE`

describe('identity provider mappers', () => {
  it('SAML: name from the ARN, validity date', () => {
    const p = mapSamlProvider({ Arn: SAML, ValidUntil: new Date('2030-01-01T00:00:00Z'), CreateDate: new Date('2024-01-01T00:00:00Z') }, TEST_ACCOUNT)
    assert.equal(p.name, 'AWSSSO_1234_DO_NOT_DELETE')
    assert.equal(p.validUntil, '2030-01-01T00:00:00.000Z')
  })

  it('OIDC: url without scheme, audiences; a failed Get keeps the issuer and marks the rest unresolved', () => {
    assert.equal(oidcUrlFromArn(GH), 'token.actions.githubusercontent.com')
    const ok = mapOidcProvider(GH, { ok: true, value: { Url: 'https://token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['abc'] } }, TEST_ACCOUNT)
    assert.equal(ok.url, 'token.actions.githubusercontent.com')
    assert.deepEqual(ok.clientIds, ['sts.amazonaws.com'])
    const failed = mapOidcProvider(GH, { ok: false, absent: false, reason: 'AccessDenied (iam:GetOpenIDConnectProvider)' }, TEST_ACCOUNT)
    assert.equal(failed.url, 'token.actions.githubusercontent.com')
    assert.deepEqual(Object.keys(failed.unresolved ?? {}).sort(), ['clientIds', 'thumbprints'])
  })
})

describe('identity provider collector (mocked SDK)', () => {
  const iam = mockClient(IAMClient)
  afterEach(() => iam.reset())

  it('lists both kinds and reads each OIDC provider', async () => {
    iam.on(ListSAMLProvidersCommand).resolves({ SAMLProviderList: [{ Arn: SAML }] })
    iam.on(ListOpenIDConnectProvidersCommand).resolves({ OpenIDConnectProviderList: [{ Arn: GH }] })
    iam.on(GetOpenIDConnectProviderCommand).resolves({ Url: 'token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'], ThumbprintList: [] })
    const ctx = testContext()
    const r = await iamIdentityProviderCollector.collect(ctx, TEST_REGION, {})
    assert.equal(r.resources['iam.saml-provider']!.length, 1)
    assert.equal(r.resources['iam.oidc-provider']![0]!.url, 'token.actions.githubusercontent.com')
    assert.equal(ctx.callCounts()['iam:GetOpenIDConnectProvider'], 1)
  })

  it('asks only for the kinds the scan wants', async () => {
    iam.on(ListSAMLProvidersCommand).resolves({ SAMLProviderList: [] })
    const ctx = testContext({ wanted: ['iam.saml-provider'] })
    const r = await iamIdentityProviderCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(Object.keys(r.resources), ['iam.saml-provider'])
    assert.deepEqual(Object.keys(ctx.callCounts()), ['iam:ListSAMLProviders'])
  })

  it('a denied listing is a gap for that kind only', async () => {
    iam.on(ListSAMLProvidersCommand).rejects(awsError('AccessDenied', 403))
    iam.on(ListOpenIDConnectProvidersCommand).resolves({ OpenIDConnectProviderList: [] })
    const r = await iamIdentityProviderCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.gaps.map((g) => g.resourceType), ['iam.saml-provider'])
    assert.deepEqual(r.resources['iam.oidc-provider'], [])
  })
})
