import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeMountTargetsCommand, EFSClient } from '@aws-sdk/client-efs'
import { efsMountTargetCollector, mapMountTarget } from './efs-mount-target.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import { efsFileSystem } from '../../../../test/factories/index.js'

describe('mapMountTarget', () => {
  it('keeps the file system, subnet, VPC and zone', () => {
    const mt = mapMountTarget({ MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-1', VpcId: 'vpc-1', AvailabilityZoneName: 'us-east-1a', LifeCycleState: 'available' }, { region: TEST_REGION, accountId: TEST_ACCOUNT })
    assert.deepEqual(mt, { id: 'fsmt-1', name: 'fsmt-1', accountId: TEST_ACCOUNT, region: TEST_REGION, mountTargetId: 'fsmt-1', fileSystemId: 'fs-1', subnetId: 'subnet-1', vpcId: 'vpc-1', availabilityZone: 'us-east-1a' })
  })
})

describe('EFS mount target collector (mocked SDK)', () => {
  const efs = mockClient(EFSClient)
  afterEach(() => efs.reset())

  it('asks once per file system of the region and pages', async () => {
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1' }).resolvesOnce({ MountTargets: [{ MountTargetId: 'fsmt-a', FileSystemId: 'fs-1', SubnetId: 's-a', LifeCycleState: 'available' }], NextMarker: 'n' }).resolvesOnce({ MountTargets: [{ MountTargetId: 'fsmt-b', FileSystemId: 'fs-1', SubnetId: 's-b', LifeCycleState: 'available' }] })
    const r = await efsMountTargetCollector.collect(testContext(), TEST_REGION, { 'efs.file-system': [efsFileSystem({ fileSystemId: 'fs-1' }), efsFileSystem({ fileSystemId: 'fs-2', region: 'eu-west-1' })] })
    assert.deepEqual(r.resources['efs.mount-target']!.map((m) => m.subnetId), ['s-a', 's-b'])
    assert.equal(efs.commandCalls(DescribeMountTargetsCommand).length, 2)
  })

  it('no file system, no call', async () => {
    const r = await efsMountTargetCollector.collect(testContext(), TEST_REGION, { 'efs.file-system': [] })
    assert.deepEqual(r.resources['efs.mount-target'], [])
    assert.equal(efs.commandCalls(DescribeMountTargetsCommand).length, 0)
  })

  it('a file system whose mount targets cannot be read makes a gap', async () => {
    efs.on(DescribeMountTargetsCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await efsMountTargetCollector.collect(testContext(), TEST_REGION, { 'efs.file-system': [efsFileSystem({ fileSystemId: 'fs-1' })] })
    assert.equal(r.gaps.length, 1)
    assert.equal(r.gaps[0]!.resourceType, 'efs.mount-target')
  })
})
