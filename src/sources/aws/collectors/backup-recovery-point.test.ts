import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { BackupClient, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup'
import { backupRecoveryPointCollector, mapRecoveryPoint } from './backup-recovery-point.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import { backupVault } from '../../../../test/factories/index.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }
const snap = `arn:aws:ec2:${TEST_REGION}::snapshot/snap-0aaa`

describe('mapRecoveryPoint', () => {
  it('keeps a small record: the ARN\'s last part as name, IsEncrypted absent = not encrypted', () => {
    const rp = mapRecoveryPoint({ RecoveryPointArn: snap, ResourceType: 'EBS', ResourceArn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-1', IsEncrypted: false, Status: 'COMPLETED' }, 'primary', where)
    assert.deepEqual(rp, { id: snap, arn: snap, name: 'snap-0aaa', accountId: TEST_ACCOUNT, region: TEST_REGION, vaultName: 'primary', resourceType: 'EBS', sourceResourceArn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-1', encrypted: false, status: 'COMPLETED' })
    assert.equal(mapRecoveryPoint({ RecoveryPointArn: 'arn:aws:backup:us-east-1:111122223333:recovery-point:abc' }, 'v', where).encrypted, false)
  })
})

describe('backup.recovery-point collector (mocked SDK)', () => {
  const backup = mockClient(BackupClient)
  afterEach(() => backup.reset())

  it('no vault, or vaults reporting no recovery points: no call at all', async () => {
    const ctx = testContext()
    const none = await backupRecoveryPointCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(none.resources['backup.recovery-point'], [])
    const empty = await backupRecoveryPointCollector.collect(ctx, TEST_REGION, { 'backup.vault': [backupVault({ recoveryPoints: 0 })] })
    assert.deepEqual(empty.resources['backup.recovery-point'], [])
    assert.deepEqual(ctx.callCounts(), {})
  })

  it('pages each vault of the region; a vault gone meanwhile is empty; a denied listing is a gap', async () => {
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'primary' })
      .resolvesOnce({ RecoveryPoints: [{ RecoveryPointArn: snap, IsEncrypted: false }], NextToken: 'n' })
      .resolvesOnce({ RecoveryPoints: [{ RecoveryPointArn: 'arn:aws:backup:us-east-1:111122223333:recovery-point:b', IsEncrypted: true }] })
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'gone' }).rejects(awsError('ResourceNotFoundException', 404))
    const vaults = [backupVault(), backupVault({ vaultName: 'gone', name: 'gone' }), backupVault({ vaultName: 'elsewhere', name: 'elsewhere', region: 'eu-west-1' })]
    const r = await backupRecoveryPointCollector.collect(testContext(), TEST_REGION, { 'backup.vault': vaults })
    assert.deepEqual(r.gaps, [])
    assert.deepEqual(r.resources['backup.recovery-point']!.map((p) => [p.name, p.vaultName, p.encrypted]), [['snap-0aaa', 'primary', false], ['b', 'primary', true]])
    assert.equal(backup.commandCalls(ListRecoveryPointsByBackupVaultCommand).length, 3)

    backup.reset()
    backup.on(ListRecoveryPointsByBackupVaultCommand).rejects(awsError('AccessDeniedException'))
    const denied = await backupRecoveryPointCollector.collect(testContext(), TEST_REGION, { 'backup.vault': [backupVault()] })
    assert.deepEqual(denied.resources, {})
    assert.equal(denied.gaps[0]?.code, 'AccessDenied')
    assert.equal(denied.gaps[0]?.resourceType, 'backup.recovery-point')
  })
})
