/**
 * The container short-cuts (listed-none.ts) through the real collectors and the real scheduler,
 * against mocked SDK clients: an empty container listing skips the contained kinds; a failed one,
 * or a scan that does not collect the container, lists them as before.
 */
import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache'
import { DescribeInstancesCommand, DescribeNetworkInterfacesCommand, DescribeNatGatewaysCommand, DescribeNetworkAclsCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcEndpointsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { listedNone } from './listed-none.js'
import { logsLogGroupCollector } from './logs-log-group.js'
import { logsMetricFilterCollector } from './logs-metric-filter.js'
import { elastiCacheClusterCollector, elastiCacheReplicationGroupCollector } from './elasticache.js'
import { ec2NatGatewayCollector, ec2RouteTableCollector, ec2SecurityGroupCollector, ec2SubnetCollector, ec2VpcCollector, ec2VpcEndpointCollector } from './ec2.js'
import { ec2NetworkAclCollector } from './ec2-network.js'
import { ec2InstanceCollector, ec2NetworkInterfaceCollector } from './ec2-compute.js'
import { lambdaFunctionCollector } from './lambda-function.js'
import { runCollectors } from '../run-collectors.js'
import { awsError, TEST_REGION, testContext } from '../testing/fake-context.js'
import type { Collector } from '../collector.js'

const run = (collectors: Collector[]) => {
  const ctx = testContext()
  return runCollectors(ctx, collectors, [TEST_REGION], { globalRegion: TEST_REGION }).then((out) => ({ out, calls: ctx.callCounts() }))
}

/** One EC2 mock for the file: a second mockClient(EC2Client) would replace the first. */
const ec2 = mockClient(EC2Client)

describe('listedNone', () => {
  it('only an empty list of the type counts; no list (failed or not collected) does not', () => {
    assert.equal(listedNone({ 'ec2.vpc': [] }, 'ec2.vpc'), true)
    assert.equal(listedNone({}, 'ec2.vpc'), false)
    assert.equal(listedNone({ 'ec2.subnet': [] }, 'ec2.vpc'), false)
  })
})

describe('metric filters need a log group', () => {
  const logs = mockClient(CloudWatchLogsClient)
  afterEach(() => logs.reset())
  const lambda = { ...lambdaFunctionCollector, collect: async () => ({ resources: { 'lambda.function': [] }, gaps: [] }) }

  it('no log group in the region: DescribeMetricFilters is not called', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [] })
    const { out, calls } = await run([lambda, logsLogGroupCollector, logsMetricFilterCollector])
    assert.deepEqual(calls, { 'logs:DescribeLogGroups': 1 })
    assert.deepEqual(out.resources['logs.metric-filter'], [])
    assert.deepEqual(out.gaps, [])
  })

  it('a log group: the filters are listed', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: 'trail' }] })
    logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [{ filterName: 'root', logGroupName: 'trail', filterPattern: '{ $.x = 1 }' }] })
    const { out } = await run([lambda, logsLogGroupCollector, logsMetricFilterCollector])
    assert.deepEqual(out.resources['logs.metric-filter']!.map((f) => f.name), ['root'])
  })

  it('a denied log group listing is no emptiness: the filters are listed, and only log groups have a gap', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException'))
    logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [{ filterName: 'root', logGroupName: 'trail', filterPattern: '{ $.x = 1 }' }] })
    const { out, calls } = await run([lambda, logsLogGroupCollector, logsMetricFilterCollector])
    assert.equal(calls['logs:DescribeMetricFilters'], 1)
    assert.deepEqual(out.resources['logs.metric-filter']!.map((f) => f.name), ['root'])
    assert.deepEqual(out.gaps.map((g) => g.resourceType), ['logs.log-group'])
  })

  it('a scan without log groups lists the filters', async () => {
    logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] })
    const { calls } = await run([logsMetricFilterCollector])
    assert.deepEqual(calls, { 'logs:DescribeMetricFilters': 1 })
  })
})

