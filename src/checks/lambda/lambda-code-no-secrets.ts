import { defineCheck } from '../../core/check.js'
import { CODE_NOT_ENABLED, leftOutFor, secretKind } from '../../analysis/code/archives.js'

export default defineCheck({
  meta: {
    id: 'lambda-code-no-secrets',
    resourceType: 'lambda.function',
    title: 'Lambda deployment package holds no hard-coded secrets',
    severity: 'high',
    categories: ['secrets'],
    description:
      'With --inspect-code, the function\'s deployment package is downloaded and every file of the owner\'s code and configuration (not dependency directories such as node_modules or installed Python packages, not binaries) is searched for secrets with the same patterns as environment variables: cloud and SaaS token formats, private keys, passwords in connection strings, and literal values assigned to names like password or api_key. Findings name the file, line and kind of secret, never the value. Without --inspect-code the check is skipped; container-image functions are skipped because their code is in ECR.',
    risk:
      'Everyone who may call lambda:GetFunction can download the package, and the same file usually sits in the source repository, CI artifacts and S3 deployment buckets. A secret in code cannot be rotated without a redeployment, so it tends to stay valid for years.',
    remediation: {
      text: 'Move the secret to AWS Secrets Manager or an SSM SecureString parameter, let the execution role read only that secret, and read it at run time (the AWS Parameters and Secrets Lambda Extension caches it). Deploy the package without the secret, then rotate the secret: the old value has been readable by everyone with access to the package or the repository history.',
      cli: 'aws secretsmanager create-secret --name <name>/api-key --secret-string <value>\n# remove the value from the code, rebuild, then:\naws lambda update-function-code --function-name <name> --zip-file fileb://function.zip\naws lambda update-function-configuration --function-name <name> --environment "Variables={API_KEY_SECRET_ARN=<secret-arn>}"',
      cloudformation:
        'ApiKey:\n  Type: AWS::SecretsManager::Secret\n  Properties:\n    GenerateSecretString: { PasswordLength: 40, ExcludePunctuation: true }\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    Environment:\n      Variables:\n        API_KEY_SECRET_ARN: !Ref ApiKey  # the code reads the value with secretsmanager:GetSecretValue',
      terraform:
        'resource "aws_secretsmanager_secret" "api_key" {\n  name = "orders/api-key"\n}\n\nresource "aws_lambda_function" "this" {\n  # ... package built without the secret\n  environment {\n    variables = {\n      API_KEY_SECRET_ARN = aws_secretsmanager_secret.api_key.arn\n    }\n  }\n}',
    },
    messages: {
      clean: 'No hard-coded secret found in the {{files}} file(s) analyzed in the deployment package of {{name}}.',
      secret: 'The deployment package of {{name}} holds a hard-coded secret ({{kind}}) at {{path}}:{{line}}.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    const code = fn.code
    if (!code) return skip(CODE_NOT_ENABLED)
    if (!code.inspected) return skip(code.reason ?? 'the deployment package was not inspected')
    if (code.secrets.length)
      return code.secrets.map((s) => fail('secret', { data: { name: fn.name, kind: secretKind(s.patternId), path: s.path, line: s.line }, at: 'code.secrets', subject: `${s.path}:${s.line}` }))
    const left = leftOutFor(code, 'secrets')
    if (left) return unknown(`no secret found, but not every file could be analyzed: ${left.detail}`, { at: 'code.truncated' })
    return pass('clean', { name: fn.name, files: code.filesScanned })
  },
})
