import check from './lambda-vpc-not-in-public-subnet.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, routeTable, subnet } from '../../../test/factories/index.js'

const privateTable = routeTable()
const publicRoutes = [{ destination: '10.0.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', gatewayId: 'igw-1' }]
const publicMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [], routes: publicRoutes })
const privateMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [] })
const publicForB = routeTable({ id: 'rtb-public', subnetIds: ['subnet-b'], routes: publicRoutes })
// A function config from CloudFormation has no VPC id: the subnet supplies it.
const noVpcId = lambdaFunction({ vpc: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] } })
const rtbGap = { resourceType: 'ec2.route-table' as const, region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeRouteTables denied' }

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
      gaps: [{ resourceType: 'ec2.subnet', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }],
    },
    { name: 'routes unreadable', resource: lambdaFunction(), related: { 'ec2.route-table': [routeTable({ unresolved: { routes: 'AccessDenied' } })] } },
  ],
  skip: [{ name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) }],
  iac: {
    cloudformation: {
      good: [
        // The subnet routes only inside the VPC.
        `
Vpc:
  Type: AWS::EC2::VPC
  Properties: { CidrBlock: 10.0.0.0/16 }
Subnet:
  Type: AWS::EC2::Subnet
  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
Routes:
  Type: AWS::EC2::RouteTable
  Properties: { VpcId: !Ref Vpc }
SubnetRoutes:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: function
    VpcId: !Ref Vpc
    SecurityGroupIngress: []
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] } }
`,
        // Outbound traffic leaves through a NAT gateway, as Lambda needs.
        `
Vpc:
  Type: AWS::EC2::VPC
  Properties: { CidrBlock: 10.0.0.0/16 }
Subnet:
  Type: AWS::EC2::Subnet
  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
Routes:
  Type: AWS::EC2::RouteTable
  Properties: { VpcId: !Ref Vpc }
SubnetRoutes:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes }
NatRoute:
  Type: AWS::EC2::Route
  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123456789abcdef0 }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: function
    VpcId: !Ref Vpc
    SecurityGroupIngress: []
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] } }
`,
      ],
      bad: [
        // The default route goes to an internet gateway: the function gets no public IP there, so it has no internet access either.
        `
Vpc:
  Type: AWS::EC2::VPC
  Properties: { CidrBlock: 10.0.0.0/16 }
Subnet:
  Type: AWS::EC2::Subnet
  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
Routes:
  Type: AWS::EC2::RouteTable
  Properties: { VpcId: !Ref Vpc }
SubnetRoutes:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes }
Igw:
  Type: AWS::EC2::InternetGateway
IgwAttach:
  Type: AWS::EC2::VPCGatewayAttachment
  Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
DefaultRoute:
  Type: AWS::EC2::Route
  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: function
    VpcId: !Ref Vpc
    SecurityGroupIngress: []
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] } }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "fn" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_route_table" "fn" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route_table_association" "fn" {
  subnet_id      = aws_subnet.fn.id
  route_table_id = aws_route_table.fn.id
}
resource "aws_security_group" "fn" {
  vpc_id = aws_vpc.main.id
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.fn.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
`,
      ],
      bad: [
        `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "fn" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_route_table" "fn" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}
resource "aws_route_table_association" "fn" {
  subnet_id      = aws_subnet.fn.id
  route_table_id = aws_route_table.fn.id
}
resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}
resource "aws_security_group" "fn" {
  vpc_id = aws_vpc.main.id
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.fn.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
`,
      ],
    },
  },
})
