import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-user-console-mfa-enabled',
    resourceType: 'iam.credential-report-entry',
    title: 'IAM users with a console password have MFA',
    severity: 'high',
    categories: ['least-privilege'],
    liveOnly: true,
    description: 'Reads each IAM user\'s row of the credential report: a user with a console password (`password_enabled`) fails when no MFA device is active for it (`mfa_active`). Users without a console password do not apply; the root user is covered by iam-root-mfa-enabled.',
    risk: 'A console password alone can be phished, guessed or reused from another breach. Without a second factor, whoever has the password has the user\'s permissions in the console, where they can also create access keys for persistent access.',
    remediation: {
      text: 'Have the user register an MFA device (a FIDO2 security key or passkey is the strongest option) under Security credentials, or remove the console password if the user does not need the console. Enforce it with a policy that denies every action except MFA self-management while aws:MultiFactorAuthPresent is false, and prefer IAM Identity Center for human users.',
      cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile <user>-qr.png --bootstrap-method QRCodePNG\naws iam enable-mfa-device --user-name <user> --serial-number arn:aws:iam::<account>:mfa/<user> --authentication-code1 <code1> --authentication-code2 <code2>\n# or, if the user needs no console access:\naws iam delete-login-profile --user-name <user>',
    },
    messages: {
      mfa: '{{name}} has a console password and MFA.',
      'no-mfa': '{{name}} has a console password but no MFA device.',
    },
  },
  evaluate(entry, { pass, fail, skip }) {
    if (entry.isRoot) return []
    if (!entry.passwordEnabled) return skip('no console password')
    return entry.mfaActive ? pass('mfa', { name: entry.name }) : fail('no-mfa', { data: { name: entry.name }, at: 'mfaActive' })
  },
})
