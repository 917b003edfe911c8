import check from './secretsmanager-secret-unused.js'
import { testCheck } from '../../../test/check-tester.js'
import { secret } from '../../../test/factories/index.js'

// Test scan time 2026-11-27.
testCheck(check, {
  valid: [{ name: 'read yesterday', resource: secret() }, { name: 'read 100 days ago, limit 120', resource: secret({ lastAccessedDate: '2026-08-19T00:00:00.000Z' }), options: { unusedDays: 120 } }],
  invalid: [
    { name: 'not read for 100 days', resource: secret({ lastAccessedDate: '2026-08-19T00:00:00.000Z' }), messageId: 'unused', at: 'lastAccessedDate' },
    { name: 'created long ago, never read', resource: secret({ lastAccessedDate: undefined }), messageId: 'never-used' },
  ],
  unknown: [{ name: 'no dates at all', resource: secret({ lastAccessedDate: undefined, createdDate: undefined }) }, { name: 'secrets not listed', resource: secret(), gaps: [{ resourceType: 'secretsmanager.secret', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] }],
  skip: [
    { name: 'managed by RDS', resource: secret({ owningService: 'rds', lastAccessedDate: undefined }) },
    { name: 'created last month, not read yet', resource: secret({ createdDate: '2026-10-30T00:00:00.000Z', lastAccessedDate: undefined }) },
  ],
})
