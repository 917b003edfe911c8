import check from './secretsmanager-secret-rotation-succeeding.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, secret } from '../../../test/factories/index.js'

// Scan time 2026-11-27 (TEST_NOW); the factory secret rotates every 30 days, last on 2026-11-20.
const lastRotated = (iso: string) => ({ lastRotatedDate: iso })

testCheck(check, {
  valid: [
    { name: 'rotated a week ago, every 30 days', resource: secret() },
    { name: 'due today, inside the grace period', resource: secret(lastRotated('2026-10-27T00:00:00.000Z')) },
    { name: 'two days late: the default grace', resource: secret(lastRotated('2026-10-26T00:00:00.000Z')) },
    { name: 'weekly cron, rotated five days ago', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 ? * MON *)' }, ...lastRotated('2026-11-22T08:00:00.000Z') }) },
    { name: 'new secret whose first rotation is not due', resource: secret({ lastRotatedDate: undefined, createdDate: '2026-11-10T00:00:00.000Z' }) },
  ],
  invalid: [
    { name: 'three days past the 30-day interval', resource: secret(lastRotated('2026-10-25T00:00:00.000Z')), messageId: 'overdue', at: 'lastRotatedDate' },
    { name: 'no grace when graceDays is 0', resource: secret(lastRotated('2026-10-26T00:00:00.000Z')), options: { graceDays: 0 }, messageId: 'overdue' },
    { name: 'rate(7 days) last rotated a month ago', resource: secret({ rotationRules: { scheduleExpression: 'rate(7 days)' }, ...lastRotated('2026-10-27T00:00:00.000Z') }), messageId: 'overdue' },
    { name: 'enabled a year ago, never rotated', resource: secret({ lastRotatedDate: undefined, createdDate: '2025-11-01T00:00:00.000Z' }), messageId: 'neverRotated', at: 'lastRotatedDate' },
  ],
  unknown: [
    { name: 'secrets could not be listed', resource: secret(), gaps: [{ resourceType: 'secretsmanager.secret', region: REGION, code: 'AccessDenied', message: 'secretsmanager:ListSecrets denied' }] },
    { name: 'a cron schedule with a month range', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 1 JAN-MAR ? *)' } }) },
    { name: 'never rotated, creation date unknown', resource: secret({ lastRotatedDate: undefined, createdDate: undefined }) },
  ],
  skip: [{ name: 'rotation not configured', resource: secret({ rotationEnabled: false, rotationRules: undefined, rotationLambdaArn: undefined, lastRotatedDate: undefined, createdDate: '2020-01-01T00:00:00.000Z' }) }],
})
