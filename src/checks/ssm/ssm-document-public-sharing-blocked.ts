import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ssm-document-public-sharing-blocked',
    resourceType: 'ssm.document-sharing-setting',
    title: 'Public sharing of Systems Manager documents is blocked in the region',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Reads the regional service setting /ssm/documents/console/public-sharing-permission: `Disable` blocks anyone in the account from sharing a document with everyone and passes; `Enable`, which AWS sets until someone changes it, fails. The setting is per region and is read in every scanned region, including those without documents. It does not withdraw documents already shared publicly: ssm-document-not-public finds those.',
    risk: 'While public sharing is allowed, one console click or API call publishes a document — with its scripts, host names, bucket names and whatever else is written into it — to every AWS account, and nothing stops it happening again after a cleanup.',
    remediation: {
      text: 'Turn on the block for public sharing in every region you use (run the command once per region), after withdrawing any document that really must stay public.',
      cli: 'aws ssm update-service-setting --region <region> --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
      terraform: 'data "aws_region" "current" {}\ndata "aws_caller_identity" "current" {}\n\nresource "aws_ssm_service_setting" "block_public_document_sharing" {\n  setting_id    = "arn:aws:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:servicesetting/ssm/documents/console/public-sharing-permission"\n  setting_value = "Disable"\n}',
    },
    messages: {
      blocked: 'Public sharing of SSM documents is blocked in {{region}}.',
      allowed: 'SSM documents can be shared publicly in {{region}} (public-sharing-permission is {{value}}).',
    },
  },
  evaluate(setting, { pass, fail }) {
    return setting.publicSharing === 'Disable'
      ? pass('blocked', { region: setting.region })
      : fail('allowed', { data: { region: setting.region, value: setting.publicSharing }, at: 'publicSharing' })
  },
})
