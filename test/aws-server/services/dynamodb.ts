/**
 * Amazon DynamoDB control plane (AWS JSON 1.0): ListTables, DescribeTable,
 * DescribeContinuousBackups and ListTagsOfResource from a region's `dynamoTables`. A table with
 * `kmsKeyId` reports that key in SSEDescription (kms:DescribeKey on the fake KMS tells whether
 * it is AWS or customer managed); without one, no SSEDescription: an AWS owned key.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureDynamoTable {
  name: string
  pitr?: boolean
  /** Key id of a fixture KMS key of the region. */
  kmsKeyId?: string
  deletionProtection?: boolean
  tags?: Record<string, string>
  /** Provisioned capacity instead of on-demand (the default). */
  provisioned?: boolean
  /** Names of global secondary indexes. */
  indexes?: string[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    dynamoTables?: FixtureDynamoTable[]
  }
}

const tableArn = (ctx: CallContext, name: string) => `arn:aws:dynamodb:${ctx.region}:${ctx.accountId}:table/${name}`

function table(ctx: CallContext, nameOrArn: unknown): FixtureDynamoTable {
  const raw = String(nameOrArn ?? '')
  const name = raw.startsWith('arn:') ? raw.split('/')[1] : raw
  const t = (ctx.data.dynamoTables ?? []).find((x) => x.name === name)
  if (!t) throw new ApiError('ResourceNotFoundException', `Requested resource not found: Table: ${raw} not found`, 400)
  return t
}

export const dynamodb: ServiceDef = {
  signingName: 'dynamodb',
  iamPrefix: 'dynamodb',
  protocol: 'json-1.0',
  target: 'DynamoDB_20120810',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListTables: {
      handle(input: Input, ctx) {
        const names = (ctx.data.dynamoTables ?? []).map((t) => t.name).sort()
        // DynamoDB continues after the last name it returned, not from an opaque token.
        const start = input.ExclusiveStartTableName ? names.indexOf(String(input.ExclusiveStartTableName)) + 1 : 0
        const size = Math.min(Number(input.Limit ?? 100), 100, ctx.fixturePageSize('ListTables') ?? Infinity)
        const items = names.slice(start, start + size)
        return { TableNames: items, LastEvaluatedTableName: start + size < names.length ? items[items.length - 1] : undefined }
      },
    },
    DescribeTable: {
      resource: (input) => String(input.TableName ?? ''),
      handle(input, ctx) {
        const t = table(ctx, input.TableName)
        return {
          Table: {
            TableName: t.name,
            TableArn: tableArn(ctx, t.name),
            TableStatus: 'ACTIVE',
            CreationDateTime: new Date('2024-01-15T10:00:00Z'),
            BillingModeSummary: { BillingMode: t.provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST' },
            ProvisionedThroughput: { ReadCapacityUnits: t.provisioned ? 5 : 0, WriteCapacityUnits: t.provisioned ? 5 : 0, NumberOfDecreasesToday: 0 },
            ...(t.indexes?.length
              ? {
                  GlobalSecondaryIndexes: t.indexes.map((IndexName) => ({
                    IndexName,
                    IndexStatus: 'ACTIVE',
                    IndexArn: `${tableArn(ctx, t.name)}/index/${IndexName}`,
                    KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
                    Projection: { ProjectionType: 'ALL' },
                    ProvisionedThroughput: { ReadCapacityUnits: t.provisioned ? 5 : 0, WriteCapacityUnits: t.provisioned ? 5 : 0, NumberOfDecreasesToday: 0 },
                  })),
                }
              : {}),
            DeletionProtectionEnabled: t.deletionProtection ?? false,
            SSEDescription: t.kmsKeyId ? { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${t.kmsKeyId}` } : undefined,
          },
        }
      },
    },
    DescribeContinuousBackups: {
      resource: (input) => String(input.TableName ?? ''),
      handle(input, ctx) {
        const t = table(ctx, input.TableName)
        return { ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: t.pitr ? 'ENABLED' : 'DISABLED', ...(t.pitr ? { RecoveryPeriodInDays: 35 } : {}) } } }
      },
    },
    ListTagsOfResource: {
      resource: (input) => String(input.ResourceArn ?? ''),
      handle(input, ctx) {
        const t = table(ctx, input.ResourceArn)
        const p = paginate(Object.entries(t.tags ?? {}), { token: input.NextToken, defaultSize: 10, maxSize: 10, tokenName: 'NextToken', errorCode: 'ValidationException' })
        return { Tags: p.items.map(([Key, Value]) => ({ Key, Value })), NextToken: p.next }
      },
    },
  },
}
