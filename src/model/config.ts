import type { ResourceBase } from './common.js'

/** A delivery channel of the recorder's region, with the last status of each kind of delivery. */
export interface ConfigDeliveryChannel {
  name: string
  s3BucketName?: string
  snsTopicArn?: string
  /**
   * Last delivery status per kind, as DescribeDeliveryChannelStatus reports it: `Success`,
   * `Failure` or `Not_Applicable`. Absent when Config has not attempted that kind of delivery yet.
   */
  snapshotStatus?: string
  historyStatus?: string
  streamStatus?: string
  /** Error code of the most recent failed delivery, when one failed. */
  lastErrorCode?: string
}

/**
 * `config.recorder`: an AWS Config configuration recorder (an account has at most one
 * customer-managed recorder per region), with its status and the region's delivery channels.
 * Regions without a recorder have no resource: the account-level check
 * `config-recorder-enabled` reports them through `account.region`.
 */
export interface ConfigRecorder extends ResourceBase {
  /**
   * A service-linked recorder, created and used by another AWS service for its own purposes
   * (DescribeConfigurationRecorders `servicePrincipal`); it does not stand for the account's
   * own configuration history.
   */
  serviceLinked: boolean
  /** DescribeConfigurationRecorderStatus `recording`. */
  recording: boolean
  /** `Pending`, `Success` or `Failure`: the result of the recorder's last attempt to record. */
  lastStatus?: string
  lastErrorCode?: string
  /** recordingGroup.allSupported: every resource type the region supports (and new ones). */
  allSupported: boolean
  includeGlobalResourceTypes: boolean
  /** recordingGroup.recordingStrategy.useOnly: `ALL_SUPPORTED_RESOURCE_TYPES`, `INCLUSION_BY_RESOURCE_TYPES`, `EXCLUSION_BY_RESOURCE_TYPES`. */
  recordingStrategy?: string
  /** The inclusion list (when the recorder records only named types). */
  resourceTypes: string[]
  /** Types excluded from recording (EXCLUSION_BY_RESOURCE_TYPES). */
  exclusionResourceTypes: string[]
  deliveryChannels: ConfigDeliveryChannel[]
}
