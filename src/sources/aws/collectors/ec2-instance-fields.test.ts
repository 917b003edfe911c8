import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mapInstance, mapNetworkInterface, stateTransitionTime } from './ec2-compute.js'
import { TEST_ACCOUNT, TEST_REGION } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('EC2 instance fields for FSBP EC2.4, EC2.17, EC2.24 and EC2.180', () => {
  it('reads the stop time out of the state-transition reason', () => {
    assert.equal(stateTransitionTime('User initiated (2026-10-01 08:15:00 GMT)'), '2026-10-01T08:15:00.000Z')
    assert.equal(stateTransitionTime('Service initiated (2026-02-29 08:15:00 GMT)'), undefined) // no such day
    assert.equal(stateTransitionTime('Server.InternalError'), undefined)
    assert.equal(stateTransitionTime(undefined), undefined)
  })

  it('maps a stopped instance: stop time, virtualization, interface count', () => {
    const i = mapInstance({ InstanceId: 'i-1', State: { Name: 'stopped' }, StateTransitionReason: 'User initiated (2026-10-01 08:15:00 GMT)', VirtualizationType: 'paravirtual', NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1' }, { NetworkInterfaceId: 'eni-2' }] }, w)
    assert.deepEqual([i.stoppedAt, i.stateTransitionReason, i.virtualizationType, i.networkInterfaceCount], ['2026-10-01T08:15:00.000Z', 'User initiated (2026-10-01 08:15:00 GMT)', 'paravirtual', 2])
  })

  it('a running instance has no stop time; missing fields stay absent (unknown to the checks)', () => {
    const i = mapInstance({ InstanceId: 'i-2', State: { Name: 'running' }, StateTransitionReason: 'User initiated (2026-10-01 08:15:00 GMT)' }, w)
    assert.deepEqual([i.stoppedAt, i.virtualizationType, i.networkInterfaceCount], [undefined, undefined, undefined])
  })

  it('maps the source/destination check of a network interface', () => {
    assert.equal(mapNetworkInterface({ NetworkInterfaceId: 'eni-1', SourceDestCheck: false }, w).sourceDestCheck, false)
    assert.equal(mapNetworkInterface({ NetworkInterfaceId: 'eni-2', SourceDestCheck: true }, w).sourceDestCheck, true)
    assert.equal(mapNetworkInterface({ NetworkInterfaceId: 'eni-3' }, w).sourceDestCheck, undefined)
  })
})
