import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeVpcEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ec2VpcEndpointCollector, mapVpcEndpoint } from './ec2.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapVpcEndpoint', () => {
  it('maps an interface endpoint; the state is kept in lower case', () => {
    const e = mapVpcEndpoint({ VpcEndpointId: 'vpce-1', VpcId: 'vpc-1', ServiceName: 'com.amazonaws.us-east-1.sqs', VpcEndpointType: 'Interface', State: 'Available', SubnetIds: ['subnet-a'], PrivateDnsEnabled: true, OwnerId: TEST_ACCOUNT }, w)
    assert.deepEqual(e, {
      id: 'vpce-1',
      arn: `arn:aws:ec2:${TEST_REGION}:${TEST_ACCOUNT}:vpc-endpoint/vpce-1`,
      name: 'vpce-1',
      accountId: TEST_ACCOUNT,
      region: TEST_REGION,
      vpcId: 'vpc-1',
      serviceName: 'com.amazonaws.us-east-1.sqs',
      endpointType: 'Interface',
      state: 'available',
      subnetIds: ['subnet-a'],
      routeTableIds: [],
      privateDnsEnabled: true,
    })
  })

  it('maps a gateway endpoint with its route tables', () => {
    const e = mapVpcEndpoint({ VpcEndpointId: 'vpce-2', VpcId: 'vpc-1', ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Gateway', State: 'available' as never, RouteTableIds: ['rtb-1'] }, w)
    assert.deepEqual([e.endpointType, e.state, e.routeTableIds], ['Gateway', 'available', ['rtb-1']])
  })
})

describe('ec2.vpc-endpoint collector (mocked SDK)', () => {
  const ec2 = mockClient(EC2Client)
  afterEach(() => ec2.reset())

  it('pages, and drops deleted endpoints', async () => {
    ec2
      .on(DescribeVpcEndpointsCommand)
      .resolvesOnce({ VpcEndpoints: [{ VpcEndpointId: 'vpce-1', VpcId: 'vpc-1', State: 'available' as never }], NextToken: 'n' })
      .resolvesOnce({ VpcEndpoints: [{ VpcEndpointId: 'vpce-2', VpcId: 'vpc-1', State: 'deleted' as never }] })
    const r = await ec2VpcEndpointCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['ec2.vpc-endpoint']!.map((e) => e.id), ['vpce-1'])
    assert.equal(ec2.commandCalls(DescribeVpcEndpointsCommand)[1]!.args[0].input.NextToken, 'n')
  })

  it('denied is a gap', async () => {
    ec2.on(DescribeVpcEndpointsCommand).rejects(awsError('UnauthorizedOperation', 403))
    const r = await ec2VpcEndpointCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
