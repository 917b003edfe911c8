import check from './cloudwatch-nacl-changes-monitored.js'
import { testCheck } from '../../../test/check-tester.js'
import { cisMonitoringCases } from '../../../test/cis-monitoring-cases.js'

testCheck(check, cisMonitoringCases(check))
