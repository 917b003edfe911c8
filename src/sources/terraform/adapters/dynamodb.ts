/**
 * aws_dynamodb_table → `dynamodb.table`. Without a server_side_encryption block (or with
 * enabled = false) a table uses an AWS owned key; enabled without kms_key_arn means the AWS
 * managed key `aws/dynamodb`. Point-in-time recovery and deletion protection default to off.
 * A provisioned table's auto scaling (and its global secondary indexes') comes from the
 * aws_appautoscaling_target resources whose resource_id names it.
 */
import type { DynamoDbGlobalSecondaryIndex, DynamoDbKeyType } from '../../../model/dynamodb.js'
import { matchScaling, type Declared, type DeclaredTarget } from '../../iac/dynamodb-scaling.js'
import { Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const AWS_MANAGED_KEY = /(^|:)alias\/aws\/dynamodb$/

const declared = (v: Value | undefined): Declared | undefined => {
  if (v === undefined || v === null) return undefined
  if (v instanceof Unknown) return { unknown: v.reason }
  return typeof v === 'string' ? v : JSON.stringify(v)
}

function scalableTargets(ctx: AdapterContext): DeclaredTarget<TfInstance>[] {
  return ctx.byType('aws_appautoscaling_target').map((t) => ({ source: t, namespace: declared(t.values.service_namespace), resourceId: declared(t.values.resource_id), dimension: declared(t.values.scalable_dimension) }))
}

export function adaptDynamoDbTables(ctx: AdapterContext): void {
  const targets = scalableTargets(ctx)
  for (const inst of ctx.byType('aws_dynamodb_table')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('tableName', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const sse = f.bool('encryption.keyType', 'server_side_encryption.0.enabled')
    const key = f.id('encryption.keyType', 'server_side_encryption.0.kms_key_arn')
    let keyType: DynamoDbKeyType = 'AWS_OWNED'
    if (sse) keyType = key === undefined || AWS_MANAGED_KEY.test(key) ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED'
    const billing = f.str('billingMode', 'billing_mode') ?? 'PROVISIONED'
    const provisioned = billing !== 'PAY_PER_REQUEST'
    const known = typeof inst.values.name === 'string' ? inst.values.name : undefined
    const joined: TfInstance[] = []
    const scaled = (resourceId: string | undefined, kind: 'table' | 'index', modelPath: string) => {
      const m = matchScaling(targets, resourceId, kind)
      joined.push(...m.matched.filter((t) => !joined.includes(t)))
      if (m.unknown && !(m.scaling.read && m.scaling.write)) f.mark(modelPath, m.unknown)
      return m.scaling
    }
    const rawIndexes = inst.values.global_secondary_index
    if (rawIndexes instanceof Unknown) f.mark('globalSecondaryIndexes', rawIndexes.reason)
    const indexes: DynamoDbGlobalSecondaryIndex[] = blocksOf(rawIndexes).map((g, i) => {
      const indexName = typeof g.name === 'string' ? g.name : `#${i}`
      if (g.name instanceof Unknown) f.mark('globalSecondaryIndexes', g.name.reason)
      return { name: indexName, ...(provisioned ? { autoScaling: scaled(known && `table/${known}/index/${indexName}`, 'index', 'globalSecondaryIndexes') } : {}) }
    })
    const autoScaling = provisioned ? scaled(known && `table/${known}`, 'table', 'autoScaling') : undefined
    ctx.emit(
      'dynamodb.table',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        tableName: name,
        pointInTimeRecovery: f.bool('pointInTimeRecovery', 'point_in_time_recovery.0.enabled') ?? false,
        encryption: { keyType, ...(keyType === 'CUSTOMER_MANAGED' && key ? { kmsKeyArn: key } : {}) },
        deletionProtection: f.bool('deletionProtection', 'deletion_protection_enabled') ?? false,
        ...(billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? { billingMode: billing } : {}),
        ...(autoScaling ? { autoScaling } : {}),
        ...(indexes.length ? { globalSecondaryIndexes: indexes } : {}),
      }),
      inst,
      joined,
    )
  }
}