describe('replication groups are made of cache clusters', () => {
  const ec = mockClient(ElastiCacheClient)
  afterEach(() => ec.reset())

  it('no cluster in the region: DescribeReplicationGroups is not called', async () => {
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [] })
    const { out, calls } = await run([elastiCacheReplicationGroupCollector, elastiCacheClusterCollector])
    assert.deepEqual(calls, { 'elasticache:DescribeCacheClusters': 1 })
    assert.deepEqual(out.resources['elasticache.replication-group'], [])
  })

  it('a member cluster: the groups are listed', async () => {
    ec.on(DescribeCacheClustersCommand).resolves({ CacheClusters: [{ CacheClusterId: 'sessions-001', ReplicationGroupId: 'sessions', Engine: 'valkey' }] })
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [{ ReplicationGroupId: 'sessions', MemberClusters: ['sessions-001'] }] })
    const { out } = await run([elastiCacheReplicationGroupCollector, elastiCacheClusterCollector])
    assert.deepEqual(out.resources['elasticache.replication-group']!.map((g) => g.name), ['sessions'])
  })

  it('a denied cluster listing is no emptiness: the groups are listed, and only clusters have a gap', async () => {
    ec.on(DescribeCacheClustersCommand).rejects(awsError('AccessDenied', 403))
    ec.on(DescribeReplicationGroupsCommand).resolves({ ReplicationGroups: [{ ReplicationGroupId: 'sessions' }] })
    const { out } = await run([elastiCacheReplicationGroupCollector, elastiCacheClusterCollector])
    assert.deepEqual(out.resources['elasticache.replication-group']!.map((g) => g.name), ['sessions'])
    assert.deepEqual(out.gaps.map((g) => g.resourceType), ['elasticache.cluster'])
  })
})

describe('what only a VPC owner creates needs a VPC', () => {
  afterEach(() => ec2.reset())
  const owned = [ec2SubnetCollector, ec2RouteTableCollector, ec2NetworkAclCollector, ec2NatGatewayCollector, ec2VpcEndpointCollector]
  const ownedCalls = ['ec2:DescribeNatGateways', 'ec2:DescribeNetworkAcls', 'ec2:DescribeRouteTables', 'ec2:DescribeSubnets', 'ec2:DescribeVpcEndpoints']
  const emptyListings = () => {
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] })
    ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] })
    ec2.on(DescribeNetworkAclsCommand).resolves({ NetworkAcls: [] })
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [] })
    ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] })
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] })
  }

  it('no VPC: subnets, route tables, NACLs, NAT gateways and endpoints are not listed; security groups still are', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] })
    emptyListings()
    const { out, calls } = await run([ec2VpcCollector, ...owned, ec2SecurityGroupCollector])
    assert.deepEqual(calls, { 'ec2:DescribeSecurityGroups': 1, 'ec2:DescribeVpcs': 1 })
    for (const c of owned) assert.deepEqual(out.resources[c.produces[0]!], [], c.id)
    assert.deepEqual(out.gaps, [])
  })

  it('a VPC: every kind is listed', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }] })
    emptyListings()
    const { calls } = await run([ec2VpcCollector, ...owned])
    assert.deepEqual(Object.keys(calls).sort(), [...ownedCalls, 'ec2:DescribeVpcs'].sort())
  })

  it('a denied VPC listing is no emptiness: every kind is listed, and only VPCs have a gap', async () => {
    ec2.on(DescribeVpcsCommand).rejects(awsError('UnauthorizedOperation', 403))
    emptyListings()
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-a', VpcId: 'vpc-1' }] })
    const { out, calls } = await run([ec2VpcCollector, ...owned])
    for (const op of ownedCalls) assert.equal(calls[op], 1, op)
    assert.deepEqual(out.resources['ec2.subnet']!.map((s) => s.id), ['subnet-a'])
    assert.deepEqual(out.gaps.map((g) => g.resourceType), ['ec2.vpc'])
  })

  it('a scan without VPCs lists the owned kinds', async () => {
    emptyListings()
    const { calls } = await run(owned)
    assert.deepEqual(Object.keys(calls).sort(), ownedCalls)
  })
})

describe('an instance has a primary network interface', () => {
  afterEach(() => ec2.reset())

  it('no network interface in the region: DescribeInstances is not called', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] })
    const { out, calls } = await run([ec2InstanceCollector, ec2NetworkInterfaceCollector])
    assert.deepEqual(calls, { 'ec2:DescribeNetworkInterfaces': 1 })
    assert.deepEqual(out.resources['ec2.instance'], [])
  })

  it('an interface (of anything): the instances are listed', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1', InterfaceType: 'lambda' }] })
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] })
    const { calls } = await run([ec2InstanceCollector, ec2NetworkInterfaceCollector])
    assert.equal(calls['ec2:DescribeInstances'], 1)
  })

  it('a denied interface listing is no emptiness: the instances are listed, and only interfaces have a gap', async () => {
    ec2.on(DescribeNetworkInterfacesCommand).rejects(awsError('UnauthorizedOperation', 403))
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }] }] })
    const { out } = await run([ec2InstanceCollector, ec2NetworkInterfaceCollector])
    assert.deepEqual(out.resources['ec2.instance']!.map((i) => i.id), ['i-1'])
    assert.deepEqual(out.gaps.map((g) => g.resourceType), ['ec2.network-interface'])
  })
})
