import type { ContinuousBackupsDescription, TableDescription, Tag } from '@aws-sdk/client-dynamodb'
import type { Unresolved } from '../../../model/common.js'
import type { DynamoDbCapacityScaling, DynamoDbKeyType, DynamoDbTable } from '../../../model/dynamodb.js'
import { selectedDetails, type Collector, type CollectResult, type DetailGroups } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { isAbort } from '../classify-error.js'
import { failed, fetchOptional, gapFrom, unresolvedReason, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { keyManagerLookup, type KeyManager } from './kms-key-manager.js'

export interface TableParts {
  table: TableDescription
  backups: Fetched<ContinuousBackupsDescription>
  /** Absent when nobody needs the tags (no backup-plan check selected). */
  tags?: Fetched<Tag[]>
  /** Who manages the table's KMS key, when it has one. */
  keyManager?: Fetched<KeyManager>
  /**
   * The region's DynamoDB scalable targets as `resourceId|dimension` (Application Auto Scaling);
   * read only for provisioned tables. Absent: treated as not collected.
   */
  scaling?: Fetched<ReadonlySet<string>>
}

/** Optional calls: the region's scalable targets, read only for the auto scaling check. */
export const DYNAMODB_DETAILS: DetailGroups<'auto-scaling'> = {
  'auto-scaling': { actions: ['application-autoscaling:DescribeScalableTargets'], fields: ['autoScaling', 'globalSecondaryIndexes'], per: 'region' },
}

const NOT_COLLECTED = 'not collected: no selected check reads it (application-autoscaling:DescribeScalableTargets)'

/** Which of a resource's read/write capacity dimensions have a scalable target. */
function scalingOf(targets: ReadonlySet<string>, resourceId: string, kind: 'table' | 'index'): DynamoDbCapacityScaling {
  return { read: targets.has(`${resourceId}|dynamodb:${kind}:ReadCapacityUnits`), write: targets.has(`${resourceId}|dynamodb:${kind}:WriteCapacityUnits`) }
}

/**
 * Pure. A table without SSEDescription (or without a KMS key in it) is encrypted with an AWS owned
 * key; with a KMS key, the key's manager tells the AWS managed `aws/dynamodb` key from a customer
 * managed one.
 */
export function mapTable(p: TableParts, where: { region: string; accountId: string; partition: string }): DynamoDbTable {
  const t = p.table
  const name = t.TableName ?? ''
  const arn = t.TableArn ?? `arn:${where.partition}:dynamodb:${where.region}:${where.accountId}:table/${name}`
  const unresolved: Unresolved = {}
  let pitr = false
  let recoveryPeriodDays: number | undefined
  if (p.backups.ok) {
    const d = p.backups.value.PointInTimeRecoveryDescription
    pitr = d?.PointInTimeRecoveryStatus === 'ENABLED'
    if (pitr && d?.RecoveryPeriodInDays !== undefined) recoveryPeriodDays = d.RecoveryPeriodInDays
  } else if (!p.backups.absent) unresolved.pointInTimeRecovery = p.backups.reason
  const keyArn = t.SSEDescription?.SSEType === 'KMS' ? t.SSEDescription.KMSMasterKeyArn : undefined
  let keyType: DynamoDbKeyType = 'AWS_OWNED'
  if (keyArn) {
    if (p.keyManager?.ok) keyType = p.keyManager.value === 'AWS' ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED'
    else {
      keyType = 'AWS_MANAGED'
      unresolved['encryption.keyType'] = p.keyManager && !p.keyManager.ok && !p.keyManager.absent ? p.keyManager.reason : 'the key was not described'
    }
  }
  let tags: Record<string, string> | undefined
  if (p.tags?.ok) tags = Object.fromEntries(p.tags.value.filter((x) => x.Key).map((x) => [x.Key!, x.Value ?? '']))
  else if (p.tags && !p.tags.absent) unresolved.tags = p.tags.reason
  const billing = t.BillingModeSummary?.BillingMode
  // Tables created before on-demand existed report no billing mode summary: they are provisioned.
  const provisioned = billing !== 'PAY_PER_REQUEST'
  const scaling = p.scaling ?? failed(NOT_COLLECTED)
  if (provisioned && !scaling.ok) {
    const reason = scaling.absent ? NOT_COLLECTED : scaling.reason
    unresolved.autoScaling = reason
    if (t.GlobalSecondaryIndexes?.length) unresolved.globalSecondaryIndexes = reason
  }
  const targets: ReadonlySet<string> = scaling.ok ? scaling.value : new Set()
  // On a provisioned table every global secondary index has capacity of its own to scale.
  const indexes = (t.GlobalSecondaryIndexes ?? []).map((g) => ({
    name: g.IndexName ?? '',
    ...(provisioned ? { autoScaling: scalingOf(targets, `table/${name}/index/${g.IndexName ?? ''}`, 'index') } : {}),
  }))
  const table: DynamoDbTable = {
    id: arn,
    arn,
    name,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    ...(tags && Object.keys(tags).length ? { tags } : {}),
    tableName: name,
    ...(t.TableStatus ? { status: t.TableStatus } : {}),
    pointInTimeRecovery: pitr,
    ...(recoveryPeriodDays !== undefined ? { recoveryPeriodDays } : {}),
    encryption: { keyType, ...(keyArn ? { kmsKeyArn: keyArn } : {}) },
    deletionProtection: t.DeletionProtectionEnabled ?? false,
    billingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
    ...(provisioned ? { autoScaling: scalingOf(targets, `table/${name}`, 'table') } : {}),
    ...(indexes.length ? { globalSecondaryIndexes: indexes } : {}),
  }
  if (Object.keys(unresolved).length) table.unresolved = unresolved
  return table
}

/**
 * Every table of the region: ListTables, then per table DescribeTable and
 * DescribeContinuousBackups, kms:DescribeKey once per distinct table key, and — only when a
 * selected check reads AWS Backup plans, which assign resources by tag — ListTagsOfResource.
 * Where a table uses provisioned capacity and the auto scaling check is selected, one paginated
 * DescribeScalableTargets (namespace `dynamodb`) for the whole region.
 */
export const dynamoDbTableCollector: Collector = {
  id: 'dynamodb.table',
  produces: ['dynamodb.table'],
  actions: ['dynamodb:ListTables', 'dynamodb:DescribeTable', 'dynamodb:DescribeContinuousBackups', 'dynamodb:ListTagsOfResource', 'kms:DescribeKey', 'application-autoscaling:DescribeScalableTargets'],
  details: { groups: DYNAMODB_DETAILS, readers: { 'dynamodb-table-autoscaling-enabled': ['auto-scaling'] } },
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const D = await import('@aws-sdk/client-dynamodb')
    let names: string[]
    try {
      names = await collectPages(
        (ExclusiveStartTableName) => ctx.send(region, 'dynamodb:ListTables', new D.ListTablesCommand({ Limit: 100, ...(ExclusiveStartTableName ? { ExclusiveStartTableName } : {}) })),
        (p) => p.LastEvaluatedTableName,
        (p) => p.TableNames,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'dynamodb.table', region)] }
    }
    const keyManager = keyManagerLookup(ctx, region)
    const wantTags = ctx.wanted.has('backup.plan')
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    const failures: string[] = []
    const wantScaling = selectedDetails(dynamoDbTableCollector, ctx.details, ctx.wanted).has('auto-scaling')
    // Asked once, by the first provisioned table that needs it; on-demand-only regions never ask.
    let scalingRead: Promise<Fetched<ReadonlySet<string>>> | undefined
    const scalingFor = (t: TableDescription): Promise<Fetched<ReadonlySet<string>>> | undefined => {
      if (t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST') return undefined
      if (!wantScaling) return Promise.resolve(failed(NOT_COLLECTED))
      return (scalingRead ??= scalableTargets(ctx, region))
    }
    const tables = await mapLimit(names, 8, async (TableName) => {
      const described = await fetchOptional(ctx.send(region, 'dynamodb:DescribeTable', new D.DescribeTableCommand({ TableName })))
      if (!described.ok) {
        if (!described.absent) failures.push(`${TableName}: ${described.reason}`)
        return undefined
      }
      const table = described.value.Table
      if (!table) return undefined
      const [backups, tags] = await Promise.all([
        fetchOptional(ctx.send(region, 'dynamodb:DescribeContinuousBackups', new D.DescribeContinuousBackupsCommand({ TableName }))).then((r): Fetched<ContinuousBackupsDescription> =>
          r.ok ? (r.value.ContinuousBackupsDescription ? { ok: true, value: r.value.ContinuousBackupsDescription } : { ok: false, absent: true }) : r,
        ),
        wantTags && table.TableArn ? listTags(ctx, region, table.TableArn, D) : Promise.resolve(undefined),
      ])
      const keyArn = table.SSEDescription?.SSEType === 'KMS' ? table.SSEDescription.KMSMasterKeyArn : undefined
      const scaling = await scalingFor(table)
      return mapTable({ table, backups, ...(tags ? { tags } : {}), ...(keyArn ? { keyManager: await keyManager(keyArn) } : {}), ...(scaling ? { scaling } : {}) }, where)
    })
    const resources = tables.filter((t): t is DynamoDbTable => t !== undefined)
    // A table that could not be described may exist with any settings: the type has a gap.
    if (failures.length) return { resources: {}, gaps: [{ resourceType: 'dynamodb.table', region, code: failures[0]!.includes('AccessDenied') ? 'AccessDenied' : 'Error', message: `could not describe ${failures.length} table(s): ${failures.slice(0, 3).join('; ')}` }] }
    const skippedScaling = !wantScaling && resources.some((t) => t.billingMode === 'PROVISIONED')
    return {
      resources: { 'dynamodb.table': resources },
      gaps: [],
      ...(skippedScaling ? { partial: [{ resourceType: 'dynamodb.table' as const, kind: 'fields' as const, region, fields: [...DYNAMODB_DETAILS['auto-scaling'].fields], reason: NOT_COLLECTED }] } : {}),
    }
  },
}

