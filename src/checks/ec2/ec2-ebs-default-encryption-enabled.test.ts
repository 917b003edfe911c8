import check from './ec2-ebs-default-encryption-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsDefaultEncryption } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'enabled', resource: ebsDefaultEncryption() }],
  invalid: [{ name: 'disabled', resource: ebsDefaultEncryption({ enabled: false }), messageId: 'disabled', at: 'enabled' }],
  unknown: [
    { name: 'setting not readable', resource: ebsDefaultEncryption(), gaps: [{ resourceType: 'ec2.ebs-default-encryption', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:GetEbsEncryptionByDefault denied' }] },
    { name: 'from a variable', resource: ebsDefaultEncryption({ enabled: false, unresolved: { enabled: 'var.encrypt' } }) },
  ],
  iac: {
    terraform: {
      good: ['resource "aws_ebs_encryption_by_default" "this" {}\n'],
      bad: ['resource "aws_ebs_encryption_by_default" "this" {\n  enabled = false\n}\n'],
    },
  },
})
