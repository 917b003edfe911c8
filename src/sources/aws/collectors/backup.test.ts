import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  BackupClient,
  DescribeRegionSettingsCommand,
  GetBackupPlanCommand,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
} from '@aws-sdk/client-backup'
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { backupPlanCollector, backupVaultCollector, mapSelection } from './backup.js'
import { awsError, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('mapSelection', () => {
  it('strips the aws:ResourceTag/ prefix and keeps each operator', () => {
    const s = mapSelection({
      SelectionName: 's',
      IamRoleArn: 'arn:aws:iam::111122223333:role/backup',
      Resources: ['*'],
      ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }],
      Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/env', ConditionValue: 'prod' }], StringNotLike: [{ ConditionKey: 'aws:ResourceTag/tier', ConditionValue: 'scratch*' }] },
    })
    assert.deepEqual(s.anyOfTags, [{ key: 'backup', value: 'daily' }])
    assert.deepEqual(s.allOf, [{ operator: 'StringEquals', key: 'env', value: 'prod' }, { operator: 'StringNotLike', key: 'tier', value: 'scratch*' }])
  })
})

describe('AWS Backup collectors (mocked SDK)', () => {
  const backup = mockClient(BackupClient)
  const kms = mockClient(KMSClient)
  afterEach(() => {
    backup.reset()
    kms.reset()
  })

  it('vaults: policy absent is null; the key type comes from the listing, or from kms:DescribeKey', async () => {
    backup.on(ListBackupVaultsCommand).resolves({ BackupVaultList: [
      { BackupVaultName: 'typed', EncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/a', EncryptionKeyType: 'CUSTOMER_MANAGED_KMS_KEY' },
      { BackupVaultName: 'Default', EncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/b' },
    ] })
    backup.on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'typed' }).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] }) })
    backup.on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'Default' }).rejects(awsError('ResourceNotFoundException', 404))
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: 'b', KeyManager: 'AWS' } })
    const r = await backupVaultCollector.collect(testContext(), TEST_REGION, {})
    const [typed, dflt] = r.resources['backup.vault']!
    assert.equal(typed!.encryptionKeyManager, 'CUSTOMER')
    assert.equal(typed!.policy?.Statement[0]!.Effect, 'Deny')
    assert.equal(dflt!.encryptionKeyManager, 'AWS')
    assert.equal(dflt!.policy, null)
    assert.equal(kms.commandCalls(DescribeKeyCommand).length, 1)
  })

  it('plans: no plan costs one call; plans come with rules, selections and the opt-in', async () => {
    backup.on(ListBackupPlansCommand).resolves({ BackupPlansList: [] })
    const ctx = testContext()
    assert.deepEqual((await backupPlanCollector.collect(ctx, TEST_REGION, {})).resources['backup.plan'], [])
    assert.deepEqual(ctx.callCounts(), { 'backup:ListBackupPlans': 1 })

    backup.on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'daily' }] })
    backup.on(GetBackupPlanCommand).resolves({ BackupPlan: { BackupPlanName: 'daily', Rules: [{ RuleName: 'd', TargetBackupVaultName: 'v', Lifecycle: { DeleteAfterDays: 35 } }] } })
    backup.on(ListBackupSelectionsCommand).resolves({ BackupSelectionsList: [{ SelectionId: 's1' }] })
    backup.on(GetBackupSelectionCommand).resolves({ BackupSelection: { SelectionName: 'tables', IamRoleArn: 'arn:aws:iam::111122223333:role/b', Resources: ['arn:aws:dynamodb:*:*:table/*'] } })
    backup.on(DescribeRegionSettingsCommand).resolves({ ResourceTypeOptInPreference: { DynamoDB: true, EFS: false } })
    const [plan] = (await backupPlanCollector.collect(testContext(), TEST_REGION, {})).resources['backup.plan']!
    assert.equal(plan!.rules[0]!.deleteAfterDays, 35)
    assert.deepEqual(plan!.selections[0]!.resources, ['arn:aws:dynamodb:*:*:table/*'])
    assert.deepEqual(plan!.resourceTypeOptIn, { DynamoDB: true, EFS: false })
  })

  it('unreadable selections are unresolved, never "assigns nothing"', async () => {
    backup.on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1' }] })
    backup.on(GetBackupPlanCommand).resolves({ BackupPlan: { BackupPlanName: 'daily', Rules: [] } })
    backup.on(ListBackupSelectionsCommand).rejects(awsError('AccessDeniedException', 403))
    backup.on(DescribeRegionSettingsCommand).resolves({ ResourceTypeOptInPreference: {} })
    const [plan] = (await backupPlanCollector.collect(testContext(), TEST_REGION, {})).resources['backup.plan']!
    assert.match(plan!.unresolved!.selections!, /AccessDenied/)
  })
})
