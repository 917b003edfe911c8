/**
 * The state of one GuardDuty protection plan in a region's detector. GuardDuty reports its plans
 * as detector "features" (GetDetector `Features`): S3_DATA_EVENTS, EKS_AUDIT_LOGS,
 * EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, RUNTIME_MONITORING (EKS_RUNTIME_MONITORING before it),
 * LAMBDA_NETWORK_LOGS. Pure.
 */
import type { GuardDutyDetector } from '../model/guardduty.js'

export type ProtectionState =
  | { state: 'noDetector' }
  | { state: 'suspended' }
  /** The detector does not report the feature (not offered in the region, or an old API answer). */
  | { state: 'unreported' }
  | { state: 'enabled'; feature: string }
  | { state: 'disabled'; feature: string; status: string }

/** The first of `names` the detector reports decides (later names are older equivalents). */
export function protectionState(detector: GuardDutyDetector, names: readonly string[]): ProtectionState {
  if (detector.detectorId === null) return { state: 'noDetector' }
  if (!detector.enabled) return { state: 'suspended' }
  const enabled = names.map((n) => detector.features.find((f) => f.name === n)).find((f) => f?.status === 'ENABLED')
  if (enabled) return { state: 'enabled', feature: enabled.name }
  const reported = names.map((n) => detector.features.find((f) => f.name === n)).find((f) => f !== undefined)
  if (!reported) return { state: 'unreported' }
  return { state: 'disabled', feature: reported.name, status: reported.status.toLowerCase() }
}
