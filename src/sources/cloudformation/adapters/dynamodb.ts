/**
 * AWS::DynamoDB::Table → `dynamodb.table`. Without SSESpecification a table uses an AWS owned
 * key; SSEEnabled true without a key ARN means the AWS managed key `aws/dynamodb`; a key of
 * the account's own is customer managed. Point-in-time recovery and deletion protection are
 * off unless asked for.
 */
import type { DynamoDbKeyType } from '../../../model/dynamodb.js'
import type { Stack } from '../stack.js'

/** The AWS managed key, by alias or alias ARN. */
const AWS_MANAGED_KEY = /(^|:)alias\/aws\/dynamodb$/

export function adaptDynamoDb(stack: Stack): void {
  for (const res of stack.ofType('AWS::DynamoDB::Table')) {
    const f = stack.fields(res)
    const tableName = String(stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    const sseEnabled = f.bool('encryption.keyType', ['SSESpecification', 'SSEEnabled'])
    const key = f.str('encryption.keyType', ['SSESpecification', 'KMSMasterKeyId'])
    let keyType: DynamoDbKeyType = 'AWS_OWNED'
    if (sseEnabled) keyType = key === undefined || AWS_MANAGED_KEY.test(key) ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED'
    const billing = f.str('billingMode', ['BillingMode'])
    stack.emit(
      'dynamodb.table',
      f.finish({
        ...f.base(stack.resourceId(res), tableName, { arn }),
        tableName,
        pointInTimeRecovery: f.bool('pointInTimeRecovery', ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled']) ?? false,
        encryption: { keyType, ...(keyType === 'CUSTOMER_MANAGED' && key ? { kmsKeyArn: key } : {}) },
        deletionProtection: f.bool('deletionProtection', ['DeletionProtectionEnabled']) ?? false,
        ...(billing === 'PROVISIONED' || billing === 'PAY_PER_REQUEST' ? { billingMode: billing } : {}),
      }),
      res,
    )
  }
}
