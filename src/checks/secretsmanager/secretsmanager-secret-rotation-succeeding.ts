import { defineCheck } from '../../core/check.js'
import { maxRotationIntervalDays } from '../../analysis/rotation-schedule.js'
import { numberOption } from '../../analysis/identity/dates.js'
import { secretValueAge } from '../../analysis/secret-rotation-age.js'

const DEFAULT_GRACE_DAYS = 2

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-rotation-succeeding',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret with automatic rotation rotates on schedule',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    description:
      'For a secret with automatic rotation on, compares its last rotation (or, if it never rotated, its creation) with the longest gap its schedule allows (AutomaticallyAfterDays, or a rate()/cron() expression) plus `graceDays` (default 2): a secret further behind than that is not rotating as scheduled, which is what Security Hub reports when RotationOccurringAsScheduled is false. Secrets Manager rotates inside a window on the due day, so two days of grace absorb the window without hiding a rotation that failed. Secrets without rotation are skipped (secretsmanager-secret-rotation-enabled fails them). A cron schedule that cannot be bounded is unknown. Live only: rotation history exists only in the account.',
    risk: 'A rotation that is configured but silently failing gives false comfort: the secret looks protected while the credential ages, and the next manual rotation may break its consumers.',
    remediation: {
      text: 'Read the rotation function\'s CloudWatch logs for the failing step (createSecret, setSecret, testSecret, finishSecret): the usual causes are no network path from the function to the database or to the Secrets Manager endpoint, missing KMS or secretsmanager permissions, or a password that the database\'s policy rejects. Fix it, then rotate once by hand and confirm the new version becomes AWSCURRENT.',
      cli: 'aws secretsmanager describe-secret --secret-id <secret-arn> --query "{last:LastRotatedDate,next:NextRotationDate,rules:RotationRules}"\n# after fixing the rotation function:\naws secretsmanager rotate-secret --secret-id <secret-arn>',
    },
    messages: {
      rotating: 'Secret {{name}} rotates at least every {{interval}} days; it was last rotated {{days}} days ago.',
      firstRotationPending: 'Secret {{name}} rotates at least every {{interval}} days; created {{days}} days ago, its first rotation is not due yet.',
      overdue: 'Secret {{name}} should rotate at least every {{interval}} days but was last rotated {{days}} days ago: its rotation is failing or stuck.',
      neverRotated: 'Secret {{name}} should rotate at least every {{interval}} days but has not been rotated since it was created {{days}} days ago.',
    },
    options: { graceDays: DEFAULT_GRACE_DAYS },
    liveOnly: true,
  },
  evaluate(secret, { pass, fail, skip, unknown, now, options }) {
    if (!secret.rotationEnabled) return skip('automatic rotation is not configured for the secret')
    const interval = maxRotationIntervalDays(secret.rotationRules)
    if (interval === undefined) return unknown(`the rotation schedule ${JSON.stringify(secret.rotationRules ?? {})} cannot be bounded, so it cannot tell whether rotation is overdue`, { at: 'rotationRules' })
    const allowed = interval + numberOption(options, 'graceDays', DEFAULT_GRACE_DAYS)
    const age = secretValueAge(secret, now)
    if (age === undefined) return unknown('the secret has never been rotated and its creation date is not known', { at: 'lastRotatedDate' })
    const data = { name: secret.name, interval, days: age.days }
    if (age.days > allowed) return fail(age.rotated ? 'overdue' : 'neverRotated', { data, at: 'lastRotatedDate' })
    return pass(age.rotated ? 'rotating' : 'firstRotationPending', data)
  },
})
