import check from './iam-root-hardware-mfa-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rootCredentialEntry } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'MFA without a virtual device', resource: rootCredentialEntry() }],
  invalid: [
    { name: 'virtual MFA', resource: rootCredentialEntry({ rootVirtualMfa: true }), messageId: 'virtual', at: 'rootVirtualMfa' },
    { name: 'no MFA', resource: rootCredentialEntry({ mfaActive: false }), messageId: 'no-mfa', at: 'mfaActive' },
    { name: 'no MFA fails even when the device list was denied', resource: rootCredentialEntry({ mfaActive: false, unresolved: { rootVirtualMfa: 'AccessDenied (iam:ListVirtualMFADevices)' } }), messageId: 'no-mfa' },
  ],
  unknown: [
    { name: 'MFA on, but the virtual device list was denied', resource: rootCredentialEntry({ unresolved: { rootVirtualMfa: 'AccessDenied (iam:ListVirtualMFADevices)' } }) },
    { name: 'credential report denied', resource: rootCredentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
})
