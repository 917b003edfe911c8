import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DAXClient, DescribeClustersCommand } from '@aws-sdk/client-dax'
import { daxClusterCollector, mapDaxCluster } from './dax-cluster.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapDaxCluster', () => {
  it('SSE ENABLED and TLS; anything else is off, a missing endpoint type is NONE', () => {
    const on = mapDaxCluster({ ClusterName: 'a', ClusterArn: `arn:aws:dax:${TEST_REGION}:${TEST_ACCOUNT}:cache/a`, SSEDescription: { Status: 'ENABLED' }, ClusterEndpointEncryptionType: 'TLS' }, where)
    assert.deepEqual([on.name, on.encryptedAtRest, on.endpointEncryption], ['a', true, 'TLS'])
    const off = mapDaxCluster({ ClusterName: 'b', SSEDescription: { Status: 'DISABLED' } }, where)
    assert.deepEqual([off.arn, off.encryptedAtRest, off.endpointEncryption], [`arn:aws:dax:${TEST_REGION}:${TEST_ACCOUNT}:cache/b`, false, 'NONE'])
    assert.equal(mapDaxCluster({ ClusterName: 'c', SSEDescription: { Status: 'ENABLING' } }, where).encryptedAtRest, false)
  })
})

describe('dax.cluster collector (mocked SDK)', () => {
  const dax = mockClient(DAXClient)
  afterEach(() => dax.reset())

  it('one DescribeClusters per page: an empty region costs one call', async () => {
    dax.on(DescribeClustersCommand).resolves({ Clusters: [] })
    const ctx = testContext()
    const r = await daxClusterCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources['dax.cluster'], [])
    assert.deepEqual(ctx.callCounts(), { 'dax:DescribeClusters': 1 })
    dax.reset()
    dax.on(DescribeClustersCommand).resolvesOnce({ Clusters: [{ ClusterName: 'a' }], NextToken: 't' }).resolvesOnce({ Clusters: [{ ClusterName: 'b' }] })
    const paged = await daxClusterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(paged.resources['dax.cluster']!.map((c) => c.name), ['a', 'b'])
    assert.equal(dax.commandCalls(DescribeClustersCommand)[1]!.args[0].input.NextToken, 't')
  })

  it('an endpoint that does not exist: no clusters outside the documented DAX regions, a gap inside them', async () => {
    const noEndpoint = Object.assign(new Error('getaddrinfo ENOTFOUND dax.xx.amazonaws.com'), { code: 'ENOTFOUND' })
    dax.on(DescribeClustersCommand).rejects(noEndpoint)
    const outside = await daxClusterCollector.collect(testContext(), 'ca-central-1', {})
    assert.deepEqual(outside.gaps, [])
    assert.deepEqual(outside.resources['dax.cluster'], [])
    assert.match(outside.notes?.[0] ?? '', /not offered in ca-central-1/)
    const inside = await daxClusterCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(inside.gaps[0]?.code, 'Unsupported')
    assert.deepEqual(inside.resources, {})
  })

  it('denied: a gap, in any region', async () => {
    dax.on(DescribeClustersCommand).rejects(awsError('AccessDeniedException'))
    const r = await daxClusterCollector.collect(testContext(), 'ca-central-1', {})
    assert.equal(r.gaps[0]?.code, 'AccessDenied')
  })
})
