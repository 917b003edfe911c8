import { defineCheck } from '../../core/check.js'
import { numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-password-policy-prevents-reuse',
    resourceType: 'iam.account',
    title: 'The IAM password policy prevents reuse of the last 24 passwords',
    severity: 'medium',
    categories: ['governance'],
    liveOnly: true,
    options: { minimumReusePrevention: 24 },
    description: 'Reads the account password policy. The account fails when it has no custom policy (reuse is then allowed) or when PasswordReusePrevention remembers fewer than `minimumReusePrevention` previous passwords (default 24, the maximum IAM allows).',
    risk: 'When old passwords can be reused, a forced change often ends with the same password again — including one that already leaked.',
    remediation: {
      text: 'Set a password policy that meets every requirement. UpdateAccountPasswordPolicy replaces the whole policy: any setting left out of the call falls back to its default, so pass them all together (the command below sets every CIS requirement). Better still, move people to IAM Identity Center, where the identity provider enforces password and MFA rules.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90 --allow-users-to-change-password',
      terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  require_numbers                = true\n  require_symbols                = true\n  password_reuse_prevention      = 24\n  max_password_age               = 90\n  allow_users_to_change_password = true\n}',
    },
    messages: {
      ok: 'The password policy prevents reuse of the last {{count}} passwords.',
      allowed: 'The password policy lets users reuse their previous passwords.',
      few: 'The password policy remembers only the last {{count}} passwords (at least {{required}} required).',
      'no-policy': 'The account has no IAM password policy, so IAM\'s weak defaults apply.',
    },
  },
  evaluate(account, { pass, fail, options }) {
    if (!account.passwordPolicy) return fail('no-policy', { at: 'passwordPolicy' })
    const required = numberOption(options, 'minimumReusePrevention', 24)
    const count = account.passwordPolicy.passwordReusePrevention
    if (!count) return fail('allowed', { data: { required }, at: 'passwordPolicy.passwordReusePrevention' })
    return count >= required ? pass('ok', { count }) : fail('few', { data: { count, required }, at: 'passwordPolicy.passwordReusePrevention' })
  },
})
