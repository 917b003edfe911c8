/**
 * The launch template and Spot Fleet collectors against the loopback server (EC2 query/XML): what
 * they map from each template's default version, that an empty region costs one listing each,
 * that the default versions are read in one bulk call, and that a denied read is unknown, never
 * a pass.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { EC2Client } from '@aws-sdk/client-ec2'
import type { Collector } from '../collector.js'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { ec2LaunchTemplateCollector, ec2SpotFleetRequestCollector, mapSpotFleetRequest } from './ec2-launch.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  regions: {
    [R]: {
      launchTemplates: [
        // Version 2 (latest) is secure, but version 1 is still the default: the default counts.
        {
          launchTemplateId: 'lt-0000000000000000a',
          name: 'legacy',
          versions: [
            { networkInterfaces: [{ deviceIndex: 0, associatePublicIp: true }], volumes: [{ deviceName: '/dev/xvda', encrypted: false }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }], ephemeralDevices: ['/dev/sdb'], httpTokens: 'optional' },
            { networkInterfaces: [{ deviceIndex: 0, associatePublicIp: false }], volumes: [{ deviceName: '/dev/xvda', encrypted: true }], httpTokens: 'required' },
          ],
          tags: { team: 'web' },
        },
        { launchTemplateId: 'lt-0000000000000000b', name: 'bare', versions: [{}, { httpTokens: 'required' }], defaultVersion: 2, tags: { Name: 'bare-tagged' } },
      ],
      spotFleetRequests: [
        { spotFleetRequestId: 'sfr-1', launchSpecifications: [{ instanceType: 'c5.large', volumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf' }] }] },
        { spotFleetRequestId: 'sfr-2', state: 'submitted', launchTemplateIds: ['lt-0000000000000000a'] },
        { spotFleetRequestId: 'sfr-3', state: 'cancelled', launchSpecifications: [{ volumes: [{ deviceName: '/dev/xvda', encrypted: false }] }] },
      ],
    },
    [EMPTY]: {},
  },
}

describe('EC2 launch template and Spot Fleet collectors (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { ec2: async () => EC2Client as never })

  const ctx = () => loop.context()
  const collect = (c: Collector, region = R) => c.collect(ctx(), region, {})

  it('maps each template from its default version, in one bulk version read', async () => {
    const before = loop.server().calls.count({ operation: 'DescribeLaunchTemplateVersions', region: R })
    const out = await collect(ec2LaunchTemplateCollector)
    assert.deepEqual(out.gaps, [])
    assert.equal(loop.server().calls.count({ operation: 'DescribeLaunchTemplateVersions', region: R }) - before, 1)
    const [legacy, bare] = out.resources['ec2.launch-template']!
    assert.deepEqual([legacy!.id, legacy!.name, legacy!.defaultVersion, legacy!.arn], ['lt-0000000000000000a', 'legacy', 1, `arn:aws:ec2:${R}:${ACCOUNT}:launch-template/lt-0000000000000000a`])
    assert.deepEqual(legacy!.networkInterfaces, [{ deviceIndex: 0, associatePublicIp: true }])
    // The instance-store mapping creates no EBS volume; the snapshot volume leaves Encrypted unset.
    assert.deepEqual(legacy!.ebsVolumes, [{ deviceName: '/dev/xvda', encrypted: false }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }])
    assert.deepEqual(legacy!.metadataOptions, { httpTokens: 'optional' })
    assert.deepEqual([bare!.name, bare!.defaultVersion, bare!.networkInterfaces, bare!.ebsVolumes, bare!.metadataOptions, bare!.unresolved], ['bare-tagged', 2, [], [], { httpTokens: 'required' }, undefined])
  })

  it('keeps open Spot Fleet requests only, with their launch specifications', async () => {
    const out = await collect(ec2SpotFleetRequestCollector)
    assert.deepEqual(out.gaps, [])
    const requests = out.resources['ec2.spot-fleet-request']!
    assert.deepEqual(
      requests.map((r) => [r.id, r.state, r.launchTemplateConfigCount, r.launchSpecifications]),
      [
        ['sfr-1', 'active', 0, [{ instanceType: 'c5.large', ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf' }] }]],
        ['sfr-2', 'submitted', 1, []],
      ],
    )
    assert.equal(mapSpotFleetRequest({ SpotFleetRequestId: 'sfr-x' }, { region: R, accountId: ACCOUNT, partition: 'aws' }).state, 'unknown')
  })

  it('an empty region costs one call per kind', async () => {
    const before = loop.server().calls.count({ region: EMPTY })
    assert.deepEqual((await collect(ec2LaunchTemplateCollector, EMPTY)).resources['ec2.launch-template'], [])
    assert.deepEqual((await collect(ec2SpotFleetRequestCollector, EMPTY)).resources['ec2.spot-fleet-request'], [])
    assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 2)
    assert.equal(loop.server().calls.count({ operation: 'DescribeLaunchTemplateVersions', region: EMPTY }), 0)
  })

  it('a denied listing is a gap; a denied version read leaves the version fields unresolved', async () => {
    loop.server().deny({ action: 'ec2:DescribeLaunchTemplates' })
    loop.server().deny({ action: 'ec2:DescribeSpotFleetRequests' })
    try {
      for (const [c, type] of [[ec2LaunchTemplateCollector, 'ec2.launch-template'], [ec2SpotFleetRequestCollector, 'ec2.spot-fleet-request']] as const) {
        const out = await collect(c)
        assert.deepEqual(Object.values(out.resources).flat(), [])
        assert.deepEqual([out.gaps[0]?.code, out.gaps[0]?.resourceType], ['AccessDenied', type])
      }
    } finally {
      loop.server().clearDenials()
    }
    loop.server().deny({ action: 'ec2:DescribeLaunchTemplateVersions' })
    try {
      const out = await collect(ec2LaunchTemplateCollector)
      assert.deepEqual(out.gaps, [])
      const templates = out.resources['ec2.launch-template']!
      assert.equal(templates.length, 2)
      for (const t of templates) {
        assert.deepEqual(Object.keys(t.unresolved ?? {}).sort(), ['ebsVolumes', 'metadataOptions.httpEndpoint', 'metadataOptions.httpTokens', 'networkInterfaces'])
        assert.match(t.unresolved!.networkInterfaces!, /^AccessDenied/)
      }
    } finally {
      loop.server().clearDenials()
    }
  })
})
