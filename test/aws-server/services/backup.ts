/**
 * AWS Backup (REST-JSON): vaults with their access policies, plans with their rules and
 * resource assignments, and the region's service opt-in, from a region's `backupVaults`,
 * `backupPlans` and `backupOptIn`. A vault without a policy answers ResourceNotFoundException.
 * A vault's `recoveryPoints` are listed by ListRecoveryPointsByBackupVault and counted in
 * NumberOfRecoveryPoints.
 */
import { ApiError } from '../errors.js'
import type { PolicyDocument } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureBackupVault {
  name: string
  /** Key id of a fixture KMS key of the region. */
  kmsKeyId: string
  /** Reported by newer API versions; absent = the listing does not say. */
  keyType?: 'CUSTOMER_MANAGED_KMS_KEY' | 'AWS_OWNED_KMS_KEY'
  policy?: PolicyDocument
  recoveryPoints?: FixtureRecoveryPoint[]
}

/** A recovery point; `encrypted` defaults to true (the vault key). */
export interface FixtureRecoveryPoint {
  /** The recovery point ARN's last part: a backup-managed id, or `snap-…` for an EBS snapshot. */
  id: string
  resourceType: 'EBS' | 'DynamoDB' | 'EFS' | 'RDS'
  resourceArn: string
  encrypted?: boolean
}

export interface FixtureBackupPlan {
  id: string
  name: string
  rules: { name: string; vault: string; deleteAfterDays?: number }[]
  selections: { id: string; name: string; resources?: string[]; tags?: Record<string, string> }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    backupVaults?: FixtureBackupVault[]
    backupPlans?: FixtureBackupPlan[]
    /** DescribeRegionSettings' ResourceTypeOptInPreference; default: DynamoDB, EFS, RDS, Aurora opted in. */
    backupOptIn?: Record<string, boolean>
  }
}

const ERRORS: ServiceDef['errors'] = {
  accessDenied: { code: 'AccessDeniedException', status: 403 },
  throttling: { code: 'ThrottlingException', status: 429 },
  invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
  internal: { code: 'ServiceUnavailableException' },
  unavailable: { code: 'ServiceUnavailableException' },
}

const page = <T>(items: T[], input: Input, ctx: CallContext, op: string) =>
  paginate(items, { token: input.nextToken, requested: input.maxResults, defaultSize: 1000, maxSize: 1000, fixtureMax: ctx.fixturePageSize(op), tokenName: 'nextToken', errorCode: 'InvalidParameterValueException' })

function plan(ctx: CallContext, id: unknown): FixtureBackupPlan {
  const p = (ctx.data.backupPlans ?? []).find((x) => x.id === id)
  if (!p) throw new ApiError('ResourceNotFoundException', `Failed reading backup plan ${String(id)}`, 404)
  return p
}

const planArn = (ctx: CallContext, id: string) => `arn:aws:backup:${ctx.region}:${ctx.accountId}:backup-plan:${id}`

