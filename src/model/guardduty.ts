import type { ResourceBase } from './common.js'

/** One GuardDuty protection plan of a detector (GetDetector `features`). */
export interface GuardDutyFeature {
  /** `LAMBDA_NETWORK_LOGS`, `S3_DATA_EVENTS`, `RUNTIME_MONITORING` … */
  name: string
  /** `ENABLED` or `DISABLED`, as GuardDuty reports it. */
  status: string
  additionalConfiguration: { name: string; status: string }[]
}

/**
 * `guardduty.detector`: the GuardDuty detector of one region (an account has at most one per
 * region). A region without any detector gets a placeholder with `detectorId: null` and
 * `enabled: false`, so that "GuardDuty is off here" is a resource a check can fail rather than
 * an absence nobody reports.
 */
export interface GuardDutyDetector extends ResourceBase {
  /** `null` for the placeholder of a region that has no detector. */
  detectorId: string | null
  /** Detector status ENABLED (false for a suspended detector and for the placeholder). */
  enabled: boolean
  features: GuardDutyFeature[]
  findingPublishingFrequency?: string
}
