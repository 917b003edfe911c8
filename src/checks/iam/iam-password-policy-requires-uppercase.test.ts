import check from './iam-password-policy-requires-uppercase.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, strongPasswordPolicy } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'a policy that meets the requirement', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({}) }) }],
  invalid: [
    { name: 'no uppercase rule', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ requireUppercaseCharacters: false }) }), messageId: 'missing', at: 'passwordPolicy.requireUppercaseCharacters' },
    { name: 'no custom password policy (NoSuchEntity)', resource: iamAccount({ passwordPolicy: null }), messageId: 'no-policy', at: 'passwordPolicy' },
  ],
  unknown: [
    { name: 'the password policy could not be read', resource: iamAccount({ passwordPolicy: null, unresolved: { passwordPolicy: 'AccessDenied (iam:GetAccountPasswordPolicy)' } }) },
    { name: 'the setting could not be read', resource: iamAccount({ unresolved: { 'passwordPolicy.requireUppercaseCharacters': 'ParseError' } }) },
  ],
})
