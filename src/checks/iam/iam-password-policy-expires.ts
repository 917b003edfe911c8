import { defineCheck } from '../../core/check.js'
import { numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-password-policy-expires',
    resourceType: 'iam.account',
    title: 'IAM passwords expire within 90 days',
    severity: 'low',
    categories: ['governance'],
    liveOnly: true,
    options: { maxAgeDays: 90 },
    description: 'Reads the account password policy. The account fails when it has no custom policy (passwords then never expire), when MaxPasswordAge is not set, or when it is longer than `maxAgeDays` (default 90). Current NIST guidance (SP 800-63B) advises against periodic expiry when MFA and breach screening are in place; raise or ignore this check if that is your policy.',
    risk: 'A password that never expires keeps working for as long as it has been exposed; expiry bounds how long a stolen password stays useful.',
    remediation: {
      text: 'Set a password policy that meets every requirement. UpdateAccountPasswordPolicy replaces the whole policy: any setting left out of the call falls back to its default, so pass them all together (the command below sets every CIS requirement). Better still, move people to IAM Identity Center, where the identity provider enforces password and MFA rules.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90 --allow-users-to-change-password',
      terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  require_numbers                = true\n  require_symbols                = true\n  password_reuse_prevention      = 24\n  max_password_age               = 90\n  allow_users_to_change_password = true\n}',
    },
    messages: {
      ok: 'Passwords expire after {{days}} days.',
      never: 'IAM passwords never expire.',
      long: 'Passwords expire only after {{days}} days (at most {{limit}} allowed).',
      'no-policy': 'The account has no IAM password policy, so IAM\'s weak defaults apply.',
    },
  },
  evaluate(account, { pass, fail, options }) {
    if (!account.passwordPolicy) return fail('no-policy', { at: 'passwordPolicy' })
    const limit = numberOption(options, 'maxAgeDays', 90)
    const days = account.passwordPolicy.maxPasswordAge
    if (!days) return fail('never', { data: { limit }, at: 'passwordPolicy.maxPasswordAge' })
    return days <= limit ? pass('ok', { days }) : fail('long', { data: { days, limit }, at: 'passwordPolicy.maxPasswordAge' })
  },
})
