import check from './iam-password-policy-min-length.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, strongPasswordPolicy } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'a policy that meets the requirement', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ minimumPasswordLength: 14 }) }) }],
  invalid: [
    { name: 'ten characters', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ minimumPasswordLength: 10 }) }), messageId: 'short', at: 'passwordPolicy.minimumPasswordLength' },
    { name: 'sixteen with a stricter option', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ minimumPasswordLength: 16 }) }), messageId: 'short', options: { minimumLength: 20 } },
    { name: 'no custom password policy (NoSuchEntity)', resource: iamAccount({ passwordPolicy: null }), messageId: 'no-policy', at: 'passwordPolicy' },
  ],
  unknown: [
    { name: 'the password policy could not be read', resource: iamAccount({ passwordPolicy: null, unresolved: { passwordPolicy: 'AccessDenied (iam:GetAccountPasswordPolicy)' } }) },
    { name: 'the setting could not be read', resource: iamAccount({ unresolved: { 'passwordPolicy.minimumPasswordLength': 'ParseError' } }) },
  ],
})
