import check from './iam-user-unused-password-disabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'signed in last week', resource: credentialEntry() },
    { name: 'password set ten days ago, not used yet', resource: credentialEntry({ passwordLastUsed: undefined, passwordLastChanged: '2026-11-17T00:00:00.000Z' }) },
    { name: 'a longer limit by configuration', resource: credentialEntry({ passwordLastUsed: '2026-09-01T00:00:00.000Z' }), options: { maxUnusedDays: 120 } },
  ],
  invalid: [
    { name: 'last sign-in 87 days ago', resource: credentialEntry({ passwordLastUsed: '2026-09-01T00:00:00.000Z' }), messageId: 'unused', at: 'passwordLastUsed' },
    { name: 'password set long ago and never used', resource: credentialEntry({ passwordLastUsed: undefined, passwordLastChanged: '2025-01-01T00:00:00.000Z' }), messageId: 'never-used' },
    { name: 'never used, no change date: the creation date counts', resource: credentialEntry({ passwordLastUsed: undefined, passwordLastChanged: undefined }), messageId: 'never-used' },
  ],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'no date at all', resource: credentialEntry({ passwordLastUsed: undefined, passwordLastChanged: undefined, userCreationTime: undefined }) },
  ],
  skip: [{ name: 'no console password', resource: credentialEntry({ passwordEnabled: false }) }],
})
