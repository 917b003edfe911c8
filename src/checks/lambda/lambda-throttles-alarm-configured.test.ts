import check from './lambda-throttles-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, metricAlarm } from '../../../test/factories/index.js'

const fn = lambdaFunction()
const alarm = (over: Parameters<typeof metricAlarm>[0] = {}) => metricAlarm({ name: 'orders-throttles', metricName: 'Throttles', ...over })
const alarmGap = { resourceType: 'cloudwatch.alarm' as const, region: 'us-east-1', code: 'AccessDenied', message: 'cloudwatch:DescribeAlarms denied' }

testCheck(check, {
  valid: [
    { name: 'Throttles alarm with an SNS action', resource: fn, related: { 'cloudwatch.alarm': [alarm()] } },
    {
      name: 'metric-math alarm reading Throttles',
      resource: fn,
      related: { 'cloudwatch.alarm': [alarm({ namespace: undefined, metricName: undefined, dimensions: [], metrics: [{ namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: [{ name: 'FunctionName', value: 'orders' }] }] })] },
    },
    { name: 'account-wide alarm accepted by option', resource: fn, related: { 'cloudwatch.alarm': [alarm({ dimensions: [] })] }, options: { acceptAccountWideAlarm: true } },
  ],
  invalid: [
    { name: 'no alarm', resource: fn, messageId: 'none' },
    { name: 'only an Errors alarm', resource: fn, related: { 'cloudwatch.alarm': [metricAlarm()] }, messageId: 'none' },
    { name: 'alarm for another function', resource: fn, related: { 'cloudwatch.alarm': [alarm({ dimensions: [{ name: 'FunctionName', value: 'billing' }] })] }, messageId: 'none' },
    { name: 'actions disabled', resource: fn, related: { 'cloudwatch.alarm': [alarm({ actionsEnabled: false })] }, messageId: 'silent' },
    { name: 'account-wide alarm only', resource: fn, related: { 'cloudwatch.alarm': [alarm({ dimensions: [] })] }, messageId: 'accountWideOnly' },
  ],
  unknown: [
    { name: 'alarms could not be listed', resource: fn, gaps: [alarmGap] },
    { name: 'alarm dimensions unreadable', resource: fn, related: { 'cloudwatch.alarm': [alarm({ unresolved: { dimensions: '!Ref FunctionName' } })] } },
  ],
})
