import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'kms-key-rotation-enabled',
    resourceType: 'kms.key',
    title: 'Customer managed KMS key rotates its key material automatically',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that automatic key rotation is enabled on enabled customer managed symmetric encryption keys (key spec SYMMETRIC_DEFAULT). AWS managed keys rotate on their own; asymmetric, HMAC, imported-material and custom key store keys cannot rotate automatically and are skipped, as are disabled keys and keys pending deletion.',
    risk: 'Without rotation the same key material protects every piece of data the key ever encrypted, for as long as the key lives: more data is exposed if that material is ever compromised, and many standards (CIS AWS Foundations, PCI DSS) require periodic rotation. Rotation keeps old material for decryption, so enabling it does not break existing data.',
    remediation: {
      text: 'Enable automatic rotation on the key (yearly by default; a period between 90 and 2560 days can be chosen). Existing ciphertexts stay decryptable.',
      cli: 'aws kms enable-key-rotation --key-id <key-id>',
      cloudformation: 'Type: AWS::KMS::Key\nProperties:\n  KeySpec: SYMMETRIC_DEFAULT\n  EnableKeyRotation: true\n  RotationPeriodInDays: 365',
      terraform: 'resource "aws_kms_key" "this" {\n  description             = "application data"\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
    },
    messages: {
      enabled: 'Automatic rotation is enabled for KMS key {{name}}.',
      disabled: 'Automatic rotation is disabled for customer managed KMS key {{name}}.',
    },
  },
  evaluate(key, { pass, fail, skip }) {
    if (key.manager === 'AWS') return skip('AWS managed keys are rotated by AWS every year')
    if (key.keyState && key.keyState !== 'Enabled') return skip(`the key is ${key.keyState}, rotation does not apply until it is enabled again`)
    if (key.keySpec && key.keySpec !== 'SYMMETRIC_DEFAULT') return skip(`automatic rotation is not supported for ${key.keySpec} keys`)
    // Null means rotation does not apply: imported key material or a custom key store.
    if (key.rotationEnabled === null) return skip('automatic rotation is not supported for this key (imported material or custom key store)')
    return key.rotationEnabled ? pass('enabled', { name: key.name }) : fail('disabled', { data: { name: key.name }, at: 'rotationEnabled' })
  },
})
