import check from './lambda-errors-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, metricAlarm } from '../../../test/factories/index.js'
import { ALARM_GAP, cfnLambdaMetricAlarmCases, tfLambdaMetricAlarmCases, withAlarms } from '../../../test/builders/lambda-alarms.js'

// The factory alarm watches the Errors metric of the factory function orders.
const fn = lambdaFunction()
const accountWide = metricAlarm({ name: 'all-lambda-errors', dimensions: [] })
const mathAlarm = metricAlarm({
  name: 'orders-error-rate',
  namespace: undefined,
  metricName: undefined,
  dimensions: [],
  metrics: [
    { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
    { namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: [{ name: 'FunctionName', value: 'orders' }] },
  ],
})

testCheck(check, {
  valid: [
    { name: 'errors alarm with an SNS action', resource: fn, related: withAlarms(metricAlarm()) },
    { name: 'metric-math error-rate alarm', resource: fn, related: withAlarms(mathAlarm) },
    { name: 'alarm on an alias of the function', resource: fn, related: withAlarms(metricAlarm({ dimensions: [{ name: 'FunctionName', value: 'orders' }, { name: 'Resource', value: 'orders:live' }] })) },
    { name: 'a silent alarm beside a notifying one', resource: fn, related: withAlarms(metricAlarm({ name: 'muted', actionsEnabled: false }), metricAlarm()) },
    { name: 'account-wide alarm accepted by option', resource: fn, related: withAlarms(accountWide), options: { acceptAccountWideAlarm: true } },
  ],
  invalid: [
    { name: 'no alarm', resource: fn, messageId: 'none' },
    { name: 'alarm for another function', resource: fn, related: withAlarms(metricAlarm({ dimensions: [{ name: 'FunctionName', value: 'billing' }] })), messageId: 'none' },
    { name: 'alarm on throttles only', resource: fn, related: withAlarms(metricAlarm({ metricName: 'Throttles' })), messageId: 'none' },
    { name: 'alarm in another region', resource: fn, related: withAlarms(metricAlarm({ region: 'eu-west-1' })), messageId: 'none' },
    { name: 'actions disabled', resource: fn, related: withAlarms(metricAlarm({ actionsEnabled: false })), messageId: 'silent' },
    { name: 'no alarm action (OK actions only)', resource: fn, related: withAlarms(metricAlarm({ alarmActions: [] })), messageId: 'silent' },
    { name: 'account-wide alarm only', resource: fn, related: withAlarms(accountWide), messageId: 'accountWideOnly' },
    { name: 'silent account-wide alarm only', resource: fn, related: withAlarms(metricAlarm({ dimensions: [], actionsEnabled: false })), messageId: 'silent' },
  ],
  unknown: [
    { name: 'alarms could not be listed', resource: fn, gaps: [ALARM_GAP] },
    { name: 'alarms could not be listed, though a silent one is known', resource: fn, related: withAlarms(metricAlarm({ actionsEnabled: false })), gaps: [ALARM_GAP] },
    { name: 'alarm dimensions unreadable', resource: fn, related: withAlarms(metricAlarm({ unresolved: { dimensions: '!Ref FunctionName' } })) },
    { name: 'function name from a parameter', resource: lambdaFunction({ unresolved: { name: '!Ref FunctionName' } }), related: withAlarms(metricAlarm()) },
  ],
  iac: { cloudformation: cfnLambdaMetricAlarmCases('Errors'), terraform: tfLambdaMetricAlarmCases('Errors') },
})
