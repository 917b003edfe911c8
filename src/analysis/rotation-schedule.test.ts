import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { maxRotationIntervalDays } from './rotation-schedule.js'

const days = (scheduleExpression: string) => maxRotationIntervalDays({ scheduleExpression })

describe('maxRotationIntervalDays', () => {
  it('reads AutomaticallyAfterDays', () => {
    assert.equal(maxRotationIntervalDays({ automaticallyAfterDays: 30 }), 30)
    assert.equal(maxRotationIntervalDays({ automaticallyAfterDays: 0 }), undefined)
    assert.equal(maxRotationIntervalDays(undefined), undefined)
  })
  it('reads rate() in days and hours (rounded up to a day)', () => {
    assert.equal(days('rate(10 days)'), 10)
    assert.equal(days('rate(1 day)'), 1)
    assert.equal(days('rate(4 hours)'), 1)
    assert.equal(days('rate(48 hours)'), 2)
  })
  it('bounds common cron schedules by their longest gap', () => {
    assert.equal(days('cron(0 8 * * ? *)'), 1)
    assert.equal(days('cron(0 */4 * * ? *)'), 1)
    assert.equal(days('cron(0 8 ? * MON *)'), 7)
    assert.equal(days('cron(0 8 1 * ? *)'), 31)
    assert.equal(days('cron(0 8 1,15 * ? *)'), 17)
    assert.equal(days('cron(0 8 L * ? *)'), 31)
    assert.equal(days('cron(0 8 1 */3 ? *)'), 93)
    assert.equal(days('cron(0 8 1 1,7 ? *)'), 186)
    assert.equal(days('cron(0 8 1 1 ? *)'), 372)
  })
  it('gives up on what it cannot bound', () => {
    assert.equal(days('cron(0 8 1 JAN-MAR ? *)'), undefined)
    assert.equal(days('cron(0 8 1 * ? 2027)'), undefined)
    assert.equal(days('cron(0 8 * *)'), undefined)
    assert.equal(days('every tuesday'), undefined)
  })
  it('an expression wins over AutomaticallyAfterDays', () => {
    assert.equal(maxRotationIntervalDays({ automaticallyAfterDays: 30, scheduleExpression: 'rate(7 days)' }), 7)
  })
})
