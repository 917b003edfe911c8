import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-ebs-default-encryption-enabled',
    resourceType: 'ec2.ebs-default-encryption',
    title: 'EBS encryption by default is on in the region',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Passes when EBS encryption by default is enabled for the account in the region: every new volume, and every volume created from an unencrypted snapshot, is then encrypted with the default KMS key (aws/ebs unless another is set). The setting is per region and does not touch existing volumes.',
    risk: 'Without the default, every template, script and console launch must remember to ask for encryption; one that does not leaves a disk — and every snapshot taken of it — in plain text, readable by anyone the snapshot is ever shared with.',
    remediation: {
      text: 'Enable EBS encryption by default in every region you use (optionally with a customer managed default key). Instance types that do not support encrypted volumes are long retired.',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
      terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
    },
    messages: {
      enabled: 'EBS encryption by default is on in {{region}}.',
      disabled: 'EBS encryption by default is off in {{region}}: new volumes are unencrypted unless each launch asks.',
    },
  },
  evaluate(setting, { pass, fail }) {
    return setting.enabled ? pass('enabled', { region: setting.region }) : fail('disabled', { data: { region: setting.region }, at: 'enabled' })
  },
})
