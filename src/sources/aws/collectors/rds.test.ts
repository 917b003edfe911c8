import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeAccountAttributesCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds'
import { mapDbCluster, mapDbInstance, rdsClusterCollector, rdsInstanceCollector, rdsSnapshotCollector } from './rds.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const dbArn = (id: string) => `arn:aws:rds:${TEST_REGION}:${TEST_ACCOUNT}:db:${id}`

describe('RDS mappers', () => {
  it('maps an instance with every setting a check reads', () => {
    const i = mapDbInstance(
      {
        DBInstanceIdentifier: 'orders',
        DBInstanceArn: dbArn('orders'),
        Engine: 'postgres',
        PubliclyAccessible: true,
        StorageEncrypted: false,
        BackupRetentionPeriod: 3,
        DeletionProtection: true,
        MultiAZ: false,
        AutoMinorVersionUpgrade: true,
        IAMDatabaseAuthenticationEnabled: true,
        MonitoringInterval: 60,
        EnabledCloudwatchLogsExports: ['postgresql'],
        MasterUsername: 'postgres',
        Endpoint: { Port: 5432 },
        CopyTagsToSnapshot: true,
        VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }],
        TagList: [{ Key: 'team', Value: 'orders' }],
      },
      where,
    )
    assert.equal(i.id, dbArn('orders'))
    assert.equal(i.publiclyAccessible, true)
    assert.equal(i.storageEncrypted, false)
    assert.equal(i.port, 5432)
    assert.equal(i.masterUsername, 'postgres')
    assert.deepEqual(i.vpcSecurityGroupIds, ['sg-1'])
    assert.deepEqual(i.tags, { team: 'orders' })
    assert.equal(i.clusterIdentifier, undefined)
  })

  it('a cluster member and a read replica say so', () => {
    assert.equal(mapDbInstance({ DBInstanceIdentifier: 'a-1', Engine: 'aurora-mysql', DBClusterIdentifier: 'a' }, where).clusterIdentifier, 'a')
    assert.equal(mapDbInstance({ DBInstanceIdentifier: 'r', Engine: 'mysql', ReadReplicaSourceDBInstanceIdentifier: 'orders' }, where).readReplicaSourceIdentifier, 'orders')
  })

  it('a cluster keeps AutoMinorVersionUpgrade only when RDS reports it', () => {
    assert.equal('autoMinorVersionUpgrade' in mapDbCluster({ DBClusterIdentifier: 'a', Engine: 'aurora-postgresql' }, where), false)
    assert.equal(mapDbCluster({ DBClusterIdentifier: 'm', Engine: 'postgres', AutoMinorVersionUpgrade: false }, where).autoMinorVersionUpgrade, false)
    assert.deepEqual(mapDbCluster({ DBClusterIdentifier: 'a', Engine: 'aurora-postgresql', DBClusterMembers: [{ DBInstanceIdentifier: 'a-1' }] }, where).members, ['a-1'])
  })
})

