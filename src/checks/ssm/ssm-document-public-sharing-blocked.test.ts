import check from './ssm-document-public-sharing-blocked.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, ssmDocumentSharingSetting } from '../../../test/factories/index.js'

const setting = (id: string, value: string) => `resource "aws_ssm_service_setting" "sharing" {\n  setting_id    = ${id}\n  setting_value = "${value}"\n}\n`
const arnFromData = '"arn:aws:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:servicesetting/ssm/documents/console/public-sharing-permission"'
const data = 'data "aws_region" "current" {}\ndata "aws_caller_identity" "current" {}\n'

testCheck(check, {
  valid: [{ name: 'public sharing blocked', resource: ssmDocumentSharingSetting() }],
  invalid: [{ name: 'public sharing allowed (the default)', resource: ssmDocumentSharingSetting({ publicSharing: 'Enable' }), messageId: 'allowed', at: 'publicSharing' }],
  unknown: [
    { name: 'GetServiceSetting denied', resource: ssmDocumentSharingSetting(), gaps: [{ resourceType: 'ssm.document-sharing-setting', region: REGION, code: 'AccessDenied', message: 'ssm:GetServiceSetting was denied' }] },
    { name: 'value from a variable', resource: ssmDocumentSharingSetting({ publicSharing: 'Enable', unresolved: { publicSharing: 'var.sharing' } }) },
  ],
  iac: {
    terraform: {
      good: [data + setting(arnFromData, 'Disable'), setting('"/ssm/documents/console/public-sharing-permission"', 'Disable')],
      bad: [data + setting(arnFromData, 'Enable'), setting('"arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/documents/console/public-sharing-permission"', 'Enable')],
    },
  },
})
