import type { ResourceBase } from './common.js'

/** Which key encrypts a DynamoDB table at rest (every table is encrypted). */
export type DynamoDbKeyType = 'AWS_OWNED' | 'AWS_MANAGED' | 'CUSTOMER_MANAGED'

/**
 * Which dimensions of provisioned capacity Application Auto Scaling manages (a scalable target
 * for `…:ReadCapacityUnits` and one for `…:WriteCapacityUnits`).
 */
export interface DynamoDbCapacityScaling {
  read: boolean
  write: boolean
}

/** A global secondary index; on a provisioned table it has capacity of its own to scale. */
export interface DynamoDbGlobalSecondaryIndex {
  name: string
  /** Absent when the table is on-demand (the index then follows the table). */
  autoScaling?: DynamoDbCapacityScaling
}

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
  /**
   * Auto scaling of the table's own provisioned capacity (Application Auto Scaling, namespace
   * `dynamodb`, resource `table/<name>`). Absent for on-demand tables.
   */
  autoScaling?: DynamoDbCapacityScaling
  /** The table's global secondary indexes (resource `table/<name>/index/<index>`). */
  globalSecondaryIndexes?: DynamoDbGlobalSecondaryIndex[]
}
