import { defineCheck } from '../../core/check.js'
import { maxRotationIntervalDays } from '../../analysis/rotation-schedule.js'

const DAY_MS = 86_400_000
const DEFAULT_GRACE_DAYS = 2

function graceDaysOption(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_GRACE_DAYS
}

/** Whole days from an ISO timestamp to `now`; undefined when the timestamp is unreadable. */
function daysSince(iso: string | undefined, now: Date): number | undefined {
  const t = iso === undefined ? NaN : Date.parse(iso)
  return Number.isNaN(t) ? undefined : Math.floor((now.getTime() - t) / DAY_MS)
}

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-rotation-enabled',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret is rotated automatically, on schedule',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    description:
      'Fails a secret without automatic rotation, and a secret whose rotation is on but overdue: its last rotation (or, if it never rotated, its creation) lies further back than the longest gap its schedule allows plus `graceDays` (default 2). The schedule is AutomaticallyAfterDays or a rate()/cron() expression; Secrets Manager rotates inside a window on the due day, so two days of grace absorb the window without hiding a rotation that failed. An overdue rotation almost always means the rotation function fails (network path, permissions, a changed password policy). A cron schedule that cannot be bounded (month ranges, a year) leaves the overdue part unknown. Only metadata is read: never a secret value.',
    risk: 'A credential that never changes stays valid for as long as anyone who ever saw it — a former employee, a leaked log, a copied .env file — keeps it. A rotation that is configured but silently failing gives false comfort: the secret looks protected while the credential ages, and the next manual rotation may break its consumers.',
    remediation: {
      text: 'Turn on rotation with a rotation function (for RDS, Redshift and DocumentDB the managed rotation templates, or let the service manage the secret), pick an interval that fits your policy (30 to 90 days), and when rotation is overdue read the rotation function\'s logs and fix it, then rotate once by hand.',
      cli: 'aws secretsmanager rotate-secret --secret-id <secret-arn> --rotation-lambda-arn <rotation-function-arn> --rotation-rules \'{"ScheduleExpression":"rate(30 days)"}\'\n# overdue: inspect the rotation function\'s log group, fix it, then\naws secretsmanager rotate-secret --secret-id <secret-arn>',
      cloudformation: 'Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref Secret\n  RotationLambdaARN: !GetAtt RotationFunction.Arn\n  RotationRules:\n    ScheduleExpression: rate(30 days)',
      terraform: 'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotation.arn\n  rotation_rules {\n    schedule_expression = "rate(30 days)"\n  }\n}',
    },
    messages: {
      rotating: 'Secret {{name}} rotates at least every {{interval}} days; it was last rotated {{days}} days ago.',
      firstRotationPending: 'Secret {{name}} rotates at least every {{interval}} days; created {{days}} days ago, its first rotation is not due yet.',
      disabled: 'Secret {{name}} is not rotated automatically.',
      overdue: 'Secret {{name}} should rotate at least every {{interval}} days but was last rotated {{days}} days ago: its rotation is failing or stuck.',
      scheduled: 'Secret {{name}} is declared to rotate at least every {{interval}} days.',
      neverRotated: 'Secret {{name}} should rotate at least every {{interval}} days but has not been rotated since it was created {{days}} days ago.',
    },
    options: { graceDays: DEFAULT_GRACE_DAYS },
  },
  evaluate(secret, { pass, fail, unknown, now, options }) {
    if (!secret.rotationEnabled) return fail('disabled', { data: { name: secret.name }, at: 'rotationEnabled' })
    const interval = maxRotationIntervalDays(secret.rotationRules)
    if (interval === undefined) return unknown(`the rotation schedule ${JSON.stringify(secret.rotationRules ?? {})} cannot be bounded, so it cannot tell whether rotation is overdue`, { at: 'rotationRules' })
    // A secret declared in a template does not exist yet: its schedule is all there is to judge.
    if (secret.location && secret.lastRotatedDate === undefined && secret.createdDate === undefined) return pass('scheduled', { name: secret.name, interval })
    const allowed = interval + graceDaysOption(options['graceDays'])
    const rotated = daysSince(secret.lastRotatedDate, now)
    if (rotated !== undefined) {
      const data = { name: secret.name, interval, days: rotated }
      return rotated > allowed ? fail('overdue', { data, at: 'lastRotatedDate' }) : pass('rotating', data)
    }
    const created = daysSince(secret.createdDate, now)
    if (created === undefined) return unknown('the secret has never been rotated and its creation date is not known', { at: 'lastRotatedDate' })
    const data = { name: secret.name, interval, days: created }
    return created > allowed ? fail('neverRotated', { data, at: 'lastRotatedDate' }) : pass('firstRotationPending', data)
  },
})
