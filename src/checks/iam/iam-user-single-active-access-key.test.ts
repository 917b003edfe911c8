import check from './iam-user-single-active-access-key.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

const key = (slot: 1 | 2, active: boolean) => ({ slot, active, lastRotated: '2026-10-01T00:00:00.000Z' })

testCheck(check, {
  valid: [
    { name: 'one active key', resource: credentialEntry() },
    { name: 'one active, one deactivated', resource: credentialEntry({ accessKeys: [key(1, false), key(2, true)] }) },
  ],
  invalid: [{ name: 'two active keys', resource: credentialEntry({ accessKeys: [key(1, true), key(2, true)] }), messageId: 'two', at: 'accessKeys' }],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'key columns unreadable', resource: credentialEntry({ unresolved: { accessKeys: 'ParseError' } }) },
  ],
  skip: [{ name: 'no keys', resource: credentialEntry({ accessKeys: [] }) }],
})
