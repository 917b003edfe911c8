import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeNatGatewaysCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ec2NatGatewayCollector, ec2SubnetCollector, ec2VpcCollector, mapNatGateway, mapRouteTable, mapSecurityGroup, mapSubnet, mapVpc } from './ec2.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('EC2 mappers', () => {
  it('VPC: id is the VPC id, name from the Name tag, ARN built', () => {
    const v = mapVpc({ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', IsDefault: true, OwnerId: TEST_ACCOUNT, Tags: [{ Key: 'Name', Value: 'main' }] }, w)
    assert.deepEqual(v, { id: 'vpc-1', arn: `arn:aws:ec2:${TEST_REGION}:${TEST_ACCOUNT}:vpc/vpc-1`, name: 'main', accountId: TEST_ACCOUNT, region: TEST_REGION, tags: { Name: 'main' }, cidrBlock: '10.0.0.0/16', isDefault: true })
  })

  it('subnet: name falls back to the id', () => {
    const s = mapSubnet({ SubnetId: 'subnet-a', VpcId: 'vpc-1', AvailabilityZone: 'us-east-1a', MapPublicIpOnLaunch: true, SubnetArn: 'arn:aws:ec2:us-east-1:111122223333:subnet/subnet-a' }, w)
    assert.equal(s.name, 'subnet-a')
    assert.equal(s.arn, 'arn:aws:ec2:us-east-1:111122223333:subnet/subnet-a')
    assert.equal(s.mapPublicIpOnLaunch, true)
    assert.equal(s.availabilityZone, 'us-east-1a')
  })

  it('route table: main flag, associated subnets, routes by target', () => {
    const t = mapRouteTable(
      {
        RouteTableId: 'rtb-1',
        VpcId: 'vpc-1',
        Associations: [{ Main: true }, { SubnetId: 'subnet-a', Main: false }],
        Routes: [
          { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' },
          { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' },
          { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-1' },
          { DestinationPrefixListId: 'pl-1', GatewayId: 'vpce-1' },
        ],
      },
      w,
    )
    assert.equal(t.main, true)
    assert.deepEqual(t.subnetIds, ['subnet-a'])
    assert.deepEqual(t.routes, [
      { destination: '10.0.0.0/16', gatewayId: 'local' },
      { destination: '0.0.0.0/0', natGatewayId: 'nat-1' },
      { destination: '::/0', egressOnlyInternetGatewayId: 'eigw-1' },
      { destination: 'pl-1', gatewayId: 'vpce-1', vpcEndpointId: 'vpce-1' },
    ])
  })

  it('security group: ingress and egress rules with every kind of peer', () => {
    const g = mapSecurityGroup(
      {
        GroupId: 'sg-1',
        GroupName: 'web',
        VpcId: 'vpc-1',
        Description: 'd',
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
        IpPermissionsEgress: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-2' }], PrefixListIds: [{ PrefixListId: 'pl-1' }] }],
      },
      w,
    )
    assert.equal(g.name, 'web')
    assert.equal(g.groupId, 'sg-1')
    assert.deepEqual(g.ingress, [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'], securityGroupIds: [], prefixListIds: [] }])
    assert.deepEqual(g.egress, [{ protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: ['sg-2'], prefixListIds: ['pl-1'] }])
  })

  it('NAT gateway', () => {
    assert.deepEqual(mapNatGateway({ NatGatewayId: 'nat-1', VpcId: 'vpc-1', SubnetId: 'subnet-p', State: 'available' }, w), {
      id: 'nat-1',
      arn: `arn:aws:ec2:${TEST_REGION}:${TEST_ACCOUNT}:natgateway/nat-1`,
      name: 'nat-1',
      accountId: TEST_ACCOUNT,
      region: TEST_REGION,
      vpcId: 'vpc-1',
      subnetId: 'subnet-p',
      state: 'available',
    })
  })
})

describe('EC2 collectors (mocked SDK)', () => {
  const ec2 = mockClient(EC2Client)
  afterEach(() => ec2.reset())

  it('paginates with NextToken and the largest page size', async () => {
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-a', VpcId: 'v' }], NextToken: 't1' })
    ec2.on(DescribeSubnetsCommand, { NextToken: 't1' }).resolves({ Subnets: [{ SubnetId: 'subnet-b', VpcId: 'v' }] })
    const r = await ec2SubnetCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(
      r.resources['ec2.subnet']!.map((s) => s.id),
      ['subnet-a', 'subnet-b'],
    )
    assert.deepEqual(
      ec2.commandCalls(DescribeSubnetsCommand).map((c) => [c.args[0].input.NextToken, c.args[0].input.MaxResults]),
      [
        [undefined, 1000],
        ['t1', 1000],
      ],
    )
  })

  it('UnauthorizedOperation is an AccessDenied gap for that type only', async () => {
    ec2.on(DescribeVpcsCommand).rejects(awsError('UnauthorizedOperation', 403))
    const r = await ec2VpcCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.deepEqual([r.gaps[0]!.resourceType, r.gaps[0]!.code], ['ec2.vpc', 'AccessDenied'])
    assert.match(r.gaps[0]!.message, /ec2:DescribeVpcs/)
  })

  it('deleted NAT gateways are left out', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [{ NatGatewayId: 'nat-1', State: 'available' }, { NatGatewayId: 'nat-2', State: 'deleted' }] })
    const r = await ec2NatGatewayCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(
      r.resources['ec2.nat-gateway']!.map((n) => n.id),
      ['nat-1'],
    )
  })
})
