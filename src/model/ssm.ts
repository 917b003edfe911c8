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
}
