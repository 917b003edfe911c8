import check from './iam-user-inactive.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

const oldKey = { slot: 1 as const, active: true, lastRotated: '2025-01-01T00:00:00.000Z', lastUsedDate: '2026-11-26T00:00:00.000Z' }

testCheck(check, {
  valid: [
    { name: 'signed in last week', resource: credentialEntry() },
    { name: 'no sign-in, but the key was used yesterday', resource: credentialEntry({ passwordEnabled: false, passwordLastUsed: undefined, accessKeys: [oldKey] }) },
    { name: 'created last week, not used yet', resource: credentialEntry({ passwordLastUsed: undefined, accessKeys: [], userCreationTime: '2026-11-20T00:00:00.000Z' }) },
  ],
  invalid: [
    { name: 'nothing for half a year', resource: credentialEntry({ passwordLastUsed: '2026-05-01T00:00:00.000Z', accessKeys: [{ ...oldKey, lastUsedDate: '2026-04-01T00:00:00.000Z' }] }), messageId: 'inactive' },
    { name: 'created in 2024 and never used', resource: credentialEntry({ passwordLastUsed: undefined, accessKeys: [] }), messageId: 'never-used', at: 'userCreationTime' },
    { name: 'a tighter limit by configuration', resource: credentialEntry(), options: { maxInactiveDays: 0 }, messageId: 'inactive' },
  ],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'no activity and no creation date', resource: credentialEntry({ passwordLastUsed: undefined, accessKeys: [], userCreationTime: undefined }) },
  ],
})
