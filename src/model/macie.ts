import type { ResourceBase } from './common.js'

/**
 * `macie.session`: Amazon Macie enabled in one region (GetMacieSession). A region where Macie
 * was never enabled has no session; `macie-enabled` reports that through `account.region`.
 */
export interface MacieSession extends ResourceBase {
  /** `ENABLED` or `PAUSED`. */
  status: string
  createdAt?: string
}
