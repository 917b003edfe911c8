import check from './kms-key-rotation-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { kmsKey } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'customer managed key with rotation', resource: kmsKey() },
    { name: 'key state unknown to the source but rotation on', resource: kmsKey({ keyState: undefined }) },
  ],
  invalid: [
    { name: 'rotation off', resource: kmsKey({ rotationEnabled: false }), messageId: 'disabled', at: 'rotationEnabled' },
    { name: 'rotation off, key spec not reported (IaC default)', resource: kmsKey({ rotationEnabled: false, keySpec: undefined }), messageId: 'disabled' },
  ],
  unknown: [
    { name: 'rotation status unreadable', resource: kmsKey({ rotationEnabled: false, unresolved: { rotationEnabled: 'AccessDenied' } }) },
    { name: 'rotation from a template parameter', resource: kmsKey({ unresolved: { rotationEnabled: '!Ref Rotate' } }) },
    { name: 'keys could not be listed', resource: kmsKey(), gaps: [{ resourceType: 'kms.key', region: 'us-east-1', code: 'AccessDenied', message: 'kms:ListKeys denied' }] },
  ],
  skip: [
    { name: 'AWS managed key', resource: kmsKey({ manager: 'AWS', rotationEnabled: null }) },
    { name: 'asymmetric key', resource: kmsKey({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: null }) },
    { name: 'HMAC key', resource: kmsKey({ keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC', rotationEnabled: null }) },
    { name: 'imported key material', resource: kmsKey({ rotationEnabled: null }) },
    { name: 'pending deletion', resource: kmsKey({ keyState: 'PendingDeletion', rotationEnabled: false }) },
    { name: 'disabled', resource: kmsKey({ keyState: 'Disabled', rotationEnabled: false }) },
  ],
  iac: {
    cloudformation: {
      good: ['Key:\n  Type: AWS::KMS::Key\n  Properties: { EnableKeyRotation: true }\n', 'Key:\n  Type: AWS::KMS::Key\n  Properties: { KeySpec: RSA_2048, KeyUsage: SIGN_VERIFY }\n'],
      bad: ['Key:\n  Type: AWS::KMS::Key\n  Properties: { Description: rotation defaults to off }\n', 'Key:\n  Type: AWS::KMS::Key\n  Properties: { EnableKeyRotation: \'false\' }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}
`,
        `
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
`,
      ],
      bad: [
        `
resource "aws_kms_key" "data" {
  description = "rotation defaults to off"
}
`,
        `
variable "rotate" {
  type    = bool
  default = false
}
resource "aws_kms_key" "data" {
  enable_key_rotation = var.rotate
}
`,
      ],
    },
  },
})
