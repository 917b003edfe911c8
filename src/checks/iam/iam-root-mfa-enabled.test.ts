import check from './iam-root-mfa-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rootCredentialEntry } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'hardware MFA', resource: rootCredentialEntry() },
    { name: 'virtual MFA still counts as MFA', resource: rootCredentialEntry({ rootVirtualMfa: true }) },
  ],
  invalid: [{ name: 'no MFA', resource: rootCredentialEntry({ mfaActive: false }), messageId: 'disabled', at: 'mfaActive' }],
  unknown: [
    { name: 'credential report denied', resource: rootCredentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'MFA column unreadable', resource: rootCredentialEntry({ unresolved: { mfaActive: 'ParseError' } }) },
  ],
})
