import type { PolicyDocument, ResourceBase } from './common.js'

/** `backup.vault`: an AWS Backup vault with its access policy. */
export interface BackupVault extends ResourceBase {
  vaultName: string
  /** `BACKUP_VAULT`, `LOGICALLY_AIR_GAPPED_BACKUP_VAULT`, `RESTORE_ACCESS_BACKUP_VAULT`. */
  vaultType?: string
  encryptionKeyArn?: string
  /**
   * Who manages the key that encrypts the vault's recovery points: `AWS` (the `aws/backup`
   * managed key or an AWS owned key) or `CUSTOMER`.
   */
  encryptionKeyManager: 'AWS' | 'CUSTOMER'
  /** The vault access policy; `null` when it has none. */
  policy: PolicyDocument | null
  locked?: boolean
  recoveryPoints?: number
}

/** One rule of a backup plan. */
export interface BackupPlanRule {
  name: string
  targetVault: string
  schedule?: string
  /** Days until recovery points are deleted; absent = kept until someone deletes them. */
  deleteAfterDays?: number
  moveToColdStorageAfterDays?: number
}

/** A key/value tag test of a resource assignment. */
export interface BackupTagCondition {
  /** The tag key (`aws:ResourceTag/` prefix removed). */
  key: string
  value: string
}

/** A resource assignment (backup selection) of a plan. */
export interface BackupSelection {
  name: string
  /** ARN patterns (`*` matches any run of characters); empty = every resource the other conditions allow. */
  resources: string[]
  notResources: string[]
  /** Tag tests of which any one must hold (ListOfTags, StringEquals only). */
  anyOfTags: BackupTagCondition[]
  /** Tag tests that must all hold (Conditions). */
  allOf: { operator: 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike'; key: string; value: string }[]
}

/** `backup.plan`: a backup plan with its rules and resource assignments. */
export interface BackupPlan extends ResourceBase {
  planId: string
  rules: BackupPlanRule[]
  selections: BackupSelection[]
  /**
   * The region's service opt-in (DescribeRegionSettings), by resource type (`DynamoDB`, `EFS`,
   * `RDS`, `Aurora` …): selections by tag or by `*` back up only opted-in types. Absent when
   * the source does not know it (templates); AWS's defaults then apply.
   */
  resourceTypeOptIn?: Record<string, boolean>
}

/**
 * `backup.recovery-point`: one recovery point of a backup vault (ListRecoveryPointsByBackupVault).
 * Kept small on purpose: a vault can hold thousands.
 */
export interface BackupRecoveryPoint extends ResourceBase {
  vaultName: string
  /** What was backed up: `EBS`, `RDS`, `DynamoDB`, `EFS`, `S3` … */
  resourceType?: string
  sourceResourceArn?: string
  /** `IsEncrypted`: whether the recovery point is encrypted at rest. */
  encrypted: boolean
  encryptionKeyArn?: string
  /** `COMPLETED`, `PARTIAL`, `DELETING`, `EXPIRED` … */
  status?: string
}
