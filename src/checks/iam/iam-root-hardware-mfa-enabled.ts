import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-root-hardware-mfa-enabled',
    resourceType: 'iam.credential-report-entry',
    title: 'The root user\'s MFA is a hardware device, not a virtual one',
    severity: 'high',
    categories: ['least-privilege'],
    liveOnly: true,
    description:
      'Combines the root user\'s `mfa_active` column in the credential report with ListVirtualMFADevices: the root user fails when it has no MFA at all, or when one of its MFA devices is a virtual (authenticator app) device, which AWS lists with the root ARN as its user. Hardware TOTP tokens, FIDO2 security keys and passkeys are not virtual devices and pass. Rows of IAM users are not evaluated by this check.',
    risk: 'A virtual MFA device lives on a phone or computer that is used for many other things: malware, a cloned backup or a lost phone can expose the seed. For the one identity no policy can restrict, AWS and CIS recommend a dedicated hardware device kept offline.',
    remediation: {
      text: 'Sign in as the root user, register a FIDO2 security key or a hardware TOTP token under Security credentials → Multi-factor authentication, then remove the virtual device. Register a second hardware device as a backup and store both securely.',
      cli: '# with root credentials only; lists the virtual device to remove (the removal itself is done in the console as root)\naws iam list-virtual-mfa-devices --assignment-status Assigned',
    },
    messages: {
      hardware: 'The root user\'s MFA uses no virtual device.',
      virtual: 'The root user has a virtual (app-based) MFA device.',
      'no-mfa': 'The root user has no MFA device at all.',
    },
  },
  evaluate(entry, { pass, fail }) {
    if (!entry.isRoot) return []
    if (!entry.mfaActive) return fail('no-mfa', { at: 'mfaActive' })
    return entry.rootVirtualMfa ? fail('virtual', { at: 'rootVirtualMfa' }) : pass('hardware')
  },
})
