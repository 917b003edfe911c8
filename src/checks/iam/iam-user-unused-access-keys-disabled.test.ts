import check from './iam-user-unused-access-keys-disabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

const key = (slot: 1 | 2, lastRotated: string | undefined, lastUsedDate?: string, active = true) => ({ slot, active, ...(lastRotated ? { lastRotated } : {}), ...(lastUsedDate ? { lastUsedDate } : {}) })

testCheck(check, {
  valid: [
    { name: 'key used two days ago', resource: credentialEntry() },
    { name: 'new key, not used yet', resource: credentialEntry({ accessKeys: [key(1, '2026-11-20T00:00:00.000Z')] }) },
    { name: 'an old inactive key is not this check\'s business', resource: credentialEntry({ accessKeys: [key(1, '2020-01-01T00:00:00.000Z', undefined, false), key(2, '2026-11-01T00:00:00.000Z', '2026-11-26T00:00:00.000Z')] }) },
  ],
  invalid: [
    { name: 'key unused for months', resource: credentialEntry({ accessKeys: [key(1, '2025-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z')] }), messageId: 'unused', at: 'accessKeys', count: 1 },
    { name: 'old key never used', resource: credentialEntry({ accessKeys: [key(2, '2025-01-01T00:00:00.000Z')] }), messageId: 'never-used' },
    { name: 'one of two keys stale', resource: credentialEntry({ accessKeys: [key(1, '2026-11-01T00:00:00.000Z', '2026-11-26T00:00:00.000Z'), key(2, '2025-01-01T00:00:00.000Z')] }), messageId: 'never-used', count: 1 },
  ],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'a key without any date', resource: credentialEntry({ accessKeys: [key(1, undefined)] }) },
  ],
  skip: [{ name: 'no active key', resource: credentialEntry({ accessKeys: [] }) }],
})
