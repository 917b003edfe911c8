import type { ResourceBase } from './common.js'

/** A service control policy and where it is attached. */
export interface ServiceControlPolicy {
  id: string
  name: string
  /** `FullAWSAccess`, which AWS attaches everywhere and which restricts nothing. */
  awsManaged: boolean
  /** Roots, OUs and accounts it is attached to. */
  targets: { id: string; type: string; name?: string }[]
}

/** A member account registered as delegated administrator, and for which services. */
export interface DelegatedAdministrator {
  accountId: string
  name?: string
  /** Service principals it administers (`guardduty.amazonaws.com` …). */
  services: string[]
}

/**
 * `organizations.organization`: the AWS Organizations view from the scanned account, one per scan
 * (global). `member: false` when the account belongs to no organization. Everything but the
 * organization's identity is readable only from the management account or a delegated
 * administrator; what could not be read is in `unresolved`.
 */
export interface Organization extends ResourceBase {
  /** The scanned account belongs to an organization. */
  member: boolean
  organizationId?: string
  managementAccountId?: string
  /** The scanned account is the organization's management account. */
  isManagementAccount: boolean
  /** `ALL` or `CONSOLIDATED_BILLING`. */
  featureSet?: string
  /** Policy types enabled on the root (`SERVICE_CONTROL_POLICY`, `RESOURCE_CONTROL_POLICY` …). */
  enabledPolicyTypes: string[]
  serviceControlPolicies: ServiceControlPolicy[]
  delegatedAdministrators: DelegatedAdministrator[]
  /** An Organizations resource-based delegation policy exists (DescribeResourcePolicy). */
  hasDelegationPolicy: boolean
}
