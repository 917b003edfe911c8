import type { PolicyDocument, ResourceBase } from './common.js'

/** How often Secrets Manager rotates a secret (`RotationRules`). */
export interface SecretRotationRules {
  automaticallyAfterDays?: number
  /** `rate(10 days)`, `rate(4 hours)` or `cron(0 8 1 * ? *)`. */
  scheduleExpression?: string
  /** Rotation window, e.g. `3h`. */
  duration?: string
}

/**
 * `secretsmanager.secret`: a secret's metadata as ListSecrets returns it. The value is never
 * read (no GetSecretValue call, no permission for it).
 */
export interface SecretsManagerSecret extends ResourceBase {
  rotationEnabled: boolean
  rotationLambdaArn?: string
  rotationRules?: SecretRotationRules
  /** ISO timestamps. */
  createdDate?: string
  lastRotatedDate?: string
  lastChangedDate?: string
  lastAccessedDate?: string
  nextRotationDate?: string
  kmsKeyId?: string
  /** Set for secrets another service manages (`rds`, `redshift` …). */
  owningService?: string
  primaryRegion?: string
  /**
   * The secret's resource policy (GetResourcePolicy); `null` when it has none. Absent when the
   * source did not read policies.
   */
  policy?: PolicyDocument | null
}
