import check from './iam-password-policy-expires.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, strongPasswordPolicy } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'a policy that meets the requirement', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ maxPasswordAge: 60 }) }) }],
  invalid: [
    { name: 'never expires', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ expirePasswords: false, maxPasswordAge: undefined }) }), messageId: 'never', at: 'passwordPolicy.maxPasswordAge' },
    { name: 'a year', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ maxPasswordAge: 365 }) }), messageId: 'long' },
    { name: 'no custom password policy (NoSuchEntity)', resource: iamAccount({ passwordPolicy: null }), messageId: 'no-policy', at: 'passwordPolicy' },
  ],
  unknown: [
    { name: 'the password policy could not be read', resource: iamAccount({ passwordPolicy: null, unresolved: { passwordPolicy: 'AccessDenied (iam:GetAccountPasswordPolicy)' } }) },
    { name: 'the setting could not be read', resource: iamAccount({ unresolved: { 'passwordPolicy.maxPasswordAge': 'ParseError' } }) },
  ],
})
