import type { ResourceBase } from './common.js'

/**
 * `account.region`: the scanned account in one scanned region. AWS has no such object; the
 * collector emits one per region without calling anything. It exists so that account-level
 * questions ("is there a multi-region trail?") give one verdict per account and region — a
 * finding that a missing trail cannot silence, since a check over `cloudtrail.trail` would get no
 * resource to evaluate exactly when there is no trail at all.
 */
export interface AccountRegion extends ResourceBase {
  /** Always set: the account the scan ran against. */
  accountId: string
}
