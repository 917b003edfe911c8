import check from './ssm-automation-cloudwatch-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, ssmAutomationLogSetting } from '../../../test/factories/index.js'

const setting = (id: string, value: string) => `resource "aws_ssm_service_setting" "logging" {\n  setting_id    = ${id}\n  setting_value = "${value}"\n}\n`
const arnFromData = '"arn:aws:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:servicesetting/ssm/automation/customer-script-log-destination"'
const data = 'data "aws_region" "current" {}\ndata "aws_caller_identity" "current" {}\n'

testCheck(check, {
  valid: [{ name: 'script output to CloudWatch', resource: ssmAutomationLogSetting() }],
  invalid: [
    { name: 'no log destination (the default)', resource: ssmAutomationLogSetting({ destination: 'None' }), messageId: 'disabled', at: 'destination' },
  ],
  unknown: [
    { name: 'GetServiceSetting denied', resource: ssmAutomationLogSetting(), gaps: [{ resourceType: 'ssm.automation-log-setting', region: REGION, code: 'AccessDenied', message: 'ssm:GetServiceSetting was denied' }] },
    { name: 'value from a variable', resource: ssmAutomationLogSetting({ destination: 'None', unresolved: { destination: 'var.destination' } }) },
  ],
  iac: {
    terraform: {
      good: [data + setting(arnFromData, 'CloudWatch'), setting('"/ssm/automation/customer-script-log-destination"', 'CloudWatch')],
      bad: [data + setting(arnFromData, 'None')],
    },
  },
})
