import check from './account-security-contact-registered.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountAccount } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'complete contact', resource: accountAccount() }],
  invalid: [
    { name: 'no security contact', resource: accountAccount({ securityContact: null }), messageId: 'missing', at: 'securityContact' },
    { name: 'no phone number', resource: accountAccount({ securityContact: { hasName: true, hasEmail: true, hasPhone: false } }), messageId: 'incomplete' },
  ],
  unknown: [
    { name: 'GetAlternateContact denied', resource: accountAccount({ securityContact: null, unresolved: { securityContact: 'AccessDenied (account:GetAlternateContact)' } }) },
    { name: 'the account could not be read', resource: accountAccount(), gaps: [{ resourceType: 'account.account', region: 'global', code: 'Error', message: 'failed' }] },
  ],
})
