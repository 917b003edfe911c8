import { afterEach, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb'
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { ApplicationAutoScalingClient, DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling'
import { dynamoDbTableCollector, mapTable } from './dynamodb-table.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const tableArn = (n: string) => `arn:aws:dynamodb:${TEST_REGION}:${TEST_ACCOUNT}:table/${n}`
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1111'

describe('mapTable', () => {
  it('no SSE description: AWS owned key; PITR from continuous backups', () => {
    const t = mapTable({ table: { TableName: 'a', TableArn: tableArn('a') }, backups: { ok: true, value: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 35 } } } }, where)
    assert.equal(t.encryption.keyType, 'AWS_OWNED')
    assert.equal(t.pointInTimeRecovery, true)
    assert.equal(t.recoveryPeriodDays, 35)
    assert.equal(t.deletionProtection, false)
  })
  it('a KMS key: the key manager decides; an unreadable key is unresolved', () => {
    const table = { TableName: 'b', SSEDescription: { Status: 'ENABLED' as const, SSEType: 'KMS' as const, KMSMasterKeyArn: keyArn } }
    const off = { ok: true as const, value: { ContinuousBackupsStatus: 'ENABLED' as const, PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' as const } } }
    assert.equal(mapTable({ table, backups: off, keyManager: { ok: true, value: 'CUSTOMER' } }, where).encryption.keyType, 'CUSTOMER_MANAGED')
    assert.equal(mapTable({ table, backups: off, keyManager: { ok: true, value: 'AWS' } }, where).encryption.keyType, 'AWS_MANAGED')
    assert.match(mapTable({ table, backups: off, keyManager: { ok: false, absent: false, reason: 'AccessDenied (kms:DescribeKey)' } }, where).unresolved!['encryption.keyType']!, /AccessDenied/)
  })
  it('continuous backups unreadable: PITR unresolved', () => {
    assert.match(mapTable({ table: { TableName: 'c' }, backups: { ok: false, absent: false, reason: 'AccessDenied (dynamodb:DescribeContinuousBackups)' } }, where).unresolved!.pointInTimeRecovery!, /AccessDenied/)
  })
})

describe('mapTable: capacity auto scaling', () => {
  const off = { ok: true as const, value: { ContinuousBackupsStatus: 'ENABLED' as const } }
  const targets = new Set(['table/p|dynamodb:table:ReadCapacityUnits', 'table/p|dynamodb:table:WriteCapacityUnits', 'table/p/index/by-sk|dynamodb:index:ReadCapacityUnits'])
  const gsi = [{ IndexName: 'by-sk' }]
  it('on-demand: no auto scaling field, indexes listed without one, even without a scaling read', () => {
    const t = mapTable({ table: { TableName: 'o', BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' }, GlobalSecondaryIndexes: gsi }, backups: off }, where)
    assert.equal(t.autoScaling, undefined)
    assert.deepEqual(t.globalSecondaryIndexes, [{ name: 'by-sk' }])
    assert.equal(t.unresolved, undefined)
  })
  it('provisioned: read and write targets of the table and of each index', () => {
    const t = mapTable({ table: { TableName: 'p', BillingModeSummary: { BillingMode: 'PROVISIONED' }, GlobalSecondaryIndexes: gsi }, backups: off, scaling: { ok: true, value: targets } }, where)
    assert.deepEqual(t.autoScaling, { read: true, write: true })
    assert.deepEqual(t.globalSecondaryIndexes, [{ name: 'by-sk', autoScaling: { read: true, write: false } }])
  })
  it('provisioned and the targets unreadable or not collected: unresolved, with the reason', () => {
    const denied = mapTable({ table: { TableName: 'p', GlobalSecondaryIndexes: gsi }, backups: off, scaling: { ok: false, absent: false, reason: 'AccessDenied (application-autoscaling:DescribeScalableTargets)' } }, where)
    assert.equal(denied.billingMode, 'PROVISIONED')
    assert.match(denied.unresolved!.autoScaling!, /AccessDenied/)
    assert.match(denied.unresolved!.globalSecondaryIndexes!, /AccessDenied/)
    assert.match(mapTable({ table: { TableName: 'p' }, backups: off }, where).unresolved!.autoScaling!, /not collected/)
  })
})

describe('dynamodb.table collector (mocked SDK)', () => {
  const ddb = mockClient(DynamoDBClient)
  const kms = mockClient(KMSClient)
  const aas = mockClient(ApplicationAutoScalingClient)
  beforeEach(() => {
    aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [] })
  })
  afterEach(() => {
    ddb.reset()
    kms.reset()
    aas.reset()
  })

  it('scalable targets: none read where every table is on-demand; one paginated read for all provisioned tables; none when no selected check needs them', async () => {
    const mode: Record<string, 'PROVISIONED' | 'PAY_PER_REQUEST'> = { a: 'PAY_PER_REQUEST', b: 'PAY_PER_REQUEST' }
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a', 'b'] })
    ddb.on(DescribeTableCommand).callsFake((input: { TableName: string }) => ({ Table: { TableName: input.TableName, BillingModeSummary: { BillingMode: mode[input.TableName] } } }))
    ddb.on(DescribeContinuousBackupsCommand).resolves({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED' } })
    await dynamoDbTableCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(aas.commandCalls(DescribeScalableTargetsCommand).length, 0)

    mode.a = mode.b = 'PROVISIONED'
    aas.on(DescribeScalableTargetsCommand)
      .resolvesOnce({ ScalableTargets: [{ ServiceNamespace: 'dynamodb', ResourceId: 'table/a', ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 1, MaxCapacity: 9, RoleARN: 'r', CreationTime: new Date() }], NextToken: 'n' })
      .resolvesOnce({ ScalableTargets: [{ ServiceNamespace: 'dynamodb', ResourceId: 'table/a', ScalableDimension: 'dynamodb:table:WriteCapacityUnits', MinCapacity: 1, MaxCapacity: 9, RoleARN: 'r', CreationTime: new Date() }] })
    const r = await dynamoDbTableCollector.collect(testContext({ details: { checks: new Set(['dynamodb-table-autoscaling-enabled']) } }), TEST_REGION, {})
    const calls = aas.commandCalls(DescribeScalableTargetsCommand)
    assert.equal(calls.length, 2)
    assert.equal(calls[0]!.args[0].input.ServiceNamespace, 'dynamodb')
    assert.equal(calls[1]!.args[0].input.NextToken, 'n')
    assert.deepEqual(r.resources['dynamodb.table']!.map((t) => [t.name, t.autoScaling]), [['a', { read: true, write: true }], ['b', { read: false, write: false }]])
    assert.equal(r.partial, undefined)

    aas.resetHistory()
    const skipped = await dynamoDbTableCollector.collect(testContext({ details: { checks: new Set(['dynamodb-table-pitr-enabled']) } }), TEST_REGION, {})
    assert.equal(aas.commandCalls(DescribeScalableTargetsCommand).length, 0)
    assert.match(skipped.resources['dynamodb.table']![0]!.unresolved!.autoScaling!, /not collected/)
    assert.deepEqual(skipped.partial?.[0]?.fields, ['autoScaling', 'globalSecondaryIndexes'])
  })

  it('scalable targets denied: auto scaling is unresolved, not "off"', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['p'] })
    ddb.on(DescribeTableCommand).resolves({ Table: { TableName: 'p', BillingModeSummary: { BillingMode: 'PROVISIONED' } } })
    ddb.on(DescribeContinuousBackupsCommand).resolves({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED' } })
    aas.on(DescribeScalableTargetsCommand).rejects(awsError('AccessDeniedException'))
    const r = await dynamoDbTableCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.gaps, [])
    assert.match(r.resources['dynamodb.table']![0]!.unresolved!.autoScaling!, /AccessDenied \(application-autoscaling:DescribeScalableTargets\)/)
  })

  it('an account without tables costs one ListTables call', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: [] })
    const ctx = testContext()
    const r = await dynamoDbTableCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources['dynamodb.table'], [])
    assert.deepEqual(ctx.callCounts(), { 'dynamodb:ListTables': 1 })
  })

  it('pages tables, describes each, looks each key up once, reads tags only when backup plans are wanted', async () => {
    ddb.on(ListTablesCommand).resolvesOnce({ TableNames: ['a'], LastEvaluatedTableName: 'a' }).resolvesOnce({ TableNames: ['b'] })
    ddb.on(DescribeTableCommand).callsFake((input: { TableName: string }) => ({ Table: { TableName: input.TableName, TableArn: tableArn(input.TableName), SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn }, DeletionProtectionEnabled: input.TableName === 'a' } }))
    ddb.on(DescribeContinuousBackupsCommand).resolves({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' } } })
    ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [{ Key: 'backup', Value: 'daily' }] })
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: '1111', KeyManager: 'CUSTOMER' } })
    const r = await dynamoDbTableCollector.collect(testContext({ wanted: ['dynamodb.table', 'backup.plan'] }), TEST_REGION, {})
    const [a, b] = r.resources['dynamodb.table']!
    assert.equal(a!.deletionProtection, true)
    assert.equal(b!.encryption.keyType, 'CUSTOMER_MANAGED')
    assert.deepEqual(a!.tags, { backup: 'daily' })
    assert.equal(kms.commandCalls(DescribeKeyCommand).length, 1)
    assert.equal(ddb.commandCalls(ListTablesCommand)[1]!.args[0].input.ExclusiveStartTableName, 'a')

    ddb.resetHistory()
    await dynamoDbTableCollector.collect(testContext({ wanted: ['dynamodb.table'] }), TEST_REGION, {})
    assert.equal(ddb.commandCalls(ListTagsOfResourceCommand).length, 0)
  })

  it('a table deleted meanwhile is dropped; a table that cannot be described is a gap', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['gone'] })
    ddb.on(DescribeTableCommand).rejects(awsError('ResourceNotFoundException'))
    assert.deepEqual((await dynamoDbTableCollector.collect(testContext(), TEST_REGION, {})).resources['dynamodb.table'], [])
    ddb.on(DescribeTableCommand).rejects(awsError('AccessDeniedException'))
    const r = await dynamoDbTableCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
