import type { ResourceBase } from './common.js'

/**
 * `ssm.parameter`: a Parameter Store parameter's metadata (DescribeParameters). Values are never
 * read: no GetParameter call, no permission for it.
 */
export interface SsmParameter extends ResourceBase {
  /** `String`, `StringList` or `SecureString` (encrypted with KMS). */
  type: string
  /** KMS key of a SecureString parameter. */
  keyId?: string
  /** `Standard`, `Advanced` or `Intelligent-Tiering`. */
  tier?: string
  dataType?: string
  lastModifiedDate?: string
  version?: number
}

/** `ssm.document`: a Systems Manager document owned by the account, with who it is shared with. */
export interface SsmDocument extends ResourceBase {
  /** `Command`, `Automation`, `Session` … */
  documentType?: string
  /** Accounts the document is shared with (DescribeDocumentPermission); `all` = public. */
  sharedWith: string[]
}

/** `ssm.managed-instance`: a node Systems Manager manages, with its patch compliance summary. */
export interface SsmManagedInstance extends ResourceBase {
  instanceId: string
  platformType?: string
  pingStatus?: string
  /**
   * Patch compliance (ListResourceComplianceSummaries, compliance type Patch): `COMPLIANT` or
   * `NON_COMPLIANT`; absent when no patch scan or installation has reported for the node.
   */
  patchStatus?: string
  /** Patches missing or failed, when known. */
  nonCompliantCount?: number
  /** When patch compliance was last reported (ISO 8601). */
  patchReportedAt?: string
  /**
   * State Manager association compliance (ListResourceComplianceSummaries, compliance type
   * Association): `COMPLIANT` or `NON_COMPLIANT`; absent when no association has run on the node.
   */
  associationStatus?: string
  /** Associations that failed on the node, when known. */
  associationNonCompliantCount?: number
}

/**
 * `ssm.automation-log-setting`: where SSM Automation sends the output of `aws:executeScript`
 * steps, one per account and region (service setting
 * `/ssm/automation/customer-script-log-destination`).
 */
export interface SsmAutomationLogSetting extends ResourceBase {
  /** `CloudWatch` when the output goes to CloudWatch Logs; anything else (AWS's default) keeps no log. */
  destination: string
}

/**
 * `ssm.document-sharing-setting`: whether SSM documents may be shared publicly, one per account
 * and region (service setting `/ssm/documents/console/public-sharing-permission`).
 */
export interface SsmDocumentSharingSetting extends ResourceBase {
  /** `Disable` blocks public sharing; `Enable` (AWS's default) allows it. */
  publicSharing: string
}