export const backup: ServiceDef = {
  signingName: 'backup',
  iamPrefix: 'backup',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: ERRORS,
  operations: {
    ListBackupVaults: {
      http: { method: 'GET', path: '/backup-vaults' },
      handle(input, ctx) {
        const p = page(ctx.data.backupVaults ?? [], input, ctx, 'ListBackupVaults')
        return {
          BackupVaultList: p.items.map((v) => ({
            BackupVaultName: v.name,
            BackupVaultArn: `arn:aws:backup:${ctx.region}:${ctx.accountId}:backup-vault:${v.name}`,
            VaultType: 'BACKUP_VAULT',
            CreationDate: new Date('2024-01-15T10:00:00Z'),
            EncryptionKeyArn: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${v.kmsKeyId}`,
            EncryptionKeyType: v.keyType,
            NumberOfRecoveryPoints: v.recoveryPoints?.length ?? 0,
            Locked: false,
          })),
          NextToken: p.next,
        }
      },
    },
    ListRecoveryPointsByBackupVault: {
      http: { method: 'GET', path: '/backup-vaults/{BackupVaultName}/recovery-points' },
      resource: (input) => String(input.BackupVaultName ?? ''),
      handle(input, ctx) {
        const v = (ctx.data.backupVaults ?? []).find((x) => x.name === input.BackupVaultName)
        if (!v) throw new ApiError('ResourceNotFoundException', `Backup vault ${String(input.BackupVaultName)} not found`, 404)
        const vaultKey = `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${v.kmsKeyId}`
        const p = page(v.recoveryPoints ?? [], input, ctx, 'ListRecoveryPointsByBackupVault')
        return {
          RecoveryPoints: p.items.map((rp) => {
            const encrypted = rp.encrypted ?? true
            // EBS snapshots keep their own ARN and the volume's encryption; other types are backup-managed.
            const arn = rp.resourceType === 'EBS' ? `arn:aws:ec2:${ctx.region}::snapshot/${rp.id}` : `arn:aws:backup:${ctx.region}:${ctx.accountId}:recovery-point:${rp.id}`
            return {
              RecoveryPointArn: arn,
              BackupVaultName: v.name,
              BackupVaultArn: `arn:aws:backup:${ctx.region}:${ctx.accountId}:backup-vault:${v.name}`,
              ResourceArn: rp.resourceArn,
              ResourceType: rp.resourceType,
              Status: 'COMPLETED',
              CreationDate: new Date('2026-11-20T05:00:00Z'),
              IsEncrypted: encrypted,
              ...(encrypted ? { EncryptionKeyArn: vaultKey } : {}),
              BackupSizeInBytes: 1024,
            }
          }),
          NextToken: p.next,
        }
      },
    },
    GetBackupVaultAccessPolicy: {
      http: { method: 'GET', path: '/backup-vaults/{BackupVaultName}/access-policy' },
      resource: (input) => String(input.BackupVaultName ?? ''),
      handle(input, ctx) {
        const v = (ctx.data.backupVaults ?? []).find((x) => x.name === input.BackupVaultName)
        if (!v || !v.policy) throw new ApiError('ResourceNotFoundException', `Backup vault ${String(input.BackupVaultName)} has no access policy`, 404)
        return { BackupVaultName: v.name, Policy: JSON.stringify(v.policy) }
      },
    },
    ListBackupPlans: {
      http: { method: 'GET', path: '/backup/plans' },
      handle(input, ctx) {
        const p = page(ctx.data.backupPlans ?? [], input, ctx, 'ListBackupPlans')
        return { BackupPlansList: p.items.map((x) => ({ BackupPlanId: x.id, BackupPlanArn: planArn(ctx, x.id), BackupPlanName: x.name, VersionId: 'v1' })), NextToken: p.next }
      },
    },
    GetBackupPlan: {
      http: { method: 'GET', path: '/backup/plans/{BackupPlanId}' },
      resource: (input) => String(input.BackupPlanId ?? ''),
      handle(input, ctx) {
        const p = plan(ctx, input.BackupPlanId)
        return {
          BackupPlanId: p.id,
          BackupPlanArn: planArn(ctx, p.id),
          BackupPlan: {
            BackupPlanName: p.name,
            Rules: p.rules.map((r) => ({ RuleName: r.name, TargetBackupVaultName: r.vault, ScheduleExpression: 'cron(0 5 ? * * *)', ...(r.deleteAfterDays !== undefined ? { Lifecycle: { DeleteAfterDays: r.deleteAfterDays } } : {}) })),
          },
        }
      },
    },
    ListBackupSelections: {
      http: { method: 'GET', path: '/backup/plans/{BackupPlanId}/selections' },
      resource: (input) => String(input.BackupPlanId ?? ''),
      handle(input, ctx) {
        const p = plan(ctx, input.BackupPlanId)
        const pg = page(p.selections, input, ctx, 'ListBackupSelections')
        return { BackupSelectionsList: pg.items.map((s) => ({ SelectionId: s.id, SelectionName: s.name, BackupPlanId: p.id })), NextToken: pg.next }
      },
    },
    GetBackupSelection: {
      http: { method: 'GET', path: '/backup/plans/{BackupPlanId}/selections/{SelectionId}' },
      resource: (input) => String(input.BackupPlanId ?? ''),
      handle(input, ctx) {
        const p = plan(ctx, input.BackupPlanId)
        const s = p.selections.find((x) => x.id === input.SelectionId)
        if (!s) throw new ApiError('ResourceNotFoundException', `Selection ${String(input.SelectionId)} not found`, 404)
        return {
          BackupPlanId: p.id,
          SelectionId: s.id,
          BackupSelection: {
            SelectionName: s.name,
            IamRoleArn: `arn:aws:iam::${ctx.accountId}:role/service-role/AWSBackupDefaultServiceRole`,
            Resources: s.resources ?? [],
            Conditions: { StringEquals: Object.entries(s.tags ?? {}).map(([k, v]) => ({ ConditionKey: `aws:ResourceTag/${k}`, ConditionValue: v })) },
          },
        }
      },
    },
    DescribeRegionSettings: {
      http: { method: 'GET', path: '/account-settings' },
      handle: (_input, ctx) => ({ ResourceTypeOptInPreference: ctx.data.backupOptIn ?? { DynamoDB: true, EFS: true, RDS: true, Aurora: true } }),
    },
  },
}
