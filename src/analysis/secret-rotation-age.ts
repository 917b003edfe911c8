/**
 * How long a Secrets Manager secret has gone without a new value: days since its last rotation,
 * or, for a secret never rotated, since its creation (the value it was created with is the one
 * still in use). Shared by secretsmanager-secret-rotated-periodically and
 * secretsmanager-secret-rotation-succeeding. Pure.
 */
import type { SecretsManagerSecret } from '../model/secretsmanager.js'
import { daysSince } from './identity/dates.js'

/** `days` counted from the last rotation (`rotated`) or from creation; undefined when neither date is readable. */
export function secretValueAge(secret: Pick<SecretsManagerSecret, 'lastRotatedDate' | 'createdDate'>, now: Date): { days: number; rotated: boolean } | undefined {
  const rotated = daysSince(secret.lastRotatedDate, now)
  if (rotated !== undefined) return { days: rotated, rotated: true }
  const created = daysSince(secret.createdDate, now)
  return created === undefined ? undefined : { days: created, rotated: false }
}
