import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-password-policy-requires-lowercase',
    resourceType: 'iam.account',
    title: 'The IAM password policy requires a lowercase letter',
    severity: 'low',
    categories: ['governance'],
    liveOnly: true,
    description: 'Reads the account password policy. The account fails when it has no custom policy or when RequireLowercaseCharacters is off.',
    risk: 'Without character-class rules users pick simpler passwords that fall to dictionary and rule-based guessing sooner.',
    remediation: {
      text: 'Set a password policy that meets every requirement. UpdateAccountPasswordPolicy replaces the whole policy: any setting left out of the call falls back to its default, so pass them all together (the command below sets every CIS requirement). Better still, move people to IAM Identity Center, where the identity provider enforces password and MFA rules.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90 --allow-users-to-change-password',
      terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  require_numbers                = true\n  require_symbols                = true\n  password_reuse_prevention      = 24\n  max_password_age               = 90\n  allow_users_to_change_password = true\n}',
    },
    messages: {
      ok: 'The password policy requires a lowercase letter.',
      missing: 'The password policy does not require a lowercase letter.',
      'no-policy': 'The account has no IAM password policy, so IAM\'s weak defaults apply.',
    },
  },
  evaluate(account, { pass, fail }) {
    if (!account.passwordPolicy) return fail('no-policy', { at: 'passwordPolicy' })
    return account.passwordPolicy.requireLowercaseCharacters ? pass('ok') : fail('missing', { at: 'passwordPolicy.requireLowercaseCharacters' })
  },
})
