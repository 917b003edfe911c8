import { defineCheck, type Verdict } from '../../core/check.js'
import { detectEnvSecret } from '../../analysis/secrets/detect-env.js'
import { isSecretLookingName } from '../../analysis/secrets/names.js'

export default defineCheck({
  meta: {
    id: 'lambda-env-no-plaintext-secrets',
    resourceType: 'lambda.function',
    title: 'Lambda environment variables hold no plaintext secrets',
    severity: 'high',
    categories: ['secrets'],
    description:
      'Looks at every environment variable of the function for secrets stored as plain values: known token formats (AWS access keys, GitHub, GitLab, npm, Slack, Stripe, Google, SendGrid, Twilio), private keys, JWTs, passwords inside connection strings, literal values in variables named like secrets (DB_PASSWORD, API_TOKEN), and long random-looking tokens. References are fine: ARNs, CloudFormation dynamic references ({{resolve:secretsmanager:…}}), SSM parameter names and placeholders are not reported. A secret-named variable whose value could not be resolved is reported as unknown. Messages name the variable and the kind of secret, never the value.',
    risk:
      'Environment variables are returned in full by lambda:GetFunction and GetFunctionConfiguration, so anyone with read access to Lambda (developers, CI roles, third-party monitoring tools, a leaked read-only key) can read the secret. They also end up in CloudFormation templates, Terraform state, deployment logs and snapshots, and a value stored this way is rarely rotated.',
    remediation: {
      text: 'Store the secret in AWS Secrets Manager or as an SSM SecureString parameter, give the execution role permission to read that one secret, put only its name or ARN into the environment, and read the value at run time (the AWS Parameters and Secrets Lambda Extension caches it). Then rotate the exposed secret: it has already been visible to everyone who could read the function configuration.',
      cli: 'aws secretsmanager create-secret --name <name>/db-password --secret-string <value>\naws lambda update-function-configuration --function-name <name> --environment "Variables={DB_PASSWORD_SECRET_ARN=<secret-arn>}"',
      cloudformation:
        'DbPassword:\n  Type: AWS::SecretsManager::Secret\n  Properties:\n    GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true }\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    Environment:\n      Variables:\n        DB_PASSWORD_SECRET_ARN: !Ref DbPassword  # read it at run time with secretsmanager:GetSecretValue',
      terraform:
        'resource "aws_secretsmanager_secret" "db_password" {\n  name = "orders/db-password"\n}\n\nresource "aws_lambda_function" "this" {\n  # ...\n  environment {\n    variables = {\n      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db_password.arn\n    }\n  }\n}',
    },
    messages: {
      clean: 'No plaintext secret found in the {{count}} environment variable(s) of {{name}}.',
      secret: 'Environment variable {{variable}} of {{name}} holds a plaintext secret ({{kind}}).',
      'masked-secret': 'Environment variable {{variable}} of {{name}} held a plaintext secret when the snapshot was collected ({{kind}}; the value was masked).',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    // `unresolved` is read first and the unresolved values are never touched: reading one would
    // turn every verdict of this function into unknown, hiding real findings in other variables.
    const unresolved = fn.unresolved ?? {}
    const names = Object.keys(fn.environment)
    if (names.length === 0) return skip('the function has no environment variables')
    const verdicts: Verdict[] = []
    for (const variable of names) {
      const at = `environment.${variable}`
      if (Object.hasOwn(unresolved, at)) {
        if (isSecretLookingName(variable)) verdicts.push(unknown(`the value of ${variable} could not be resolved (${unresolved[at]}); a secret-looking variable might hold a plaintext secret`, { at }))
        continue
      }
      const value = fn.environment[variable]
      if (value === undefined) continue
      const found = detectEnvSecret(variable, value)
      if (!found) continue
      verdicts.push(fail(found.masked ? 'masked-secret' : 'secret', { data: { name: fn.name, variable, kind: found.label }, at }))
    }
    return verdicts.length > 0 ? verdicts : pass('clean', { name: fn.name, count: names.length })
  },
})
