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
