import check from './lambda-throttles-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { cfnLambdaMetricAlarmCases, singleLambdaMetricAlarmCases, tfLambdaMetricAlarmCases } from '../../../test/builders/lambda-alarms.js'

testCheck(check, {
  ...singleLambdaMetricAlarmCases('Throttles'),
  iac: { cloudformation: cfnLambdaMetricAlarmCases('Throttles'), terraform: tfLambdaMetricAlarmCases('Throttles') },
})
