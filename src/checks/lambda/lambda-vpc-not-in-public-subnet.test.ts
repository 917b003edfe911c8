import check from './lambda-vpc-not-in-public-subnet.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, routeTable, subnet } from '../../../test/factories/index.js'
import { cfnSubnetScenario, ec2ListingDenied, tfSubnetScenario } from '../../../test/builders/lambda-network.js'

const privateTable = routeTable()
const publicRoutes = [{ destination: '10.0.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', gatewayId: 'igw-1' }]
const publicMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [], routes: publicRoutes })
const privateMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [] })
const publicForB = routeTable({ id: 'rtb-public', subnetIds: ['subnet-b'], routes: publicRoutes })
// A function config from CloudFormation has no VPC id: the subnet supplies it.
const noVpcId = lambdaFunction({ vpc: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] } })
const rtbGap = ec2ListingDenied('ec2.route-table', 'ec2:DescribeRouteTables denied')

testCheck(check, {
  valid: [
    { name: 'explicitly associated private table (NAT)', resource: lambdaFunction(), related: { 'ec2.route-table': [privateTable, publicMain] } },
    { name: 'main table without an internet route', resource: lambdaFunction(), related: { 'ec2.route-table': [privateMain] } },
    { name: 'VPC id from the subnet', resource: noVpcId, related: { 'ec2.route-table': [privateMain], 'ec2.subnet': [subnet({ id: 'subnet-a' }), subnet({ id: 'subnet-b' })] } },
    {
      name: 'IPv6-only internet route',
      resource: lambdaFunction(),
      related: { 'ec2.route-table': [routeTable({ routes: [{ destination: '::/0', gatewayId: 'igw-1' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-1' }] })] },
    },
  ],
  invalid: [
    { name: 'main table routes to an internet gateway', resource: lambdaFunction(), related: { 'ec2.route-table': [publicMain] }, messageId: 'publicSubnet', at: 'vpc.subnetIds.0', count: 2 },
    {
      name: 'one of two subnets is public',
      resource: lambdaFunction(),
      related: { 'ec2.route-table': [routeTable({ subnetIds: ['subnet-a'] }), publicForB, privateMain] },
      messageId: 'publicSubnet',
      at: 'vpc.subnetIds.1',
      count: 1,
    },
    {
      name: 'VPC id from the subnet, main table public',
      resource: noVpcId,
      related: { 'ec2.route-table': [publicMain], 'ec2.subnet': [subnet({ id: 'subnet-a' }), subnet({ id: 'subnet-b' })] },
      messageId: 'publicSubnet',
    },
  ],
  unknown: [
    { name: 'route tables could not be listed', resource: lambdaFunction(), gaps: [rtbGap] },
    { name: 'no route table known for the subnets', resource: lambdaFunction() },
    {
      name: 'subnet needed for the VPC id, subnets not listed',
      resource: noVpcId,
      related: { 'ec2.route-table': [privateMain] },
      gaps: [ec2ListingDenied('ec2.subnet', 'denied')],
    },
    { name: 'routes unreadable', resource: lambdaFunction(), related: { 'ec2.route-table': [routeTable({ unresolved: { routes: 'AccessDenied' } })] } },
  ],
  skip: [{ name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) }],
  iac: {
    cloudformation: {
      good: [
        // The subnet routes only inside the VPC.
        cfnSubnetScenario(),
        // Outbound traffic leaves through a NAT gateway, as Lambda needs.
        cfnSubnetScenario({ routes: 'NatRoute:\n  Type: AWS::EC2::Route\n  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123456789abcdef0 }\n' }),
      ],
      bad: [
        // The default route goes to an internet gateway: the function gets no public IP there, so it has no internet access either.
        cfnSubnetScenario({
          routes: `Igw:
  Type: AWS::EC2::InternetGateway
IgwAttach:
  Type: AWS::EC2::VPCGatewayAttachment
  Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
DefaultRoute:
  Type: AWS::EC2::Route
  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
`,
        }),
      ],
    },
    terraform: {
      good: [tfSubnetScenario()],
      bad: [
        tfSubnetScenario({
          routeTable: 'route {\n  cidr_block = "0.0.0.0/0"\n  gateway_id = aws_internet_gateway.main.id\n}\n',
          gateways: 'resource "aws_internet_gateway" "main" {\n  vpc_id = aws_vpc.main.id\n}\n',
        }),
      ],
    },
  },
})