/** The region's DynamoDB scalable targets, as `resourceId|dimension`. */
async function scalableTargets(ctx: AwsContext, region: string): Promise<Fetched<ReadonlySet<string>>> {
  try {
    const A = await import('@aws-sdk/client-application-auto-scaling')
    const targets = await collectPages(
      (NextToken) => ctx.send(region, 'application-autoscaling:DescribeScalableTargets', new A.DescribeScalableTargetsCommand({ ServiceNamespace: 'dynamodb', MaxResults: 50, ...(NextToken ? { NextToken } : {}) })),
      (p) => p.NextToken,
      (p) => p.ScalableTargets,
    )
    return { ok: true, value: new Set(targets.map((t) => `${t.ResourceId ?? ''}|${t.ScalableDimension ?? ''}`)) }
  } catch (err) {
    // Anything but an abort leaves auto scaling unknown (a "not found" here is no answer either).
    if (isAbort(err)) throw err
    return failed(unresolvedReason(err))
  }
}

async function listTags(ctx: AwsContext, region: string, ResourceArn: string, D: typeof import('@aws-sdk/client-dynamodb')): Promise<Fetched<Tag[]>> {
  try {
    const tags = await collectPages(
      (NextToken) => ctx.send(region, 'dynamodb:ListTagsOfResource', new D.ListTagsOfResourceCommand({ ResourceArn, ...(NextToken ? { NextToken } : {}) })),
      (p) => p.NextToken,
      (p) => p.Tags,
    )
    return { ok: true, value: tags }
  } catch (err) {
    return { ok: false, absent: false, reason: unresolvedReason(err) }
  }
}
