import check from './iam-user-console-mfa-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry, rootCredentialEntry } from '../../../test/factories/index.js'
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { evaluateCase } from '../../../test/check-tester.js'

testCheck(check, {
  valid: [{ name: 'console password with MFA', resource: credentialEntry() }],
  invalid: [{ name: 'console password without MFA', resource: credentialEntry({ mfaActive: false }), messageId: 'no-mfa', at: 'mfaActive' }],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'password column unreadable', resource: credentialEntry({ mfaActive: false, unresolved: { passwordEnabled: 'ParseError' } }) },
  ],
  skip: [{ name: 'programmatic user without a console password', resource: credentialEntry({ passwordEnabled: false, mfaActive: false }) }],
})

it('iam-user-console-mfa-enabled: the root row is left to the root checks', () => {
  assert.deepEqual(evaluateCase(check, { name: 'root', resource: rootCredentialEntry({ mfaActive: false }) }), [])
})
