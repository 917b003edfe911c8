import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ssm-automation-cloudwatch-logging-enabled',
    resourceType: 'ssm.automation-log-setting',
    title: 'SSM Automation sends script output to CloudWatch Logs in the region',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Reads the regional service setting /ssm/automation/customer-script-log-destination: `CloudWatch` passes, any other value (AWS leaves it unset until someone turns logging on) fails. With it, the output and errors of every aws:executeScript step of Automation runbooks go to a CloudWatch Logs log group. The setting is per region and is read in every scanned region.',
    risk: 'Automation runbooks run scripts with powerful roles across many resources. Without their output in CloudWatch Logs there is no lasting record of what a script printed, changed or failed on, which leaves incident responders and auditors with only the execution status.',
    remediation: {
      text: 'Set the log destination to CloudWatch in each region you use; optionally name the log group (the setting /ssm/automation/customer-script-log-group-name, default /aws/ssm/automation/executeScript) and give it a retention period and encryption.',
      cli: 'aws ssm update-service-setting --region <region> --setting-id /ssm/automation/customer-script-log-destination --setting-value CloudWatch',
      terraform: 'data "aws_region" "current" {}\ndata "aws_caller_identity" "current" {}\n\nresource "aws_ssm_service_setting" "automation_logging" {\n  setting_id    = "arn:aws:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:servicesetting/ssm/automation/customer-script-log-destination"\n  setting_value = "CloudWatch"\n}',
    },
    messages: {
      enabled: 'SSM Automation script output goes to CloudWatch Logs in {{region}}.',
      disabled: 'SSM Automation script output is not sent to CloudWatch Logs in {{region}} (log destination: {{destination}}).',
    },
  },
  evaluate(setting, { pass, fail }) {
    return setting.destination === 'CloudWatch'
      ? pass('enabled', { region: setting.region })
      : fail('disabled', { data: { region: setting.region, destination: setting.destination }, at: 'destination' })
  },
})
