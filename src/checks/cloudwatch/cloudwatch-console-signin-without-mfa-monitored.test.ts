import check from './cloudwatch-console-signin-without-mfa-monitored.js'
import { testCheck } from '../../../test/check-tester.js'
import { cisMonitoringCases } from '../../../test/cis-monitoring-cases.js'

testCheck(check, cisMonitoringCases(check))
