import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeAccessPointsCommand, DescribeBackupPolicyCommand, DescribeFileSystemPolicyCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs'
import { efsAccessPointCollector, efsFileSystemCollector, mapAccessPoint } from './efs.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import { efsFileSystem } from '../../../../test/factories/index.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount', Resource: '*' }] })

describe('mapAccessPoint', () => {
  it('no root directory means /; no POSIX user means null', () => {
    const ap = mapAccessPoint({ AccessPointId: 'fsap-1', FileSystemId: 'fs-1' }, where)
    assert.equal(ap.rootDirectory, '/')
    assert.equal(ap.posixUser, null)
    assert.deepEqual(mapAccessPoint({ AccessPointId: 'fsap-2', PosixUser: { Uid: 1001, Gid: 1002 }, RootDirectory: { Path: '/app' } }, where).posixUser, { uid: 1001, gid: 1002, secondaryGids: [] })
  })
})

describe('EFS collectors (mocked SDK)', () => {
  const efs = mockClient(EFSClient)
  afterEach(() => efs.reset())

  it('reads the policy and backup policy of each file system; missing ones are null and DISABLED', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [
      { FileSystemId: 'fs-1', Encrypted: true, Name: 'uploads', OwnerId: TEST_ACCOUNT, CreationToken: 'a', CreationTime: new Date(), LifeCycleState: 'available', NumberOfMountTargets: 1, SizeInBytes: { Value: 1 }, PerformanceMode: 'generalPurpose', Tags: [] },
      { FileSystemId: 'fs-2', Encrypted: false, OwnerId: TEST_ACCOUNT, CreationToken: 'b', CreationTime: new Date(), LifeCycleState: 'available', NumberOfMountTargets: 1, SizeInBytes: { Value: 1 }, PerformanceMode: 'generalPurpose', Tags: [] },
    ] })
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ Policy: publicPolicy })
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 404))
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ BackupPolicy: { Status: 'ENABLED' } })
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 404))
    const r = await efsFileSystemCollector.collect(testContext(), TEST_REGION, {})
    const [a, b] = r.resources['efs.file-system']!
    assert.equal(a!.name, 'uploads')
    assert.equal(a!.policy?.Statement.length, 1)
    assert.equal(a!.backupPolicyStatus, 'ENABLED')
    assert.equal(b!.policy, null)
    assert.equal(b!.backupPolicyStatus, 'DISABLED')
    assert.equal(b!.unresolved, undefined)
  })

  it('a denied policy read is unresolved, never "no policy"', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [{ FileSystemId: 'fs-1', OwnerId: TEST_ACCOUNT, CreationToken: 'a', CreationTime: new Date(), LifeCycleState: 'available', NumberOfMountTargets: 0, SizeInBytes: { Value: 1 }, PerformanceMode: 'generalPurpose', Tags: [] }] })
    efs.on(DescribeFileSystemPolicyCommand).rejects(awsError('AccessDeniedException', 403))
    efs.on(DescribeBackupPolicyCommand).resolves({ BackupPolicy: { Status: 'DISABLED' } })
    const r = await efsFileSystemCollector.collect(testContext(), TEST_REGION, {})
    assert.match(r.resources['efs.file-system']![0]!.unresolved!.policy!, /AccessDenied/)
  })

  it('access points are listed per file system; a region without file systems costs no call', async () => {
    efs.on(DescribeAccessPointsCommand).resolves({ AccessPoints: [{ AccessPointId: 'fsap-1', FileSystemId: 'fs-0123456789abcdef0', RootDirectory: { Path: '/' } }] })
    const ctx = testContext()
    const none = await efsAccessPointCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(none.resources['efs.access-point'], [])
    assert.deepEqual(ctx.callCounts(), {})
    const r = await efsAccessPointCollector.collect(testContext(), TEST_REGION, { 'efs.file-system': [efsFileSystem()] })
    assert.equal(r.resources['efs.access-point']![0]!.rootDirectory, '/')
    assert.equal(efs.commandCalls(DescribeAccessPointsCommand)[0]!.args[0].input.FileSystemId, 'fs-0123456789abcdef0')
  })

  it('a failed access point listing is a gap', async () => {
    efs.on(DescribeAccessPointsCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await efsAccessPointCollector.collect(testContext(), TEST_REGION, { 'efs.file-system': [efsFileSystem()] })
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.resourceType, 'efs.access-point')
  })
})
