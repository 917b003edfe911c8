import check from './iam-identity-federation-used.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry, iamAccount, oidcProvider, rootCredentialEntry, samlProvider } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'a SAML provider', resource: iamAccount(), related: { 'iam.saml-provider': [samlProvider({ name: 'AWSSSO_0123456789abcdef_DO_NOT_DELETE' })], 'iam.credential-report-entry': [rootCredentialEntry(), credentialEntry()] } },
    { name: 'no console users, only a CI provider', resource: iamAccount(), related: { 'iam.oidc-provider': [oidcProvider()], 'iam.credential-report-entry': [rootCredentialEntry(), credentialEntry({ passwordEnabled: false })] } },
  ],
  invalid: [{ name: 'console users without federation', resource: iamAccount(), related: { 'iam.credential-report-entry': [rootCredentialEntry(), credentialEntry(), credentialEntry({ name: 'bob', user: 'bob' })] }, messageId: 'local' }],
  unknown: [
    { name: 'SAML providers could not be listed', resource: iamAccount(), gaps: [{ resourceType: 'iam.saml-provider', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'no SAML provider and the credential report was denied', resource: iamAccount(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
})
