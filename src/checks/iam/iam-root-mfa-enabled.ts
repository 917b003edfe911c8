import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-root-mfa-enabled',
    resourceType: 'iam.credential-report-entry',
    title: 'The root user signs in with multi-factor authentication',
    severity: 'critical',
    categories: ['least-privilege'],
    liveOnly: true,
    description: 'Reads the `mfa_active` column of the root user\'s row in the IAM credential report: the root user fails when no MFA device (virtual, hardware, security key or passkey) is registered for it. Rows of IAM users are not evaluated by this check.',
    risk: 'Without MFA, the root password alone opens the account with permissions nothing can restrict. A phished, reused or guessed password, or a takeover of the account\'s e-mail inbox followed by a password reset, gives an attacker full and lasting control of the account.',
    remediation: {
      text: 'Sign in as the root user, open Security credentials, and assign an MFA device — preferably a FIDO2 security key or hardware token kept in a safe place, with a second device registered as a backup. In AWS Organizations, consider centralizing root access so member accounts have no root credentials at all.',
    },
    messages: {
      enabled: 'The root user has MFA.',
      disabled: 'The root user has no MFA device.',
    },
  },
  evaluate(entry, { pass, fail }) {
    if (!entry.isRoot) return []
    return entry.mfaActive ? pass('enabled') : fail('disabled', { at: 'mfaActive' })
  },
})
