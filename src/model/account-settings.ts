import type { ResourceBase } from './common.js'

/**
 * The parts of an alternate contact a check needs: whether each detail is filled in. The values
 * themselves (names, e-mail addresses, phone numbers) are personal data and are not kept.
 */
export interface AlternateContactPresence {
  hasName: boolean
  hasEmail: boolean
  hasPhone: boolean
}

/**
 * `account.account`: the scanned account as a whole, once per scan (global). Account-wide
 * questions that have one answer per account — a security contact, the CIS CloudWatch
 * metric-filter alarms on the multi-region trail — are asked of it, so that they give one verdict
 * rather than one per region.
 */
export interface AccountAccount extends ResourceBase {
  accountId: string
  /** The SECURITY alternate contact; `null` when none is registered. */
  securityContact: AlternateContactPresence | null
}
