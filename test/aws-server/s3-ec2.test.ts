/**
 * The S3 (buckets, S3 Control) and EC2 compute/network handlers, driven by the real collectors
 * (real SDK clients, loopback endpoint) and then a few of the real checks.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, type AwsServer } from './server.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { resolveLocalhostSubdomains } from './localhost-dns.js'
import { createAwsContext, type ClientSource } from '../../src/sources/aws/context.js'
import type { SdkClient, ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { s3BucketCollector } from '../../src/sources/aws/collectors/s3-bucket.js'
import { s3AccessPointCollector, s3AccountSettingsCollector } from '../../src/sources/aws/collectors/s3-control.js'
import { ec2EbsDefaultEncryptionCollector, ec2ImageCollector, ec2InstanceCollector, ec2NetworkInterfaceCollector, ec2SerialConsoleAccessCollector, ec2SnapshotCollector, ec2VolumeCollector } from '../../src/sources/aws/collectors/ec2-compute.js'
import { ec2FlowLogCollector, ec2NetworkAclCollector, ec2TransitGatewayCollector, ec2VpcPeeringConnectionCollector } from '../../src/sources/aws/collectors/ec2-network.js'
import { cloudTrailTrailCollector } from '../../src/sources/aws/collectors/cloudtrail-trail.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'
import { emptyInventory } from '../../src/core/inventory.js'
import { runChecks } from '../../src/core/engine.js'
import bucketRead from '../../src/checks/s3/s3-bucket-no-public-read.js'
import accountBpa from '../../src/checks/s3/s3-account-public-access-block-enabled.js'
import apBpa from '../../src/checks/s3/s3-access-point-public-access-block-enabled.js'
import nacl from '../../src/checks/ec2/ec2-nacl-no-open-admin-ports.js'
import snapshotPublic from '../../src/checks/ec2/ec2-snapshot-not-public.js'

const EAST = 'us-east-1'
const EU = 'eu-west-1'

function account(): FixtureAccount {
  return {
    accountId: ACCOUNT,
    iam: { roles: [] },
    s3PublicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
    pageSizes: { 'ec2:DescribeSnapshots': 1 },
    regions: {
      [EAST]: {
        buckets: [
          { name: 'site', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }] }, lifecycleRules: [{ id: 'expire', enabled: true }] },
          { name: 'vault', versioning: { status: 'Enabled', mfaDelete: true }, objectLock: { mode: 'COMPLIANCE', days: 365 }, encryption: { algorithm: 'aws:kms', kmsKeyId: 'key-1' } },
        ],
        accessPoints: [{ name: 'open-ap', bucket: 'site', publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false } }, { name: 'vpc-ap', bucket: 'vault', vpcId: 'vpc-1' }],
        instances: [{ instanceId: 'i-0a', publicIp: '203.0.113.9', httpTokens: 'optional', securityGroupIds: ['sg-1'] }],
        volumes: [{ volumeId: 'vol-0a', encrypted: false, instanceIds: ['i-0a'] }],
        snapshots: [{ snapshotId: 'snap-0a', public: true }, { snapshotId: 'snap-0b', encrypted: true }],
        images: [{ imageId: 'ami-0a', name: 'golden', public: true }],
        networkInterfaces: [{ networkInterfaceId: 'eni-0a', subnetId: 'subnet-1', vpcId: 'vpc-1', groupIds: ['sg-1'], instanceId: 'i-0a' }],
        networkAcls: [{ networkAclId: 'acl-0a', vpcId: 'vpc-1', isDefault: true, entries: [{ ruleNumber: 100, protocol: '-1', action: 'allow', cidr: '0.0.0.0/0' }] }],
        flowLogs: [{ flowLogId: 'fl-0a', resourceId: 'vpc-1', trafficType: 'REJECT' }],
        transitGateways: [{ transitGatewayId: 'tgw-0a', autoAcceptSharedAttachments: true }],
        peeringConnections: [{ vpcPeeringConnectionId: 'pcx-0a', requester: { vpcId: 'vpc-1', cidr: '10.0.0.0/16' }, accepter: { vpcId: 'vpc-9', cidr: '10.9.0.0/16', ownerId: '444455556666' } }],
        ebsEncryptionByDefault: true,
      },
      [EU]: { buckets: [{ name: 'eu-data' }] },
    },
  }
}

const CLIENTS: Partial<Record<ServiceId, () => Promise<new (c: Record<string, unknown>) => SdkClient>>> = {
  s3: async () => (await import('@aws-sdk/client-s3')).S3Client as never,
  's3-control': async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient as never,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client as never,
  cloudtrail: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient as never,
}

function loopbackClients(server: AwsServer): ClientSource & { destroy(): void } {
  const made: SdkClient[] = []
  return {
    async get(service: ServiceId, region: string) {
      const Client = await CLIENTS[service]!()
      // S3 Control prefixes the account id to the host: use a name that resolves to the loopback.
      const endpoint = service === 's3-control' ? `http://localhost:${server.port}` : server.url
      const c = new Client({ region, endpoint, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, maxAttempts: 1 })
      made.push(c)
      return c
    },
    destroy: () => made.forEach((c) => c.destroy()),
  }
}

describe('aws-server: S3, S3 Control, EC2 compute and network (collectors end to end)', () => {
  let server: AwsServer
  let clients: ReturnType<typeof loopbackClients>
  before(async () => {
    resolveLocalhostSubdomains()
    server = await startAwsServer({ account: account() })
    clients = loopbackClients(server)
  })
  after(async () => {
    clients.destroy()
    await server.close()
  })

  it('collects every type and the checks see what the fixture says', async () => {
    const ctx = createAwsContext({ clients, accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })
    const collectors = [cloudTrailTrailCollector, s3BucketCollector, s3AccountSettingsCollector, s3AccessPointCollector, ec2InstanceCollector, ec2VolumeCollector, ec2SnapshotCollector, ec2ImageCollector, ec2NetworkInterfaceCollector, ec2EbsDefaultEncryptionCollector, ec2SerialConsoleAccessCollector, ec2NetworkAclCollector, ec2FlowLogCollector, ec2TransitGatewayCollector, ec2VpcPeeringConnectionCollector]
    const run = await runCollectors(ctx, collectors, [EAST, EU], { globalRegion: EAST })
    assert.deepEqual(run.gaps, [])
    const r = run.resources
    assert.deepEqual(r['s3.bucket']!.map((b) => `${b.region}/${b.name}`), [`${EU}/eu-data`, `${EAST}/site`, `${EAST}/vault`])
    const vault = r['s3.bucket']!.find((b) => b.name === 'vault')!
    assert.deepEqual([vault.versioning, vault.objectLock?.enabled, vault.encryption?.algorithm, vault.unresolved], [{ status: 'Enabled', mfaDelete: true }, true, 'aws:kms', undefined])
    assert.deepEqual(r['s3.bucket']!.find((b) => b.name === 'site')!.lifecycleRules, [{ id: 'expire', enabled: true }])
    assert.equal(r['s3.account-settings']![0]!.publicAccessBlock?.restrictPublicBuckets, false)
    assert.deepEqual(r['s3.access-point']!.map((a) => `${a.name}:${a.networkOrigin}:${a.publicAccessBlock?.blockPublicAcls}`), ['open-ap:Internet:false', 'vpc-ap:VPC:true'])
    assert.deepEqual(r['ec2.instance']!.map((i) => [i.id, i.publicIp, i.metadataOptions.httpTokens]), [['i-0a', '203.0.113.9', 'optional']])
    assert.deepEqual(r['ec2.snapshot']!.map((s) => `${s.id}:${s.public}:${s.encrypted}`), ['snap-0a:true:false', 'snap-0b:false:true'])
    assert.deepEqual(r['ec2.vpc-peering-connection']![0]!.accepter.cidrBlocks, ['10.9.0.0/16'])
    assert.equal(r['ec2.transit-gateway']![0]!.autoAcceptSharedAttachments, true)
    assert.deepEqual(r['ec2.ebs-default-encryption']!.map((s) => `${s.region}:${s.enabled}`), [`${EU}:false`, `${EAST}:true`])
    // Buckets were read in their own region only.
    assert.equal(server.calls.count({ service: 's3', operation: 'GetBucketAcl', region: EU }), 1)

    const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: run.regions })
    inv.resources = r
    const verdicts = runChecks(inv, [bucketRead, accountBpa, apBpa, nacl, snapshotPublic], { now: new Date('2026-11-27T00:00:00Z') }).map((f) => `${f.checkId} ${f.resourceName} ${f.status}`).sort()
    assert.deepEqual(verdicts, [
      'ec2-nacl-no-open-admin-ports acl-0a fail',
      'ec2-nacl-no-open-admin-ports acl-0a fail',
      'ec2-nacl-no-open-admin-ports acl-0a fail',
      'ec2-snapshot-not-public snap-0a fail',
      'ec2-snapshot-not-public snap-0b pass',
      's3-access-point-public-access-block-enabled open-ap fail',
      's3-access-point-public-access-block-enabled vpc-ap pass',
      `s3-account-public-access-block-enabled S3 settings of account ${ACCOUNT} fail`,
      's3-bucket-no-public-read eu-data pass',
      's3-bucket-no-public-read site fail',
      's3-bucket-no-public-read vault pass',
    ])
  })
})
