import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeInstancesCommand, DescribeSnapshotsCommand, EC2Client, GetEbsEncryptionByDefaultCommand, GetSerialConsoleAccessStatusCommand } from '@aws-sdk/client-ec2'
import { ec2EbsDefaultEncryptionCollector, ec2InstanceCollector, ec2SerialConsoleAccessCollector, ec2SnapshotCollector, mapImage, mapInstance, mapNetworkInterface, mapVolume } from './ec2-compute.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('EC2 compute mappers', () => {
  it('maps an instance: public address, profile, metadata options, groups', () => {
    const i = mapInstance({ InstanceId: 'i-1', State: { Name: 'running' }, PublicIpAddress: '203.0.113.7', IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/app' }, MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' }, SecurityGroups: [{ GroupId: 'sg-1' }], SubnetId: 'subnet-a', VpcId: 'vpc-1', Tags: [{ Key: 'Name', Value: 'web' }] }, w)
    assert.deepEqual([i.id, i.name, i.publicIp, i.instanceProfileArn, i.metadataOptions.httpTokens, i.securityGroupIds], ['i-1', 'web', '203.0.113.7', 'arn:aws:iam::111122223333:instance-profile/app', 'optional', ['sg-1']])
    assert.equal(i.arn, `arn:aws:ec2:${TEST_REGION}:${TEST_ACCOUNT}:instance/i-1`)
    const bare = mapInstance({ InstanceId: 'i-2', MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'disabled' } }, w)
    assert.deepEqual([bare.publicIp, bare.instanceProfileArn, bare.metadataOptions], [undefined, null, { httpEndpoint: 'disabled', httpTokens: 'required' }])
  })

  it('maps volumes, images and network interfaces', () => {
    assert.deepEqual(mapVolume({ VolumeId: 'vol-1', Encrypted: false, State: 'in-use', Attachments: [{ InstanceId: 'i-1' }] }, w).attachedInstanceIds, ['i-1'])
    const img = mapImage({ ImageId: 'ami-1', Name: 'golden', Public: true, State: 'available', OwnerId: TEST_ACCOUNT }, w)
    assert.deepEqual([img.name, img.public], ['golden', true])
    const eni = mapNetworkInterface({ NetworkInterfaceId: 'eni-1', InterfaceType: 'lambda', Status: 'in-use', Groups: [{ GroupId: 'sg-1' }, { GroupId: 'sg-2' }] }, w)
    assert.deepEqual([eni.interfaceType, eni.securityGroupIds], ['lambda', ['sg-1', 'sg-2']])
  })
})

describe('EC2 compute collectors (mocked SDK)', () => {
  const ec2 = mockClient(EC2Client)
  afterEach(() => ec2.reset())

  it('instances: reservations flattened, terminated ones dropped', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }, { InstanceId: 'i-2', State: { Name: 'terminated' } }] }, { Instances: [{ InstanceId: 'i-3', State: { Name: 'stopped' } }] }] })
    const r = await ec2InstanceCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['ec2.instance']!.map((i) => i.id), ['i-1', 'i-3'])
  })

  it('snapshots: own ones, marked public from the restorable-by-all listing', async () => {
    ec2.on(DescribeSnapshotsCommand).callsFake((input: { RestorableByUserIds?: string[] }) =>
      input.RestorableByUserIds?.includes('all') ? { Snapshots: [{ SnapshotId: 'snap-2' }] } : { Snapshots: [{ SnapshotId: 'snap-1', Encrypted: true }, { SnapshotId: 'snap-2', Encrypted: false }] },
    )
    const r = await ec2SnapshotCollector.collect(testContext(), TEST_REGION, {})
    const snaps = r.resources['ec2.snapshot']!
    assert.deepEqual(snaps.map((s) => [s.id, s.public]), [['snap-1', false], ['snap-2', true]])
    assert.deepEqual(ec2.commandCalls(DescribeSnapshotsCommand).map((c) => c.args[0].input.RestorableByUserIds), [undefined, ['all']])
  })

  it('snapshots: no snapshots costs one call; a failed public listing leaves `public` unresolved', async () => {
    ec2.on(DescribeSnapshotsCommand).resolvesOnce({ Snapshots: [] })
    const ctx = testContext()
    assert.deepEqual((await ec2SnapshotCollector.collect(ctx, TEST_REGION, {})).resources['ec2.snapshot'], [])
    assert.deepEqual(ctx.callCounts(), { 'ec2:DescribeSnapshots': 1 })
    ec2.reset()
    ec2.on(DescribeSnapshotsCommand).resolvesOnce({ Snapshots: [{ SnapshotId: 'snap-1' }] }).rejectsOnce(awsError('UnauthorizedOperation', 403))
    const r = await ec2SnapshotCollector.collect(testContext(), TEST_REGION, {})
    assert.match(r.resources['ec2.snapshot']![0]!.unresolved!.public!, /^AccessDenied/)
  })

  it('per-region settings, and a denial becomes a gap', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true })
    ec2.on(GetSerialConsoleAccessStatusCommand).rejects(awsError('UnauthorizedOperation', 403))
    const ebs = await ec2EbsDefaultEncryptionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(ebs.resources['ec2.ebs-default-encryption']!.map((s) => [s.id, s.enabled]), [[`${TEST_ACCOUNT}/${TEST_REGION}/ebs-default-encryption`, true]])
    const serial = await ec2SerialConsoleAccessCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(serial.gaps[0]!.code, 'AccessDenied')
  })
})
