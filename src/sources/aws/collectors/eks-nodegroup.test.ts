/**
 * The EKS node group collector against the loopback server: what it maps, that it reads only
 * the clusters the scan listed (a region without clusters costs no call), and that a denied
 * listing or read is a gap, never an empty list.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { EKSClient } from '@aws-sdk/client-eks'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { eksCluster } from '../../../../test/factories/index.js'
import { eksNodegroupCollector } from './eks-nodegroup.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  regions: {
    [R]: {
      eksClusters: [
        { name: 'platform', version: '1.34', nodegroups: [{ name: 'workers' }, { name: 'legacy', version: '1.30', releaseVersion: '1.30.14-20250801' }] },
        { name: 'empty', version: '1.33' },
      ],
    },
    [EMPTY]: {},
  },
}

describe('EKS node group collector (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { eks: async () => EKSClient as never })

  const ctx = () => loop.context()
  const listed = { 'eks.cluster': [eksCluster({ name: 'platform' }), eksCluster({ name: 'empty', version: '1.33' })] }

  it('maps each node group of each listed cluster with its own version, or the cluster\'s', async () => {
    const out = await eksNodegroupCollector.collect(ctx(), R, listed)
    assert.deepEqual(out.gaps, [])
    const groups = out.resources['eks.nodegroup']!
    assert.deepEqual(
      groups.map((g) => [g.name, g.clusterName, g.nodegroupName, g.version, g.releaseVersion, g.region]).sort(),
      [
        ['platform/legacy', 'platform', 'legacy', '1.30', '1.30.14-20250801', R],
        ['platform/workers', 'platform', 'workers', '1.34', '1.34.0-20251101', R],
      ],
    )
    assert.match(groups[0]!.arn!, new RegExp(`^arn:aws:eks:${R}:${ACCOUNT}:nodegroup/platform/`))
  })

  it('a region without clusters costs no call', async () => {
    const before = loop.server().calls.count({ region: EMPTY })
    const out = await eksNodegroupCollector.collect(ctx(), EMPTY, {})
    assert.deepEqual(out.resources['eks.nodegroup'], [])
    assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 0)
  })

  it('a cluster deleted since it was listed has no node groups', async () => {
    const out = await eksNodegroupCollector.collect(ctx(), R, { 'eks.cluster': [eksCluster({ name: 'gone' })] })
    assert.deepEqual(out.gaps, [])
    assert.deepEqual(out.resources['eks.nodegroup'], [])
  })

  it('a denied listing is a gap; a denied read is a gap naming the node group', async () => {
    loop.server().deny({ action: 'eks:ListNodegroups' })
    try {
      const out = await eksNodegroupCollector.collect(ctx(), R, listed)
      assert.deepEqual(Object.values(out.resources).flat(), [])
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.equal(out.gaps[0]?.resourceType, 'eks.nodegroup')
    } finally {
      loop.server().clearDenials()
    }
    loop.server().deny({ action: 'eks:DescribeNodegroup' })
    try {
      const out = await eksNodegroupCollector.collect(ctx(), R, listed)
      assert.deepEqual(out.resources['eks.nodegroup'], [])
      assert.equal(out.gaps.length, 1)
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.match(out.gaps[0]?.message ?? '', /2 node groups/)
    } finally {
      loop.server().clearDenials()
    }
  })
})
