import check from './iam-root-not-used-recently.js'
import { testCheck } from '../../../test/check-tester.js'
import { rootCredentialEntry } from '../../../test/factories/index.js'

const key = (lastUsedDate: string) => ({ slot: 1 as const, active: true, lastRotated: '2021-01-01T00:00:00.000Z', lastUsedDate })

testCheck(check, {
  valid: [
    { name: 'last sign-in long ago', resource: rootCredentialEntry() },
    { name: 'never used', resource: rootCredentialEntry({ passwordLastUsed: undefined }) },
    { name: 'a shorter window set by configuration', resource: rootCredentialEntry({ passwordLastUsed: '2026-11-10T00:00:00.000Z' }), options: { recentDays: 7 } },
  ],
  invalid: [
    { name: 'signed in last week', resource: rootCredentialEntry({ passwordLastUsed: '2026-11-20T00:00:00.000Z' }), messageId: 'recent', at: 'passwordLastUsed' },
    { name: 'an access key used yesterday', resource: rootCredentialEntry({ accessKeys: [key('2026-11-26T00:00:00.000Z')] }), messageId: 'recent', at: 'accessKeys' },
  ],
  unknown: [
    { name: 'credential report denied', resource: rootCredentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'sign-in date unreadable', resource: rootCredentialEntry({ unresolved: { passwordLastUsed: 'ParseError' } }) },
  ],
})
