import type { ResourceBase } from './common.js'

/**
 * `securityhub.hub`: Security Hub enabled in one region (DescribeHub). A region where the account
 * is not subscribed has no hub; `securityhub-enabled` reports that through `account.region`.
 */
export interface SecurityHubHub extends ResourceBase {
  subscribedAt?: string
  autoEnableControls?: boolean
}
