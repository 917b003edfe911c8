/**
 * The recovery points of every backup vault of the region (ListRecoveryPointsByBackupVault per
 * vault, paginated). Recovery points only exist inside vaults, so a region without vaults costs
 * nothing more, and a vault that reports no recovery points is not asked.
 */
import type { RecoveryPointByBackupVault } from '@aws-sdk/client-backup'
import type { BackupRecoveryPoint } from '../../../model/backup.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { collectPages } from '../paginate.js'
import { listPerParent } from './per-parent.js'

/** Pure. Only what the checks need: a vault can hold thousands of recovery points. */
export function mapRecoveryPoint(rp: RecoveryPointByBackupVault, vaultName: string, where: { region: string; accountId: string }): BackupRecoveryPoint {
  const arn = rp.RecoveryPointArn ?? ''
  return {
    id: arn,
    arn,
    // The ARN's last part: a recovery point id, a snapshot id, or an RDS snapshot name.
    name: arn.split(/[:/]/).pop() || arn,
    accountId: where.accountId,
    region: where.region,
    vaultName: rp.BackupVaultName ?? vaultName,
    ...(rp.ResourceType ? { resourceType: rp.ResourceType } : {}),
    ...(rp.ResourceArn ? { sourceResourceArn: rp.ResourceArn } : {}),
    encrypted: rp.IsEncrypted === true,
    ...(rp.EncryptionKeyArn ? { encryptionKeyArn: rp.EncryptionKeyArn } : {}),
    ...(rp.Status ? { status: rp.Status } : {}),
  }
}

export const backupRecoveryPointCollector: Collector = {
  id: 'backup.recovery-point',
  produces: ['backup.recovery-point'],
  actions: ['backup:ListRecoveryPointsByBackupVault'],
  scope: 'regional',
  dependsOn: ['backup.vault'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const B = await import('@aws-sdk/client-backup')
    // NumberOfRecoveryPoints 0: nothing to list. A vault that does not report the count is listed.
    const vaults = (sofar['backup.vault'] ?? []).filter((v) => v.region === region && v.recoveryPoints !== 0)
    const where = { region, accountId: ctx.accountId }
    // A vault deleted since the listing holds nothing; any other failure hides what it holds.
    const listed = await listPerParent(vaults, 'backup.recovery-point', region, { action: 'backup:ListRecoveryPointsByBackupVault', noun: 'vault\'s recovery point listing', target: (v) => v.vaultName }, async (v) => {
      const points = await collectPages(
        (NextToken) => ctx.send(region, 'backup:ListRecoveryPointsByBackupVault', new B.ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: v.vaultName, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.RecoveryPoints,
      )
      return points.map((rp) => mapRecoveryPoint(rp, v.vaultName, where))
    })
    if ('gaps' in listed) return { resources: {}, gaps: listed.gaps }
    return { resources: { 'backup.recovery-point': listed.items }, gaps: [] }
  },
}
