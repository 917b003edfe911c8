import check from './cloudwatch-cmk-disable-or-deletion-monitored.js'
import { testCheck } from '../../../test/check-tester.js'
import { cisMonitoringCases } from '../../../test/cis-monitoring-cases.js'

testCheck(check, cisMonitoringCases(check))
