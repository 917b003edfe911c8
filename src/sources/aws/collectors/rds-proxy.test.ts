import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeDBProxiesCommand, RDSClient } from '@aws-sdk/client-rds'
import { mapDbProxy, rdsProxyCollector } from './rds-proxy.js'
import { mapDbCluster, mapDbInstance } from './rds.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapDbProxy', () => {
  it('reads RequireTLS, the engine family and the status', () => {
    const p = mapDbProxy({ DBProxyName: 'orders', DBProxyArn: `arn:aws:rds:${TEST_REGION}:${TEST_ACCOUNT}:db-proxy:prx-1`, EngineFamily: 'POSTGRESQL', RequireTLS: true, Status: 'available', VpcId: 'vpc-1' }, where)
    assert.equal(p.name, 'orders')
    assert.equal(p.requireTls, true)
    assert.equal(p.engineFamily, 'POSTGRESQL')
    assert.equal(p.id, `arn:aws:rds:${TEST_REGION}:${TEST_ACCOUNT}:db-proxy:prx-1`)
  })

  it('RequireTLS absent is plaintext allowed', () => {
    assert.equal(mapDbProxy({ DBProxyName: 'p' }, where).requireTls, false)
  })
})

describe('RDS instance and cluster fields for RDS.14 and RDS.46', () => {
  it('an instance keeps the subnets and VPC of its DB subnet group', () => {
    const i = mapDbInstance({ DBInstanceIdentifier: 'db', Engine: 'postgres', DBSubnetGroup: { VpcId: 'vpc-1', Subnets: [{ SubnetIdentifier: 'subnet-a' }, { SubnetIdentifier: 'subnet-b' }] } }, where)
    assert.deepEqual(i.subnetIds, ['subnet-a', 'subnet-b'])
    assert.equal(i.vpcId, 'vpc-1')
  })

  it('an instance without a DB subnet group leaves its subnets unknown (absent), not empty', () => {
    assert.equal('subnetIds' in mapDbInstance({ DBInstanceIdentifier: 'db', Engine: 'postgres' }, where), false)
  })

  it('a cluster keeps its backtrack window; none means off', () => {
    assert.equal(mapDbCluster({ DBClusterIdentifier: 'c', Engine: 'aurora-mysql', BacktrackWindow: 86400 }, where).backtrackWindow, 86400)
    assert.equal(mapDbCluster({ DBClusterIdentifier: 'c', Engine: 'aurora-mysql' }, where).backtrackWindow, undefined)
  })
})

describe('RDS proxy collector (mocked SDK)', () => {
  const rds = mockClient(RDSClient)
  afterEach(() => rds.reset())

  it('pages through DescribeDBProxies', async () => {
    rds.on(DescribeDBProxiesCommand).resolvesOnce({ DBProxies: [{ DBProxyName: 'a', RequireTLS: true }], Marker: 'm1' }).resolvesOnce({ DBProxies: [{ DBProxyName: 'b' }] })
    const r = await rdsProxyCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['rds.proxy']!.map((p) => [p.name, p.requireTls]), [['a', true], ['b', false]])
    assert.equal(rds.commandCalls(DescribeDBProxiesCommand)[1]!.args[0].input.Marker, 'm1')
  })

  it('a denied listing is a gap of the type in the region', async () => {
    rds.on(DescribeDBProxiesCommand).rejects(awsError('AccessDenied', 403))
    const r = await rdsProxyCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]?.resourceType, 'rds.proxy')
    assert.equal(r.gaps[0]?.region, TEST_REGION)
  })
})
