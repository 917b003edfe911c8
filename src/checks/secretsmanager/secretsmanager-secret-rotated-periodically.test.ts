import check from './secretsmanager-secret-rotated-periodically.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, secret } from '../../../test/factories/index.js'

// Scan time 2026-11-27 (TEST_NOW); the factory secret was last rotated on 2026-11-20.
const manual = { rotationEnabled: false, rotationRules: undefined, rotationLambdaArn: undefined }

testCheck(check, {
  valid: [
    { name: 'rotated a week ago', resource: secret() },
    { name: 'rotated by hand 90 days ago, no schedule', resource: secret({ ...manual, lastRotatedDate: '2026-08-29T00:00:00.000Z' }) },
    { name: 'created a month ago, never rotated', resource: secret({ ...manual, lastRotatedDate: undefined, createdDate: '2026-10-27T00:00:00.000Z' }) },
    { name: 'a longer limit', resource: secret({ lastRotatedDate: '2026-06-01T00:00:00.000Z' }), options: { maxDaysSinceRotation: 365 } },
  ],
  invalid: [
    { name: 'last rotated 91 days ago', resource: secret({ lastRotatedDate: '2026-08-28T00:00:00.000Z' }), messageId: 'stale', at: 'lastRotatedDate' },
    { name: 'a tighter limit', resource: secret({ lastRotatedDate: '2026-10-20T00:00:00.000Z' }), options: { maxDaysSinceRotation: 30 }, messageId: 'stale' },
    { name: 'never rotated, created two years ago', resource: secret({ ...manual, lastRotatedDate: undefined, createdDate: '2024-11-01T00:00:00.000Z' }), messageId: 'neverRotated', at: 'lastRotatedDate' },
    { name: 'rotation scheduled but never ran', resource: secret({ lastRotatedDate: undefined, createdDate: '2025-01-01T00:00:00.000Z' }), messageId: 'neverRotated' },
  ],
  unknown: [
    { name: 'secrets could not be listed', resource: secret(), gaps: [{ resourceType: 'secretsmanager.secret', region: REGION, code: 'AccessDenied', message: 'secretsmanager:ListSecrets denied' }] },
    { name: 'no dates known', resource: secret({ lastRotatedDate: undefined, createdDate: undefined }) },
  ],
})
