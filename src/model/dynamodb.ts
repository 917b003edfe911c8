import type { ResourceBase } from './common.js'

/** Which key encrypts a DynamoDB table at rest (every table is encrypted). */
export type DynamoDbKeyType = 'AWS_OWNED' | 'AWS_MANAGED' | 'CUSTOMER_MANAGED'

/** `dynamodb.table`: a DynamoDB table (DescribeTable + DescribeContinuousBackups). */
export interface DynamoDbTable extends ResourceBase {
  tableName: string
  status?: string
  /** Point-in-time recovery (continuous backups). */
  pointInTimeRecovery: boolean
  /** PITR window in days, when PITR is on and the source reports it. */
  recoveryPeriodDays?: number
  /**
   * `AWS_OWNED`: the default, a key AWS owns and the account never sees; `AWS_MANAGED`: the
   * `aws/dynamodb` key in the account; `CUSTOMER_MANAGED`: a key the account controls.
   */
  encryption: { keyType: DynamoDbKeyType; kmsKeyArn?: string }
  deletionProtection: boolean
  billingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST'
}
