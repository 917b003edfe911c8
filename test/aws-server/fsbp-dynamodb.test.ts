/**
 * The DAX, Application Auto Scaling and recovery-point handlers, driven by the real collectors
 * (real SDK clients and wire protocols, loopback endpoint), each listing paged one item at a time.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { useLoopbackServer, type SdkClientLoader } from './loopback-clients.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext } from '../../src/sources/aws/context.js'
import type { ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { dynamoDbTableCollector } from '../../src/sources/aws/collectors/dynamodb-table.js'
import { daxClusterCollector } from '../../src/sources/aws/collectors/dax-cluster.js'
import { backupVaultCollector } from '../../src/sources/aws/collectors/backup.js'
import { backupRecoveryPointCollector } from '../../src/sources/aws/collectors/backup-recovery-point.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'

const US = 'us-east-1'
const EU = 'eu-west-1'
const dims = (id: string, kind: 'table' | 'index') => (['Read', 'Write'] as const).map((d) => ({ namespace: 'dynamodb', resourceId: id, dimension: `dynamodb:${kind}:${d}CapacityUnits` }))

function account(): FixtureAccount {
  return {
    accountId: ACCOUNT,
    iam: { roles: [] },
    pageSizes: { 'dax:DescribeClusters': 1, 'application-autoscaling:DescribeScalableTargets': 1, 'backup:ListRecoveryPointsByBackupVault': 1 },
    regions: {
      [US]: {
        keys: [{ keyId: 'cmk' }],
        dynamoTables: [{ name: 'on-demand' }, { name: 'scaled', provisioned: true, indexes: ['by-sku'] }, { name: 'fixed', provisioned: true }],
        scalableTargets: [...dims('table/scaled', 'table'), dims('table/scaled/index/by-sku', 'index')[0]!, { namespace: 'ecs', resourceId: 'service/c/s', dimension: 'ecs:service:DesiredCount' }],
        daxClusters: [{ name: 'cache' }, { name: 'plain', sse: false, tls: false }],
        backupVaults: [
          { name: 'primary', kmsKeyId: 'cmk', recoveryPoints: [{ id: 'rp-1', resourceType: 'DynamoDB', resourceArn: `arn:aws:dynamodb:${US}:${ACCOUNT}:table/scaled` }, { id: 'snap-0aaa', resourceType: 'EBS', resourceArn: `arn:aws:ec2:${US}:${ACCOUNT}:volume/vol-1`, encrypted: false }] },
          { name: 'empty', kmsKeyId: 'cmk' },
        ],
      },
      [EU]: { dynamoTables: [{ name: 'eu-on-demand' }] },
    },
  }
}

const CLIENTS: Partial<Record<ServiceId, SdkClientLoader>> = {
  dynamodb: async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient as never,
  'application-autoscaling': async () => (await import('@aws-sdk/client-application-auto-scaling')).ApplicationAutoScalingClient as never,
  dax: async () => (await import('@aws-sdk/client-dax')).DAXClient as never,
  backup: async () => (await import('@aws-sdk/client-backup')).BackupClient as never,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient as never,
}

describe('aws-server: DynamoDB auto scaling, DAX and recovery points (collectors end to end)', () => {
  const loopback = useLoopbackServer(account, CLIENTS)

  it('reads scalable targets, DAX clusters and recovery points through their wire protocols', async () => {
    const ctx = createAwsContext({ clients: loopback.clients(), accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })
    const run = await runCollectors(ctx, [dynamoDbTableCollector, daxClusterCollector, backupVaultCollector, backupRecoveryPointCollector], [US, EU], { globalRegion: US })
    assert.deepEqual(run.gaps, [])
    const tables = Object.fromEntries(run.resources['dynamodb.table']!.map((t) => [t.name, t]))
    assert.equal(tables['on-demand']!.autoScaling, undefined)
    assert.deepEqual(tables.scaled!.autoScaling, { read: true, write: true })
    assert.deepEqual(tables.scaled!.globalSecondaryIndexes, [{ name: 'by-sku', autoScaling: { read: true, write: false } }])
    assert.deepEqual(tables.fixed!.autoScaling, { read: false, write: false })
    assert.deepEqual(run.resources['dax.cluster']!.map((c) => `${c.name}:${c.encryptedAtRest}:${c.endpointEncryption}`).sort(), ['cache:true:TLS', 'plain:false:NONE'])
    assert.deepEqual(run.resources['backup.recovery-point']!.map((p) => `${p.name}:${p.vaultName}:${p.resourceType}:${p.encrypted}`).sort(), ['rp-1:primary:DynamoDB:true', 'snap-0aaa:primary:EBS:false'])
    const calls = loopback.server().calls.records.map((c) => `${c.service} ${c.region} ${c.operation}`)
    // One paged read of the targets where a table is provisioned; none in EU (on-demand only).
    assert.equal(calls.filter((c) => c === `application-autoscaling ${US} DescribeScalableTargets`).length, 3)
    assert.equal(calls.filter((c) => c.startsWith(`application-autoscaling ${EU}`)).length, 0)
    // The empty vault reports no recovery points and is not listed.
    assert.equal(calls.filter((c) => c.endsWith('ListRecoveryPointsByBackupVault')).length, 2)
    assert.equal(calls.filter((c) => c === `dax ${US} DescribeClusters`).length, 2)
  })
})
