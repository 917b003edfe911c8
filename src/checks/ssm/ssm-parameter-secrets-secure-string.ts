import { defineCheck } from '../../core/check.js'
import { isEntropyExemptName, isSecretLookingName, nameWords } from '../../analysis/secrets/names.js'

/**
 * Why a parameter name suggests a secret, or undefined. The last path segment is what names the
 * value (`/payments/stripe/api-key`); a parent folder whose whole name is a secret word
 * (`/orders/secrets/stripe`, `/ci/credentials/npm`) marks its contents too, unless the leaf says
 * it only describes a secret (`/orders/secrets/rotation-days`).
 */
function secretHint(name: string): string | undefined {
  const segments = name.split('/').filter(Boolean)
  const leaf = segments.at(-1) ?? name
  if (isSecretLookingName(leaf)) return `its name ${leaf}`
  if (isEntropyExemptName(leaf)) return undefined
  const folder = segments.slice(0, -1).find((s) => nameWords(s).length === 1 && isSecretLookingName(s))
  return folder ? `it sits under ${folder}/` : undefined
}

export default defineCheck({
  meta: {
    id: 'ssm-parameter-secrets-secure-string',
    resourceType: 'ssm.parameter',
    title: 'Parameter Store parameters that hold secrets are SecureString',
    severity: 'high',
    categories: ['secrets', 'encryption'],
    description:
      'Judges each Parameter Store parameter by its name only — values are never read — with the same secret-name rules as the environment-variable checks (src/analysis/secrets/names.ts, data/secret-patterns.json): a name whose last path segment announces a secret (password, token, api-key, private-key, connection-string …), or a parameter filed under a folder named for secrets (/secrets/, /credentials/), must be a SecureString. Names that only point to or describe a secret (…-arn, …-name, …-ttl) do not count. Parameters whose name suggests nothing are skipped.',
    risk: 'A String or StringList parameter is stored unencrypted and returned in clear text to anyone allowed ssm:GetParameter(s), GetParametersByPath or DescribeParameters history views — read-only roles, auditors and tools that copy configuration included — and it shows in the console. A SecureString is encrypted with KMS, so reading it also needs kms:Decrypt on its key and every read is logged.',
    remediation: {
      text: 'Parameter Store cannot change a parameter\'s type: delete the parameter and create it again, same name, as a SecureString (ideally with a customer managed KMS key), then rotate the credential, since its clear-text value may have been read. In CloudFormation, which cannot create SecureString parameters, keep the secret in Secrets Manager or reference a SecureString created outside the stack.',
      cli: 'aws ssm delete-parameter --name <name>\naws ssm put-parameter --name <name> --type SecureString --key-id alias/<your-key> --value "$NEW_VALUE"   # a rotated value, from a file or prompt, never typed into shell history',
      cloudformation:
        '# AWS::SSM::Parameter cannot be a SecureString: store the secret in Secrets Manager instead\nType: AWS::SecretsManager::Secret\nProperties:\n  Name: /orders/db/password\n  KmsKeyId: !Ref SecretsKey\n  GenerateSecretString:\n    PasswordLength: 32\n    ExcludePunctuation: true',
      terraform: 'resource "aws_ssm_parameter" "db_password" {\n  name   = "/orders/db/password"\n  type   = "SecureString"\n  key_id = aws_kms_key.params.arn\n  value  = var.db_password # sensitive variable, never a literal\n}',
    },
    messages: {
      secure: 'Parameter {{name}} looks like a secret ({{why}}) and is a SecureString.',
      plain: 'Parameter {{name}} looks like a secret ({{why}}) but is a {{type}}: its value is stored and returned unencrypted.',
    },
  },
  evaluate(param, { pass, fail, skip }) {
    const why = secretHint(param.name)
    if (!why) return skip('the parameter name does not suggest a secret')
    const data = { name: param.name, why }
    return param.type === 'SecureString' ? pass('secure', data) : fail('plain', { data: { ...data, type: param.type }, at: 'type' })
  },
})
