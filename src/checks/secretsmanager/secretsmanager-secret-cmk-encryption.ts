import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-cmk-encryption',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret is encrypted with a customer managed key',
    severity: 'low',
    categories: ['encryption', 'secrets'],
    description: 'Informational: checks that the secret is encrypted with a customer managed KMS key rather than the AWS managed key aws/secretsmanager (which is used when no key is set). A customer managed key adds a key policy as a second gate on who can decrypt, and is required to share the secret with another account.',
    risk: 'With the AWS managed key, anyone the IAM policies allow to call GetSecretValue can decrypt: there is no independent key policy, and the key cannot be disabled to cut access in an emergency.',
    remediation: {
      text: 'Create a customer managed key with a policy limited to the roles that read the secret, and set it on the secret (new versions are encrypted with it; rotate the secret so the current value is too).',
      cli: 'aws secretsmanager update-secret --secret-id <secret> --kms-key-id <key-arn>\naws secretsmanager rotate-secret --secret-id <secret>',
      cloudformation: 'Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties:\n    Name: orders/db\n    KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n    GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true }',
      terraform: 'resource "aws_secretsmanager_secret" "db" {\n  name       = "orders/db"\n  kms_key_id = aws_kms_key.secrets.arn\n}',
    },
    messages: {
      cmk: 'Secret {{name}} is encrypted with customer managed key {{key}}.',
      'aws-managed': 'Secret {{name}} is encrypted with the AWS managed key aws/secretsmanager.',
    },
  },
  evaluate(s, { pass, fail }) {
    const key = s.kmsKeyId
    if (!key || /alias\/aws\/secretsmanager$/.test(key)) return fail('aws-managed', { data: { name: s.name }, at: 'kmsKeyId' })
    return pass('cmk', { name: s.name, key: key.split('/').pop() ?? key })
  },
})
