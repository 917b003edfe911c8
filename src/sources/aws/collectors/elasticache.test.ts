import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache'
import { elastiCacheClusterCollector, elastiCacheReplicationGroupCollector, mapCacheCluster, mapReplicationGroup } from './elasticache.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('ElastiCache mappers', () => {
  it('a replication group', () => {
    const g = mapReplicationGroup({ ReplicationGroupId: 'sessions', Engine: 'valkey', AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred', AuthTokenEnabled: false, UserGroupIds: ['u'], SnapshotRetentionLimit: 0, AutomaticFailover: 'enabled', MemberClusters: ['sessions-001'] }, where)
    assert.equal(g.transitEncryptionMode, 'preferred')
    assert.deepEqual(g.userGroupIds, ['u'])
    assert.equal(g.snapshotRetentionLimit, 0)
    assert.equal(g.automaticFailover, 'enabled')
  })
  it('the port of a Memcached cluster (configuration endpoint) and of a Redis node', () => {
    assert.equal(mapCacheCluster({ CacheClusterId: 'm', Engine: 'memcached', ConfigurationEndpoint: { Port: 11211 } }, where).port, 11211)
    const r = mapCacheCluster({ CacheClusterId: 'r', Engine: 'redis', CacheNodes: [{ Endpoint: { Address: 'x', Port: 6380 } }], SecurityGroups: [{ SecurityGroupId: 'sg-1', Status: 'active' }], CacheSubnetGroupName: 'default', ReplicationGroupId: 'sessions' }, where)
    assert.equal(r.port, 6380)
    assert.deepEqual(r.securityGroupIds, ['sg-1'])
    assert.equal(r.replicationGroupId, 'sessions')
  })
})

describe('ElastiCache collectors (mocked SDK)', () => {
  const ec = mockClient(ElastiCacheClient)
  afterEach(() => ec.reset())

  it('one call each for a region without caches; node info is asked for', async () => {
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [] })
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] })
    const ctx = testContext()
    await elastiCacheReplicationGroupCollector.collect(ctx, TEST_REGION, {})
    await elastiCacheClusterCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(ctx.callCounts(), { 'elasticache:DescribeCacheClusters': 1, 'elasticache:DescribeReplicationGroups': 1 })
    assert.equal(ec.commandCalls(DescribeCacheClustersCommand)[0]!.args[0].input.ShowCacheNodeInfo, true)
  })

  it('pages with Marker; a failed page is a gap', async () => {
    ec.on(DescribeCacheClustersCommand).resolvesOnce({ CacheClusters: [{ CacheClusterId: 'a', Engine: 'memcached' }], Marker: 'm' }).rejectsOnce(awsError('AccessDenied', 403))
    const r = await elastiCacheClusterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.resourceType, 'elasticache.cluster')
  })
})
