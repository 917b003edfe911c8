import type { PolicyDocument, ResourceBase } from './common.js'

/** `kms.key` */
export interface KmsKey extends ResourceBase {
  keyId: string
  manager: 'AWS' | 'CUSTOMER'
  keySpec?: string
  keyUsage?: string
  keyState?: string
  /** `null` when rotation does not apply (asymmetric, HMAC, imported, AWS managed). */
  rotationEnabled: boolean | null
  /** When a key scheduled for deletion will be deleted (ISO 8601). */
  deletionDate?: string
  policy?: PolicyDocument
}

export interface EventSelector {
  readWriteType?: 'ReadOnly' | 'WriteOnly' | 'All'
  includeManagementEvents?: boolean
  dataResources: { type: string; values: string[] }[]
  /** Event sources left out of the management events (`kms.amazonaws.com`, `rdsdata.amazonaws.com`). */
  excludeManagementEventSources?: string[]
}

export interface AdvancedFieldSelector {
  field: string
  equals?: string[]
  notEquals?: string[]
  startsWith?: string[]
  notStartsWith?: string[]
  endsWith?: string[]
  notEndsWith?: string[]
}

export interface AdvancedEventSelector {
  name?: string
  fieldSelectors: AdvancedFieldSelector[]
}

/** `cloudtrail.trail` */
export interface CloudTrailTrail extends ResourceBase {
  homeRegion: string
  isMultiRegion: boolean
  isOrganizationTrail: boolean
  isLogging: boolean
  s3BucketName?: string
  kmsKeyId?: string
  logFileValidation: boolean
  cloudWatchLogsLogGroupArn?: string
  includeGlobalServiceEvents?: boolean
  eventSelectors: EventSelector[]
  advancedEventSelectors: AdvancedEventSelector[]
  /** GetTrailStatus: when CloudTrail last delivered to CloudWatch Logs (ISO 8601), if ever. */
  latestCloudWatchLogsDeliveryTime?: string
  /** GetTrailStatus: the error of the last failed delivery to CloudWatch Logs, if any. */
  latestCloudWatchLogsDeliveryError?: string
}

export interface MetricDimension {
  name: string
  value: string
}

/** `cloudwatch.alarm`: a metric alarm (single metric or metric math). */
export interface MetricAlarm extends ResourceBase {
  namespace?: string
  metricName?: string
  dimensions: MetricDimension[]
  /** Metrics referenced by a metric-math alarm. */
  metrics: { namespace?: string; metricName?: string; dimensions: MetricDimension[] }[]
  actionsEnabled: boolean
  alarmActions: string[]
  stateValue?: string
}

/** `logs.log-group` */
export interface LogGroup extends ResourceBase {
  retentionInDays?: number
  kmsKeyId?: string
  storedBytes?: number
}

/** `sqs.queue` */
export interface SqsQueue extends ResourceBase {
  url?: string
  policy: PolicyDocument | null
  kmsMasterKeyId?: string
  sqsManagedSse?: boolean
}

/** `sns.topic` */
export interface SnsTopic extends ResourceBase {
  policy: PolicyDocument | null
  kmsMasterKeyId?: string
  subscriptionsConfirmed?: number
  /**
   * ListSubscriptionsByTopic: each subscription's protocol and whether it is confirmed (the
   * endpoints, e-mail addresses and URLs, are not kept). Absent when not listed.
   */
  subscriptions?: { protocol: string; confirmed: boolean }[]
}
