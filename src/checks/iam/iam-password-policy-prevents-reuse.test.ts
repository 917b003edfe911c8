import check from './iam-password-policy-prevents-reuse.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, strongPasswordPolicy } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'a policy that meets the requirement', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ passwordReusePrevention: 24 }) }) }],
  invalid: [
    { name: 'reuse allowed', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ passwordReusePrevention: undefined }) }), messageId: 'allowed', at: 'passwordPolicy.passwordReusePrevention' },
    { name: 'remembers five', resource: iamAccount({ passwordPolicy: strongPasswordPolicy({ passwordReusePrevention: 5 }) }), messageId: 'few' },
    { name: 'no custom password policy (NoSuchEntity)', resource: iamAccount({ passwordPolicy: null }), messageId: 'no-policy', at: 'passwordPolicy' },
  ],
  unknown: [
    { name: 'the password policy could not be read', resource: iamAccount({ passwordPolicy: null, unresolved: { passwordPolicy: 'AccessDenied (iam:GetAccountPasswordPolicy)' } }) },
    { name: 'the setting could not be read', resource: iamAccount({ unresolved: { 'passwordPolicy.passwordReusePrevention': 'ParseError' } }) },
  ],
})
