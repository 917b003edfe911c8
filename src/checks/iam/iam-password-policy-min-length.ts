import { defineCheck } from '../../core/check.js'
import { numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-password-policy-min-length',
    resourceType: 'iam.account',
    title: 'The IAM password policy requires at least 14 characters',
    severity: 'medium',
    categories: ['governance'],
    liveOnly: true,
    options: { minimumLength: 14 },
    description: 'Reads the account password policy (GetAccountPasswordPolicy). The account fails when it has no custom policy — IAM then accepts passwords of 8 characters — or when MinimumPasswordLength is below `minimumLength` (default 14).',
    risk: 'Short passwords fall quickly to guessing and offline cracking; length adds far more strength than any character-class rule.',
    remediation: {
      text: 'Set a password policy that meets every requirement. UpdateAccountPasswordPolicy replaces the whole policy: any setting left out of the call falls back to its default, so pass them all together (the command below sets every CIS requirement). Better still, move people to IAM Identity Center, where the identity provider enforces password and MFA rules.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90 --allow-users-to-change-password',
      terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  require_numbers                = true\n  require_symbols                = true\n  password_reuse_prevention      = 24\n  max_password_age               = 90\n  allow_users_to_change_password = true\n}',
    },
    messages: {
      ok: 'The password policy requires at least {{length}} characters.',
      short: 'The password policy accepts passwords of {{length}} characters (at least {{required}} required).',
      'no-policy': 'The account has no IAM password policy, so IAM\'s weak defaults apply.',
    },
  },
  evaluate(account, { pass, fail, options }) {
    if (!account.passwordPolicy) return fail('no-policy', { at: 'passwordPolicy' })
    const required = numberOption(options, 'minimumLength', 14)
    const length = account.passwordPolicy.minimumPasswordLength
    return length >= required ? pass('ok', { length }) : fail('short', { data: { length, required }, at: 'passwordPolicy.minimumPasswordLength' })
  },
})
