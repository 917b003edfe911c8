/** Secrets Manager GetResourcePolicy (merged into the secretsmanager service in index.ts). */
import { ApiError } from '../errors.js'
import type { PolicyDocument } from '../fixture.js'
import type { OperationDef } from './types.js'

declare module './secretsmanager.js' {
  interface FixtureSecret {
    /** Resource policy; absent = none. */
    policy?: PolicyDocument
    /** Customer managed key; absent = the AWS managed key. */
    kmsKeyId?: string
    /** When the secret was last read (Secrets Manager records the day). */
    lastAccessedDate?: string
  }
}

export const secretsManagerPolicyOperations: Record<string, OperationDef> = {
  GetResourcePolicy: {
    resource: (input) => String(input.SecretId ?? ''),
    handle(input, ctx) {
      const id = String(input.SecretId ?? '')
      const s = (ctx.data.secrets ?? []).find((x) => id === x.name || id.startsWith(`arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${x.name}-`))
      if (!s) throw new ApiError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400)
      return { ARN: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${s.name}-AbCdEf`, Name: s.name, ...(s.policy ? { ResourcePolicy: JSON.stringify(s.policy) } : {}) }
    },
  },
}
