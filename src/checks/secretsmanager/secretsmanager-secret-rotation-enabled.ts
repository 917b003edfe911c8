import { defineCheck } from '../../core/check.js'
import { maxRotationIntervalDays } from '../../analysis/rotation-schedule.js'

/** The `maximumAllowedRotationFrequency` option: a positive number of days; 0 (or anything else) = no limit. */
function maxIntervalOption(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined
}

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-rotation-enabled',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret is rotated automatically',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    description:
      'Fails a secret that Secrets Manager does not rotate on a schedule (RotationEnabled false; in a template: no RotationSchedule or aws_secretsmanager_secret_rotation names it). With the `maximumAllowedRotationFrequency` option (days; 0, the default, sets no limit, as AWS Config has none unless the parameter is given) a schedule whose longest gap between rotations exceeds that many days fails too; a cron schedule that cannot be bounded is then unknown. Whether the configured rotations actually succeed is decided by secretsmanager-secret-rotation-succeeding. Only metadata is read: never a secret value.',
    risk: 'A credential that never changes stays valid for as long as anyone who ever saw it — a former employee, a leaked log, a copied .env file — keeps it.',
    remediation: {
      text: 'Turn on rotation with a rotation function (for RDS, Redshift and DocumentDB the managed rotation templates, or let the service manage the secret) and pick an interval that fits your policy (30 to 90 days).',
      cli: 'aws secretsmanager rotate-secret --secret-id <secret-arn> --rotation-lambda-arn <rotation-function-arn> --rotation-rules \'{"ScheduleExpression":"rate(30 days)"}\'',
      cloudformation: 'Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref Secret\n  RotationLambdaARN: !GetAtt RotationFunction.Arn\n  RotationRules:\n    ScheduleExpression: rate(30 days)',
      terraform: 'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotation.arn\n  rotation_rules {\n    schedule_expression = "rate(30 days)"\n  }\n}',
    },
    messages: {
      enabled: 'Secret {{name}} is rotated automatically.',
      withinLimit: 'Secret {{name}} is rotated automatically, at least every {{interval}} days (limit {{limit}}).',
      disabled: 'Secret {{name}} is not rotated automatically.',
      tooInfrequent: 'Secret {{name}} rotates only every {{interval}} days, more than the allowed {{limit}}.',
    },
    options: { maximumAllowedRotationFrequency: 0 },
  },
  evaluate(secret, { pass, fail, unknown, options }) {
    if (!secret.rotationEnabled) return fail('disabled', { data: { name: secret.name }, at: 'rotationEnabled' })
    const limit = maxIntervalOption(options['maximumAllowedRotationFrequency'])
    if (limit === undefined) return pass('enabled', { name: secret.name })
    const interval = maxRotationIntervalDays(secret.rotationRules)
    if (interval === undefined) return unknown(`the rotation schedule ${JSON.stringify(secret.rotationRules ?? {})} cannot be bounded, so it cannot be compared with ${limit} days`, { at: 'rotationRules' })
    const data = { name: secret.name, interval, limit }
    return interval > limit ? fail('tooInfrequent', { data, at: 'rotationRules' }) : pass('withinLimit', data)
  },
})
