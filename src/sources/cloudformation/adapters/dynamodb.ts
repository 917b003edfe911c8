/**
 * AWS::DynamoDB::Table → `dynamodb.table`. Without SSESpecification a table uses an AWS owned
 * key; SSEEnabled true without a key ARN means the AWS managed key `aws/dynamodb`; a key of
 * the account's own is customer managed. Point-in-time recovery and deletion protection are
 * off unless asked for. BillingMode defaults to PROVISIONED; the auto scaling of a provisioned
 * table and of its global secondary indexes comes from the template's
 * AWS::ApplicationAutoScaling::ScalableTarget resources whose ResourceId names them.
 */
import type { DynamoDbGlobalSecondaryIndex, DynamoDbKeyType } from '../../../model/dynamodb.js'
import { matchScaling, type Declared, type DeclaredTarget } from '../../iac/dynamodb-scaling.js'
import type { Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isRecord, isUnresolved } from '../values.js'

/** The AWS managed key, by alias or alias ARN. */
const AWS_MANAGED_KEY = /(^|:)alias\/aws\/dynamodb$/

const declared = (v: unknown): Declared | undefined => {
  if (v === undefined || v === null) return undefined
  if (isUnresolved(v)) return { unknown: v.reason }
  return asString(v) ?? JSON.stringify(v)
}

function scalableTargets(stack: Stack): DeclaredTarget<TemplateResource>[] {
  return stack.ofType('AWS::ApplicationAutoScaling::ScalableTarget').map((res) => {
    const p = stack.props(res)
    return { source: res, namespace: declared(p.ServiceNamespace), resourceId: declared(p.ResourceId), dimension: declared(p.ScalableDimension) }
  })
}

export function adaptDynamoDb(stack: Stack): void {
  const targets = scalableTargets(stack)
  for (const res of stack.ofType('AWS::DynamoDB::Table')) {
    const f = stack.fields(res)
    const tableName = String(stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    const sseEnabled = f.bool('encryption.keyType', ['SSESpecification', 'SSEEnabled'])
    const key = f.str('encryption.keyType', ['SSESpecification', 'KMSMasterKeyId'])
    let keyType: DynamoDbKeyType = 'AWS_OWNED'
    if (sseEnabled) keyType = key === undefined || AWS_MANAGED_KEY.test(key) ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED'
    // CloudFormation creates a provisioned table when BillingMode is left out.
    const billing = f.str('billingMode', ['BillingMode']) ?? 'PROVISIONED'
    const provisioned = billing !== 'PAY_PER_REQUEST'
    const ref = stack.ref(res)
    const name = isUnresolved(ref) ? undefined : tableName
    const joined: TemplateResource[] = []
    const scaled = (resourceId: string | undefined, kind: 'table' | 'index', modelPath: string) => {
      const m = matchScaling(targets, resourceId, kind)
      joined.push(...m.matched.filter((t) => !joined.includes(t)))
      if (m.matched[0]) f.locateResource(modelPath, m.matched[0])
      if (m.unknown && !(m.scaling.read && m.scaling.write)) f.mark(modelPath, m.unknown)
      return m.scaling
    }
    const rawIndexes = f.get(['GlobalSecondaryIndexes'])
    if (isUnresolved(rawIndexes)) f.mark('globalSecondaryIndexes', rawIndexes.reason)
    const indexes: DynamoDbGlobalSecondaryIndex[] = (Array.isArray(rawIndexes) ? rawIndexes : []).filter(isRecord).map((g, i) => {
      const indexName = f.str('globalSecondaryIndexes', ['GlobalSecondaryIndexes', i, 'IndexName']) ?? `#${i}`
      return { name: indexName, ...(provisioned ? { autoScaling: scaled(name && `table/${name}/index/${indexName}`, 'index', 'globalSecondaryIndexes') } : {}) }
    })
    const autoScaling = provisioned ? scaled(name && `table/${name}`, 'table', 'autoScaling') : undefined
    stack.emit(
      'dynamodb.table',
      f.finish({
        ...f.base(stack.resourceId(res), tableName, { arn }),
        tableName,
        pointInTimeRecovery: f.bool('pointInTimeRecovery', ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled']) ?? false,
        encryption: { keyType, ...(keyType === 'CUSTOMER_MANAGED' && key ? { kmsKeyArn: key } : {}) },
        deletionProtection: f.bool('deletionProtection', ['DeletionProtectionEnabled']) ?? false,
        ...(billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? { billingMode: billing } : {}),
        ...(autoScaling ? { autoScaling } : {}),
        ...(indexes.length ? { globalSecondaryIndexes: indexes } : {}),
      }),
      res,
      joined,
    )
  }
}
