import { defineCheck } from '../../core/check.js'

/** An alias of an AWS managed key: alias/aws/<service> (aws/lambda for environment variables). */
const AWS_MANAGED_ALIAS = /^arn:aws[a-z-]*:kms:[^:]*:[^:]*:alias\/aws\//

export default defineCheck({
  meta: {
    id: 'lambda-env-encrypted-with-cmk',
    resourceType: 'lambda.function',
    title: 'Lambda environment variables are encrypted with a customer managed KMS key',
    severity: 'low',
    categories: ['encryption'],
    description:
      'For functions that have environment variables, checks that a customer managed KMS key is configured (KmsKeyArn). Without one Lambda uses the AWS managed key aws/lambda. A key ARN that points to an AWS managed key (an alias/aws/… alias, or a key the inventory knows is AWS managed) fails too. Functions without environment variables are skipped.',
    risk:
      'The AWS managed key aws/lambda can be used by every principal in the account that may read or update Lambda functions; its key policy cannot be changed, so you cannot restrict who decrypts the variables, audit decryption separately, or disable the key in an incident. A customer managed key gives you a key policy, separate CloudTrail events for kms:Decrypt and the option to revoke access.',
    remediation: {
      text: 'Create a symmetric customer managed KMS key whose key policy lets the function\'s execution role (and your deployment role) use it, and set it as the function\'s KMS key. Better still, keep secrets out of environment variables altogether (see lambda-env-no-plaintext-secrets).',
      cli: 'aws lambda update-function-configuration --function-name <name> --kms-key-arn arn:aws:kms:<region>:<account>:key/<key-id>',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  KmsKeyArn: !GetAtt LambdaEnvKey.Arn  # AWS::KMS::Key with EnableKeyRotation: true',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  kms_key_arn = aws_kms_key.lambda_env.arn\n}',
    },
    messages: {
      cmk: 'The environment variables of {{name}} are encrypted with the customer managed key {{key}}.',
      'aws-managed': 'The environment variables of {{name}} are encrypted with the AWS managed key aws/lambda; no customer managed key is configured.',
      'aws-managed-key-arn': 'The environment variables of {{name}} are encrypted with {{key}}, which is an AWS managed key.',
    },
  },
  evaluate(fn, { pass, fail, skip, inventory }) {
    if (Object.keys(fn.environment).length === 0) return skip('the function has no environment variables')
    const key = fn.kmsKeyArn
    if (!key) return fail('aws-managed', { data: { name: fn.name }, at: 'kmsKeyArn' })
    if (AWS_MANAGED_ALIAS.test(key)) return fail('aws-managed-key-arn', { data: { name: fn.name, key }, at: 'kmsKeyArn' })
    // Look the key up only when KMS keys of the function's region (Lambda only accepts a key from
    // its own region) were listed without trouble: a KMS listing problem must not make this
    // check unknown when the configured key ARN already answers the question.
    if (inventory.gapsFor('kms.key', fn.region).length === 0 && inventory.list('kms.key', { region: fn.region }).length > 0) {
      const known = inventory.get('kms.key', key)
      if (known?.manager === 'AWS') return fail('aws-managed-key-arn', { data: { name: fn.name, key }, at: 'kmsKeyArn' })
    }
    return pass('cmk', { name: fn.name, key })
  },
})
