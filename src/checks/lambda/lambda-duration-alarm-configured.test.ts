import check from './lambda-duration-alarm-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { cfnLambdaMetricAlarmCases, singleLambdaMetricAlarmCases, tfLambdaMetricAlarmCases } from '../../../test/builders/lambda-alarms.js'

testCheck(check, {
  ...singleLambdaMetricAlarmCases('Duration'),
  iac: { cloudformation: cfnLambdaMetricAlarmCases('Duration'), terraform: tfLambdaMetricAlarmCases('Duration') },
})