describe('RDS collectors (mocked SDK)', () => {
  const rds = mockClient(RDSClient)
  afterEach(() => rds.reset())

  it('pages DescribeDBInstances and leaves Neptune and DocumentDB out', async () => {
    rds.on(DescribeDBInstancesCommand).resolvesOnce({ DBInstances: [{ DBInstanceIdentifier: 'a', Engine: 'mysql' }, { DBInstanceIdentifier: 'g', Engine: 'neptune' }], Marker: 'm1' }).resolvesOnce({ DBInstances: [{ DBInstanceIdentifier: 'b', Engine: 'docdb' }, { DBInstanceIdentifier: 'c', Engine: 'postgres' }] })
    const r = await rdsInstanceCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['rds.instance']!.map((i) => i.name), ['a', 'c'])
    assert.equal(rds.commandCalls(DescribeDBInstancesCommand)[1]!.args[0].input.Marker, 'm1')
  })

  const quotas = (used: Record<string, number>) => ({ AccountQuotas: Object.entries(used).map(([AccountQuotaName, Used]) => ({ AccountQuotaName, Used, Max: 100 })) })
  const NONE = { DBInstances: 0, DBClusters: 0, ManualSnapshots: 0, ManualClusterSnapshots: 0 }
  const collectAll = (ctx: ReturnType<typeof testContext>) => Promise.all([rdsInstanceCollector, rdsClusterCollector, rdsSnapshotCollector].map((c) => c.collect(ctx, TEST_REGION, {})))

  it('a region without RDS costs one DescribeAccountAttributes call, shared by the three collectors', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(quotas(NONE))
    const ctx = testContext()
    const [instances, clusters, snapshots] = await collectAll(ctx)
    assert.deepEqual(instances!.resources, { 'rds.instance': [] })
    assert.deepEqual(clusters!.resources, { 'rds.cluster': [] })
    assert.deepEqual(snapshots!.resources, { 'rds.snapshot': [] })
    assert.deepEqual([...instances!.gaps, ...clusters!.gaps, ...snapshots!.gaps], [])
    assert.deepEqual(ctx.callCounts(), { 'rds:DescribeAccountAttributes': 1 })
  })

  it('lists only the kinds RDS counts: a snapshot left after its instance is still read', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(quotas({ ...NONE, ManualSnapshots: 1 }))
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'left', Engine: 'postgres' }] })
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } })
    const ctx = testContext()
    const [, , snapshots] = await collectAll(ctx)
    assert.deepEqual(snapshots!.resources['rds.snapshot']!.map((s) => `${s.name} ${s.restoreAccounts.join(',')}`), ['left all'])
    assert.deepEqual(ctx.callCounts(), { 'rds:DescribeAccountAttributes': 1, 'rds:DescribeDBSnapshotAttributes': 1, 'rds:DescribeDBSnapshots': 1 })
  })

  it('a failed probe, or a quota RDS does not report, makes the collectors list: never an empty region by default', async () => {
    rds.on(DescribeAccountAttributesCommand).rejects(awsError('AccessDenied', 403))
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'db', Engine: 'mysql' }] })
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] })
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] })
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] })
    const denied = testContext()
    const [instances, , snapshots] = await collectAll(denied)
    assert.deepEqual(instances!.resources['rds.instance']!.map((i) => i.name), ['db'])
    assert.deepEqual(snapshots!.gaps, [])
    assert.deepEqual(Object.keys(denied.callCounts()).sort(), ['rds:DescribeAccountAttributes', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusters', 'rds:DescribeDBInstances', 'rds:DescribeDBSnapshots'])

    rds.on(DescribeAccountAttributesCommand).resolves(quotas({ DBInstances: 0, DBClusters: 0, ManualSnapshots: 0 }))
    const partial = testContext()
    await collectAll(partial)
    assert.deepEqual(Object.keys(partial.callCounts()), ['rds:DescribeAccountAttributes', 'rds:DescribeDBClusterSnapshots'])
  })

  it('a failed listing after a non-zero count is still a gap', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(quotas({ ...NONE, DBClusters: 2 }))
    rds.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied', 403))
    const r = await rdsClusterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })

  it('a denied listing is a gap', async () => {
    rds.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied', 403))
    const r = await rdsClusterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })

  it('reads the restore attribute of manual snapshots; a denied attribute read is unresolved', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'pub', Engine: 'postgres', Encrypted: false }, { DBSnapshotIdentifier: 'denied', Engine: 'postgres', Encrypted: true }] })
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'cs', Engine: 'aurora-mysql', StorageEncrypted: true }] })
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'pub' }).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } })
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied' }).rejects(awsError('AccessDenied', 403))
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] } })
    const r = await rdsSnapshotCollector.collect(testContext(), TEST_REGION, {})
    const byName = Object.fromEntries(r.resources['rds.snapshot']!.map((s) => [s.name, s]))
    assert.deepEqual(byName.pub!.restoreAccounts, ['all'])
    assert.equal(byName.pub!.encrypted, false)
    assert.match(byName.denied!.unresolved!.restoreAccounts!, /AccessDenied/)
    assert.equal(byName.cs!.kind, 'cluster')
    assert.equal(rds.commandCalls(DescribeDBSnapshotsCommand)[0]!.args[0].input.SnapshotType, 'manual')
  })

  it('beyond the bound, attributes are not read and stay unresolved', async () => {
    const saved = process.env.CLEARSKY_MAX_RDS_SNAPSHOTS
    process.env.CLEARSKY_MAX_RDS_SNAPSHOTS = '1'
    try {
      rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'old', Engine: 'mysql', SnapshotCreateTime: new Date('2024-01-01') }, { DBSnapshotIdentifier: 'new', Engine: 'mysql', SnapshotCreateTime: new Date('2026-01-01') }] })
      rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] })
      rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [] } })
      const r = await rdsSnapshotCollector.collect(testContext(), TEST_REGION, {})
      const old = r.resources['rds.snapshot']!.find((s) => s.name === 'old')!
      assert.match(old.unresolved!.restoreAccounts!, /not read/)
      assert.equal(rds.commandCalls(DescribeDBSnapshotAttributesCommand).length, 1)
      assert.equal(r.notes?.length, 1)
    } finally {
      if (saved === undefined) delete process.env.CLEARSKY_MAX_RDS_SNAPSHOTS
      else process.env.CLEARSKY_MAX_RDS_SNAPSHOTS = saved
    }
  })
})
