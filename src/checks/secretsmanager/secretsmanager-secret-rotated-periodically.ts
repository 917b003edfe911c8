import { defineCheck } from '../../core/check.js'
import { numberOption } from '../../analysis/identity/dates.js'
import { secretValueAge } from '../../analysis/secret-rotation-age.js'

const DEFAULT_MAX_DAYS = 90

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-rotated-periodically',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret was rotated within the allowed number of days',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    description:
      'Fails a secret whose last rotation (LastRotatedDate; for a secret never rotated, its creation date) lies more than `maxDaysSinceRotation` days back (default 90, the Security Hub default). Unlike secretsmanager-secret-rotation-enabled it does not care how rotation happens: a secret rotated by hand within the period passes, one with a rotation schedule that never ran fails. A secret younger than the period passes. Live only: rotation dates exist only in the account.',
    risk: 'The longer one credential value stays in use, the more copies of it exist — in logs, debugging sessions, laptops, former colleagues\' notes — and the longer a leaked copy keeps working.',
    remediation: {
      text: 'Rotate the secret now and turn on automatic rotation with an interval shorter than the allowed period, so that it never ages past it again.',
      cli: 'aws secretsmanager rotate-secret --secret-id <secret-arn> --rotation-lambda-arn <rotation-function-arn> --rotation-rules \'{"AutomaticallyAfterDays":30}\' --rotate-immediately',
      cloudformation: 'Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref Secret\n  RotationLambdaARN: !GetAtt RotationFunction.Arn\n  RotateImmediatelyOnUpdate: true\n  RotationRules:\n    AutomaticallyAfterDays: 30',
      terraform: 'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotation.arn\n  rotate_immediately  = true\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
    },
    messages: {
      rotated: 'Secret {{name}} was last rotated {{days}} days ago (limit {{limit}}).',
      young: 'Secret {{name}} has not been rotated yet but was created only {{days}} days ago (limit {{limit}}).',
      stale: 'Secret {{name}} was last rotated {{days}} days ago, more than the allowed {{limit}}.',
      neverRotated: 'Secret {{name}} has never been rotated since it was created {{days}} days ago (limit {{limit}}).',
    },
    options: { maxDaysSinceRotation: DEFAULT_MAX_DAYS },
    liveOnly: true,
  },
  evaluate(secret, { pass, fail, unknown, now, options }) {
    const limit = numberOption(options, 'maxDaysSinceRotation', DEFAULT_MAX_DAYS)
    const age = secretValueAge(secret, now)
    if (age === undefined) return unknown('the secret has no rotation date and its creation date is not known', { at: 'lastRotatedDate' })
    const data = { name: secret.name, days: age.days, limit }
    if (age.days > limit) return fail(age.rotated ? 'stale' : 'neverRotated', { data, at: 'lastRotatedDate' })
    return pass(age.rotated ? 'rotated' : 'young', data)
  },
})
