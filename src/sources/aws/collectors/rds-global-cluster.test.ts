/**
 * The Aurora global database collector against the loopback server: one listing per scan, each
 * global database filed under its writer's region (global without members), and a denied
 * listing is a gap, never an empty list.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { RDSClient } from '@aws-sdk/client-rds'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { mapGlobalCluster, rdsGlobalClusterCollector } from './rds-global-cluster.js'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  rdsGlobalClusters: [
    { identifier: 'orders-global', engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.2', members: [{ region: 'eu-west-1', clusterIdentifier: 'orders-eu' }, { region: 'us-east-1', clusterIdentifier: 'orders-us' }] },
    { identifier: 'staging-global', engine: 'aurora-postgresql', engineVersion: '16.4', members: [] },
  ],
  regions: { 'us-east-1': {}, 'eu-west-1': {} },
}

describe('RDS global cluster collector (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { rds: async () => RDSClient as never })

  const ctx = () => loop.context()

  it('lists every global database once, in its writer\'s region, with the writer first', async () => {
    const before = loop.server().calls.count({ operation: 'DescribeGlobalClusters' })
    const out = await rdsGlobalClusterCollector.collect(ctx(), 'us-east-1', {})
    assert.equal(loop.server().calls.count({ operation: 'DescribeGlobalClusters' }) - before, 1)
    assert.deepEqual(out.gaps, [])
    assert.deepEqual(
      out.resources['rds.global-cluster']!.map((g) => [g.name, g.region, g.engine, g.engineVersion, g.memberClusterArns.length, g.arn]),
      [
        ['orders-global', 'eu-west-1', 'aurora-mysql', '8.0.mysql_aurora.3.08.2', 2, `arn:aws:rds::${ACCOUNT}:global-cluster:orders-global`],
        ['staging-global', 'global', 'aurora-postgresql', '16.4', 0, `arn:aws:rds::${ACCOUNT}:global-cluster:staging-global`],
      ],
    )
    assert.match(out.resources['rds.global-cluster']![0]!.memberClusterArns[0]!, /:eu-west-1:.*:cluster:orders-eu$/)
  })

  it('marks a missing engine version unresolved', () => {
    const g = mapGlobalCluster({ GlobalClusterIdentifier: 'x', Engine: 'aurora-mysql' }, ACCOUNT, 'aws')
    assert.ok(g.unresolved?.engineVersion)
  })

  it('a denied listing is a gap', async () => {
    loop.server().deny({ action: 'rds:DescribeGlobalClusters' })
    try {
      const out = await rdsGlobalClusterCollector.collect(ctx(), 'us-east-1', {})
      assert.deepEqual(Object.values(out.resources).flat(), [])
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.equal(out.gaps[0]?.resourceType, 'rds.global-cluster')
    } finally {
      loop.server().clearDenials()
    }
  })
})
