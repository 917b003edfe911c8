import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { alarmCoverage, alarmNotifies, alarmsWatching, bestAlarm, metricScope, watchedMetrics } from './alarms.js'
import { metricAlarm } from '../../test/factories/index.js'

const target = { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: { FunctionName: 'orders' } }

describe('alarm matching', () => {
  it('matches the resource dimension, tolerating narrowing dimensions', () => {
    assert.equal(metricScope({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] }, target), 'resource')
    assert.equal(
      metricScope({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }, { name: 'Resource', value: 'orders:prod' }] }, target),
      'resource',
    )
  })
  it('calls a dimensionless metric aggregate and rejects other resources or metrics', () => {
    assert.equal(metricScope({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [] }, target), 'aggregate')
    assert.equal(metricScope({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'billing' }] }, target), undefined)
    assert.equal(metricScope({ namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: [{ name: 'FunctionName', value: 'orders' }] }, target), undefined)
    assert.equal(metricScope({ namespace: 'Custom', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] }, target), undefined)
  })
  it('reads the metrics of a metric-math alarm', () => {
    const math = metricAlarm({
      namespace: undefined,
      metricName: undefined,
      dimensions: [],
      metrics: [
        { namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
        { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
      ],
    })
    assert.equal(watchedMetrics(math).length, 2)
    assert.deepEqual(alarmsWatching([math], target).map((m) => m.scope), ['resource'])
  })
  it('knows whether an alarm tells anyone', () => {
    assert.ok(alarmNotifies(metricAlarm()))
    assert.ok(!alarmNotifies(metricAlarm({ actionsEnabled: false })))
    assert.ok(!alarmNotifies(metricAlarm({ alarmActions: [] })))
  })
  it('prefers a notifying resource alarm', () => {
    const silent = metricAlarm({ name: 'silent', actionsEnabled: false })
    const wide = metricAlarm({ name: 'wide', dimensions: [] })
    const good = metricAlarm({ name: 'good' })
    const other = metricAlarm({ name: 'other', dimensions: [{ name: 'FunctionName', value: 'billing' }] })
    const matches = alarmsWatching([silent, wide, other, good], target)
    assert.deepEqual(matches.map((m) => [m.alarm.name, m.scope, m.notifies]), [['silent', 'resource', false], ['wide', 'aggregate', true], ['good', 'resource', true]])
    assert.equal(bestAlarm(matches)?.alarm.name, 'good')
    assert.equal(bestAlarm(matches.slice(0, 2))?.alarm.name, 'wide')
    assert.equal(bestAlarm([]), undefined)
  })
})

describe('alarmCoverage', () => {
  const kind = (alarms: ReturnType<typeof metricAlarm>[], acceptAggregate = false) => {
    const c = alarmCoverage(alarms, target, { acceptAggregate })
    return c.kind === 'none' ? 'none' : `${c.kind}:${c.alarm.name}`
  }
  const wide = metricAlarm({ name: 'wide', dimensions: [] })
  it('a notifying resource alarm wins over everything', () => {
    assert.equal(kind([metricAlarm({ name: 'muted', actionsEnabled: false }), wide, metricAlarm({ name: 'good' })]), 'alarmed:good')
  })
  it('an account-wide alarm counts only when accepted', () => {
    assert.equal(kind([wide]), 'accountWideOnly:wide')
    assert.equal(kind([wide], true), 'accountWide:wide')
  })
  it('a silent resource alarm is reported before an account-wide one', () => {
    assert.equal(kind([wide, metricAlarm({ name: 'muted', actionsEnabled: false })]), 'silent:muted')
    assert.equal(kind([metricAlarm({ name: 'wide-muted', dimensions: [], alarmActions: [] })]), 'silent:wide-muted')
  })
  it('nothing watching the metric', () => {
    assert.equal(kind([metricAlarm({ metricName: 'Throttles' })]), 'none')
  })
})
