/**
 * aws_dynamodb_table → `dynamodb.table`. Without a server_side_encryption block (or with
 * enabled = false) a table uses an AWS owned key; enabled without kms_key_arn means the AWS
 * managed key `aws/dynamodb`. Point-in-time recovery and deletion protection default to off.
 */
import type { DynamoDbKeyType } from '../../../model/dynamodb.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const AWS_MANAGED_KEY = /(^|:)alias\/aws\/dynamodb$/

export function adaptDynamoDbTables(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_dynamodb_table')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('tableName', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const sse = f.bool('encryption.keyType', 'server_side_encryption.0.enabled')
    const key = f.id('encryption.keyType', 'server_side_encryption.0.kms_key_arn')
    let keyType: DynamoDbKeyType = 'AWS_OWNED'
    if (sse) keyType = key === undefined || AWS_MANAGED_KEY.test(key) ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED'
    const billing = f.str('billingMode', 'billing_mode') ?? 'PROVISIONED'
    ctx.emit(
      'dynamodb.table',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        tableName: name,
        pointInTimeRecovery: f.bool('pointInTimeRecovery', 'point_in_time_recovery.0.enabled') ?? false,
        encryption: { keyType, ...(keyType === 'CUSTOMER_MANAGED' && key ? { kmsKeyArn: key } : {}) },
        deletionProtection: f.bool('deletionProtection', 'deletion_protection_enabled') ?? false,
        ...(billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? { billingMode: billing } : {}),
      }),
      inst,
    )
  }
}
