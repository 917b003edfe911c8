/**
 * The RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup handlers, driven by the real
 * collectors (real SDK clients and wire protocols, loopback endpoint).
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, type AwsServer } from './server.js'
import { loopbackClients, type SdkClientLoader } from './loopback-clients.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext } from '../../src/sources/aws/context.js'
import type { ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { rdsClusterCollector, rdsInstanceCollector, rdsSnapshotCollector } from '../../src/sources/aws/collectors/rds.js'
import { dynamoDbTableCollector } from '../../src/sources/aws/collectors/dynamodb-table.js'
import { efsAccessPointCollector, efsFileSystemCollector } from '../../src/sources/aws/collectors/efs.js'
import { elastiCacheClusterCollector, elastiCacheReplicationGroupCollector } from '../../src/sources/aws/collectors/elasticache.js'
import { openSearchDomainCollector } from '../../src/sources/aws/collectors/opensearch-domain.js'
import { backupPlanCollector, backupVaultCollector } from '../../src/sources/aws/collectors/backup.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'

const US = 'us-east-1'
const EU = 'eu-west-1'
const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: '*' as const, Action: '*', Resource: '*' }] }

function account(): FixtureAccount {
  return {
    accountId: ACCOUNT,
    iam: { roles: [] },
    pageSizes: { 'rds:DescribeDBInstances': 1, 'dynamodb:ListTables': 1, 'elasticfilesystem:DescribeFileSystems': 1, 'elasticache:DescribeCacheClusters': 1, 'backup:ListBackupPlans': 1 },
    regions: {
      [US]: {
        keys: [{ keyId: 'cmk' }, { keyId: 'aws-backup', manager: 'AWS' }],
        dbInstances: [
          { identifier: 'orders', engine: 'postgres', storageEncrypted: true, port: 6432, masterUsername: 'owner', logExports: ['postgresql'], securityGroupIds: ['sg-1'], tags: { team: 'orders' } },
          { identifier: 'ledger-1', engine: 'aurora-mysql', clusterIdentifier: 'ledger' },
          { identifier: 'graph', engine: 'neptune' },
        ],
        dbClusters: [{ identifier: 'ledger', engine: 'aurora-mysql', members: ['ledger-1'], multiAz: false }, { identifier: 'events', engine: 'postgres', autoMinorVersionUpgrade: false, multiAz: true }],
        dbSnapshots: [
          { identifier: 'orders-export', source: 'orders', engine: 'postgres', restore: ['all'] },
          { identifier: 'ledger-final', kind: 'cluster', source: 'ledger', engine: 'aurora-mysql', encrypted: true, restore: ['999988887777'] },
          { identifier: 'rds:orders-2026-11-26', source: 'orders', engine: 'postgres', automated: true },
        ],
        dynamoTables: [{ name: 'a', pitr: true, kmsKeyId: 'cmk', deletionProtection: true, tags: { backup: 'daily' } }, { name: 'b' }],
        efsFileSystems: [
          { id: 'fs-0aaa', name: 'uploads', encrypted: true, backups: 'ENABLED', accessPoints: [{ id: 'fsap-0a', path: '/app', posixUser: { uid: 1001, gid: 1001 } }] },
          { id: 'fs-0bbb', policy: open, accessPoints: [{ id: 'fsap-0b' }] },
        ],
        cacheReplicationGroups: [{ id: 'sessions', engine: 'valkey', atRestEncryption: true, transitEncryption: true, userGroupIds: ['u1'], snapshotRetentionLimit: 7, automaticFailover: 'enabled', members: ['sessions-001', 'sessions-002'] }],
        cacheClusters: [
          { id: 'sessions-001', engine: 'valkey', replicationGroupId: 'sessions', subnetGroup: 'private', securityGroupIds: ['sg-1'] },
          { id: 'sessions-002', engine: 'valkey', replicationGroupId: 'sessions', subnetGroup: 'private', securityGroupIds: ['sg-1'] },
          { id: 'pages', engine: 'memcached', nodes: 2, transitEncryption: true },
        ],
        searchDomains: [{ name: 'search', vpcSubnets: ['subnet-1'], encryptionAtRest: true, logs: ['AUDIT_LOGS'], instanceCount: 3, zoneAwareness: true }, { name: 'legacy', engineVersion: 'Elasticsearch_7.10', accessPolicy: open }],
        backupVaults: [{ name: 'primary', kmsKeyId: 'cmk', keyType: 'CUSTOMER_MANAGED_KMS_KEY' }, { name: 'Default', kmsKeyId: 'aws-backup', policy: open }],
        backupPlans: [
          { id: 'p-daily', name: 'daily', rules: [{ name: 'daily', vault: 'primary', deleteAfterDays: 35 }], selections: [{ id: 's1', name: 'tagged', resources: ['*'], tags: { backup: 'daily' } }] },
          { id: 'p-forever', name: 'forever', rules: [{ name: 'monthly', vault: 'primary' }], selections: [] },
        ],
        backupOptIn: { DynamoDB: true, EFS: false },
      },
      [EU]: {},
    },
  }
}

const CLIENTS: Partial<Record<ServiceId, SdkClientLoader>> = {
  rds: async () => (await import('@aws-sdk/client-rds')).RDSClient as never,
  dynamodb: async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient as never,
  elasticfilesystem: async () => (await import('@aws-sdk/client-efs')).EFSClient as never,
  elasticache: async () => (await import('@aws-sdk/client-elasticache')).ElastiCacheClient as never,
  es: async () => (await import('@aws-sdk/client-opensearch')).OpenSearchClient as never,
  backup: async () => (await import('@aws-sdk/client-backup')).BackupClient as never,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient as never,
}

const ALL = [rdsInstanceCollector, rdsClusterCollector, rdsSnapshotCollector, dynamoDbTableCollector, efsFileSystemCollector, efsAccessPointCollector, elastiCacheReplicationGroupCollector, elastiCacheClusterCollector, openSearchDomainCollector, backupVaultCollector, backupPlanCollector]

describe('aws-server: data stores (collectors end to end)', () => {
  let server: AwsServer
  let clients: ReturnType<typeof loopbackClients>
  before(async () => {
    server = await startAwsServer({ account: account() })
    clients = loopbackClients(server, CLIENTS)
  })
  after(async () => {
    clients.destroy()
    await server.close()
  })
  const context = () => createAwsContext({ clients, accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000), wanted: ['dynamodb.table', 'backup.plan'] })

  it('collects every data store through its real wire protocol', async () => {
    const run = await runCollectors(context(), ALL, [US, EU], { globalRegion: US })
    assert.deepEqual(run.gaps, [])
    const r = run.resources
    const orders = r['rds.instance']!.find((i) => i.name === 'orders')!
    assert.deepEqual([orders.port, orders.masterUsername, orders.storageEncrypted, orders.publiclyAccessible, orders.backupRetentionPeriod], [6432, 'owner', true, false, 1])
    assert.deepEqual(orders.enabledLogExports, ['postgresql'])
    assert.deepEqual(orders.vpcSecurityGroupIds, ['sg-1'])
    assert.deepEqual(orders.tags, { team: 'orders' })
    assert.deepEqual(r['rds.instance']!.map((i) => i.name).sort(), ['ledger-1', 'orders'], 'Neptune is left out; instances were paged one at a time')
    assert.equal(r['rds.instance']!.find((i) => i.name === 'ledger-1')!.clusterIdentifier, 'ledger')
    assert.deepEqual(r['rds.cluster']!.map((c) => `${c.name}:${c.members.join('+')}:${c.autoMinorVersionUpgrade}`).sort(), ['events::false', 'ledger:ledger-1:undefined'])
    assert.deepEqual(r['rds.snapshot']!.map((s) => `${s.kind}:${s.name}:${s.restoreAccounts.join('+')}:${s.encrypted}`).sort(), ['cluster:ledger-final:999988887777:true', 'instance:orders-export:all:false'])

    const [a, b] = [...r['dynamodb.table']!].sort((x, y) => x.name.localeCompare(y.name))
    assert.deepEqual([a!.pointInTimeRecovery, a!.encryption.keyType, a!.deletionProtection, a!.tags?.backup], [true, 'CUSTOMER_MANAGED', true, 'daily'])
    assert.deepEqual([b!.pointInTimeRecovery, b!.encryption.keyType, b!.deletionProtection], [false, 'AWS_OWNED', false])

    const fs = r['efs.file-system']!
    assert.deepEqual(fs.map((f) => `${f.name}:${f.encrypted}:${f.backupPolicyStatus}:${f.policy ? 'policy' : 'none'}`).sort(), ['fs-0bbb:false:DISABLED:policy', 'uploads:true:ENABLED:none'])
    assert.deepEqual(r['efs.access-point']!.map((ap) => `${ap.accessPointId}:${ap.rootDirectory}:${ap.posixUser?.uid ?? '-'}`).sort(), ['fsap-0a:/app:1001', 'fsap-0b:/:-'])

    const group = r['elasticache.replication-group']![0]!
    assert.deepEqual([group.atRestEncryption, group.transitEncryptionMode, group.userGroupIds, group.memberClusters, group.automaticFailover], [true, 'required', ['u1'], ['sessions-001', 'sessions-002'], 'enabled'])
    assert.deepEqual(r['elasticache.cluster']!.map((c) => `${c.name}:${c.port}:${c.cacheSubnetGroupName}:${c.replicationGroupId ?? '-'}`).sort(), ['pages:11211:default:-', 'sessions-001:6379:private:sessions', 'sessions-002:6379:private:sessions'])

    const domains = Object.fromEntries(r['opensearch.domain']!.map((d) => [d.name, d]))
    assert.equal(domains.search!.vpc?.subnetIds[0], 'subnet-1')
    assert.equal(domains.search!.logPublishing.AUDIT_LOGS?.enabled, true)
    assert.equal(domains.legacy!.vpc, null)
    assert.equal(domains.legacy!.accessPolicy?.Statement.length, 1)
    assert.equal(domains.legacy!.tlsSecurityPolicy, 'Policy-Min-TLS-1-0-2019-07')

    assert.deepEqual(r['backup.vault']!.map((v) => `${v.name}:${v.encryptionKeyManager}:${v.policy ? 'policy' : 'none'}`).sort(), ['Default:AWS:policy', 'primary:CUSTOMER:none'])
    const plans = Object.fromEntries(r['backup.plan']!.map((p) => [p.name, p]))
    assert.deepEqual(plans.daily!.selections[0]!.allOf, [{ operator: 'StringEquals', key: 'backup', value: 'daily' }])
    assert.equal(plans.daily!.rules[0]!.deleteAfterDays, 35)
    assert.equal(plans.forever!.rules[0]!.deleteAfterDays, undefined)
    assert.deepEqual(plans.daily!.resourceTypeOptIn, { DynamoDB: true, EFS: false })
    for (const t of ['rds.instance', 'rds.cluster', 'dynamodb.table', 'efs.file-system', 'backup.plan'] as const) assert.ok(!(r[t] ?? []).some((x) => x.region === EU), t)
  })

  it('a region without any of these services costs one listing call per collector', async () => {
    const ctx = context()
    await runCollectors(ctx, ALL, [EU], { globalRegion: EU })
    assert.deepEqual(ctx.callCounts(), {
      'backup:ListBackupPlans': 1,
      'backup:ListBackupVaults': 1,
      'dynamodb:ListTables': 1,
      // No cache cluster, so no replication group: its listing is skipped (elasticache.ts).
      'elasticache:DescribeCacheClusters': 1,
      'elasticfilesystem:DescribeFileSystems': 1,
      'es:ListDomainNames': 1,
      // RDS counts its instances, clusters and manual snapshots in one call (rds-account-usage.ts).
      'rds:DescribeAccountAttributes': 1,
    })
  })

  it('denied reads: a listing becomes a gap, a per-resource read an unresolved field', async () => {
    server.deny({ action: 'rds:DescribeDBSnapshotAttributes' })
    server.deny({ action: 'elasticfilesystem:DescribeFileSystemPolicy', resource: 'fs-0bbb' })
    server.deny({ action: 'es:ListDomainNames', region: US })
    try {
      const run = await runCollectors(context(), [rdsSnapshotCollector, efsFileSystemCollector, openSearchDomainCollector], [US], { globalRegion: US })
      assert.deepEqual(run.gaps.map((g) => `${g.resourceType}:${g.code}`), ['opensearch.domain:AccessDenied'])
      assert.match(run.resources['rds.snapshot']!.find((s) => s.name === 'orders-export')!.unresolved!.restoreAccounts!, /AccessDenied/)
      assert.match(run.resources['efs.file-system']!.find((f) => f.fileSystemId === 'fs-0bbb')!.unresolved!.policy!, /AccessDenied/)
    } finally {
      server.clearDenials()
    }
  })
})
