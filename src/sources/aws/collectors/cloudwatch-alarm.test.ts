import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { cloudWatchAlarmCollector, mapMetricAlarm } from './cloudwatch-alarm.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const alarmArn = (n: string) => `arn:aws:cloudwatch:${TEST_REGION}:${TEST_ACCOUNT}:alarm:${n}`

describe('mapMetricAlarm', () => {
  it('maps a single-metric alarm', () => {
    const a = mapMetricAlarm({ AlarmName: 'errors', AlarmArn: alarmArn('errors'), Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: 'orders' }], ActionsEnabled: true, AlarmActions: ['arn:aws:sns:us-east-1:1:t'], StateValue: 'OK' }, { region: TEST_REGION, accountId: TEST_ACCOUNT })
    assert.deepEqual(a.dimensions, [{ name: 'FunctionName', value: 'orders' }])
    assert.equal(a.metricName, 'Errors')
    assert.deepEqual(a.metrics, [])
    assert.deepEqual(a.alarmActions, ['arn:aws:sns:us-east-1:1:t'])
  })

  it('lists the metrics a metric-math alarm reads, skipping the expression itself', () => {
    const a = mapMetricAlarm(
      {
        AlarmName: 'rate',
        AlarmArn: alarmArn('rate'),
        Metrics: [
          { Id: 'e', Expression: 'm1/m2' },
          { Id: 'm1', MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: 'f' }] }, Period: 60, Stat: 'Sum' } },
          { Id: 'm2', MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations' }, Period: 60, Stat: 'Sum' } },
        ],
        ActionsEnabled: false,
      },
      { region: TEST_REGION, accountId: TEST_ACCOUNT },
    )
    assert.deepEqual(a.metrics, [
      { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'f' }] },
      { namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: [] },
    ])
    assert.equal(a.actionsEnabled, false)
  })
})

describe('cloudwatch.alarm collector (mocked SDK)', () => {
  const cw = mockClient(CloudWatchClient)
  afterEach(() => cw.reset())

  it('pages metric alarms', async () => {
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [{ AlarmName: 'a', AlarmArn: alarmArn('a') }], NextToken: 't' })
    cw.on(DescribeAlarmsCommand, { NextToken: 't' }).resolves({ MetricAlarms: [{ AlarmName: 'b', AlarmArn: alarmArn('b') }] })
    const r = await cloudWatchAlarmCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(
      r.resources['cloudwatch.alarm']!.map((a) => a.name),
      ['a', 'b'],
    )
    assert.deepEqual(cw.commandCalls(DescribeAlarmsCommand)[0]!.args[0].input.AlarmTypes, ['MetricAlarm'])
  })

  it('denied is a gap', async () => {
    cw.on(DescribeAlarmsCommand).rejects(awsError('AccessDenied', 403))
    const r = await cloudWatchAlarmCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
