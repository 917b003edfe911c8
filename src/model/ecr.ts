import type { PolicyDocument, ResourceBase } from './common.js'

/** `ecr.repository`: a private ECR repository with its scanning, tag, encryption, policy and lifecycle settings. */
export interface EcrRepository extends ResourceBase {
  uri?: string
  /** `MUTABLE`, `IMMUTABLE`, `MUTABLE_WITH_EXCLUSION` or `IMMUTABLE_WITH_EXCLUSION`. */
  imageTagMutability: string
  /** Repository-level scan on push (basic scanning). */
  scanOnPush: boolean
  /**
   * The registry's scanning configuration as it applies to this repository: its type and the
   * frequency of the first rule whose filter matches the repository (`MANUAL` when none does).
   * Absent when the source does not know the registry configuration.
   */
  registryScanning?: { type: 'BASIC' | 'ENHANCED'; frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' | 'MANUAL' }
  /** `AES256` (S3-managed keys), `KMS` or `KMS_DSSE`. */
  encryptionType: string
  kmsKey?: string
  /** `null`: no repository policy. */
  policy: PolicyDocument | null
  /** The repository has a lifecycle policy. */
  hasLifecyclePolicy: boolean
}
