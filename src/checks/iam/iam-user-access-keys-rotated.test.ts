import check from './iam-user-access-keys-rotated.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

const key = (slot: 1 | 2, lastRotated: string | undefined, active = true) => ({ slot, active, ...(lastRotated ? { lastRotated } : {}) })

testCheck(check, {
  valid: [
    { name: 'key rotated two months ago', resource: credentialEntry() },
    { name: 'one old inactive key beside a fresh active one', resource: credentialEntry({ accessKeys: [key(1, '2020-01-01T00:00:00.000Z', false), key(2, '2026-11-01T00:00:00.000Z')] }) },
  ],
  invalid: [
    { name: 'key a year old', resource: credentialEntry({ accessKeys: [key(1, '2025-11-01T00:00:00.000Z')] }), messageId: 'old', at: 'accessKeys', count: 1 },
    { name: 'stricter limit by configuration', resource: credentialEntry(), options: { maxAgeDays: 30 }, messageId: 'old' },
  ],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'active key without a date', resource: credentialEntry({ accessKeys: [key(2, undefined)] }) },
  ],
  skip: [
    { name: 'no keys', resource: credentialEntry({ accessKeys: [] }) },
    { name: 'only an inactive old key', resource: credentialEntry({ accessKeys: [key(1, '2020-01-01T00:00:00.000Z', false)] }) },
  ],
})
