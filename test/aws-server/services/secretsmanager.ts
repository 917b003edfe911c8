/**
 * Secrets Manager (AWS JSON 1.1): ListSecrets, metadata only, from a region's `secrets`
 * fixture. There is deliberately no GetSecretValue: the scanner must never ask for a value.
 */
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export interface FixtureSecret {
  name: string
  rotationEnabled?: boolean
  rotationLambdaArn?: string
  automaticallyAfterDays?: number
  scheduleExpression?: string
  createdDate?: string
  lastRotatedDate?: string
  lastChangedDate?: string
  owningService?: string
  tags?: Record<string, string>
}

declare module '../fixture.js' {
  interface FixtureRegion {
    secrets?: FixtureSecret[]
  }
}

const date = (iso: string | undefined) => (iso ? new Date(iso) : undefined)

export const secretsmanager: ServiceDef = {
  signingName: 'secretsmanager',
  iamPrefix: 'secretsmanager',
  protocol: 'json-1.1',
  target: 'secretsmanager',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListSecrets: {
      handle(input, ctx) {
        const secrets = [...(ctx.data.secrets ?? [])].sort((a, b) => a.name.localeCompare(b.name))
        const p = paginate(secrets, { token: input.NextToken, requested: input.MaxResults, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListSecrets'), tokenName: 'NextToken', errorCode: 'InvalidNextTokenException' })
        return {
          SecretList: p.items.map((s) => ({
            // Secrets Manager appends six random characters to every secret ARN.
            ARN: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${s.name}-AbCdEf`,
            Name: s.name,
            RotationEnabled: s.rotationEnabled ?? false,
            RotationLambdaARN: s.rotationLambdaArn,
            RotationRules: s.automaticallyAfterDays !== undefined || s.scheduleExpression ? { AutomaticallyAfterDays: s.automaticallyAfterDays, ScheduleExpression: s.scheduleExpression } : undefined,
            CreatedDate: date(s.createdDate ?? '2024-01-15T10:00:00Z'),
            LastRotatedDate: date(s.lastRotatedDate),
            LastChangedDate: date(s.lastChangedDate ?? s.lastRotatedDate ?? s.createdDate),
            OwningService: s.owningService,
            KmsKeyId: s.kmsKeyId,
            LastAccessedDate: date(s.lastAccessedDate),
            Tags: s.tags ? Object.entries(s.tags).map(([Key, Value]) => ({ Key, Value })) : undefined,
            SecretVersionsToStages: { '11111111-2222-3333-4444-555555555555': ['AWSCURRENT'] },
          })),
          NextToken: p.next,
        }
      },
    },
  },
}
