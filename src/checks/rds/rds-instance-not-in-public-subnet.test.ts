import check from './rds-instance-not-in-public-subnet.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance, routeTable, subnet } from '../../../test/factories/index.js'
import { ec2ListingDenied } from '../../../test/builders/lambda-network.js'
import { cfnBody, tfFile } from '../../../test/builders/iac-fragments.js'

const local = { destination: '10.0.0.0/16', gatewayId: 'local' }
const publicMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [], routes: [local, { destination: '0.0.0.0/0', gatewayId: 'igw-1' }] })
const privateMain = routeTable({ id: 'rtb-main', main: true, subnetIds: [] })
const ipv6Public = routeTable({ id: 'rtb-v6', subnetIds: ['subnet-b'], routes: [local, { destination: '::/0', gatewayId: 'igw-1' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-1' }] })
// From a template: the subnets are known, the VPC only through the subnet.
const fromTemplate = rdsInstance({ vpcId: undefined })

// --- IaC: a DB subnet group of one subnet, whose route table `Routes` gets `routes`.
const cfnDb = (routes = '', group = 'DBSubnetGroupName: !Ref DbSubnets') =>
  cfnBody(
    'Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\n',
    'Subnet:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }\n',
    'Routes:\n  Type: AWS::EC2::RouteTable\n  Properties: { VpcId: !Ref Vpc }\n',
    'SubnetRoutes:\n  Type: AWS::EC2::SubnetRouteTableAssociation\n  Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes }\n',
    routes,
    'DbSubnets:\n  Type: AWS::RDS::DBSubnetGroup\n  Properties: { DBSubnetGroupDescription: db, SubnetIds: [!Ref Subnet] }\n',
    `Db:\n  Type: AWS::RDS::DBInstance\n  Properties: { Engine: postgres, DBInstanceClass: db.m7g.large, ${group} }\n`,
  )
const cfnIgw =
  'Igw:\n  Type: AWS::EC2::InternetGateway\nIgwAttach:\n  Type: AWS::EC2::VPCGatewayAttachment\n  Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }\nDefaultRoute:\n  Type: AWS::EC2::Route\n  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }\n'
const tfDb = (routes = '') =>
  tfFile(
    'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    'resource "aws_subnet" "db" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}\n',
    `resource "aws_route_table" "db" {\n  vpc_id = aws_vpc.main.id\n${routes}}\n`,
    'resource "aws_route_table_association" "db" {\n  subnet_id      = aws_subnet.db.id\n  route_table_id = aws_route_table.db.id\n}\n',
    'resource "aws_internet_gateway" "igw" {\n  vpc_id = aws_vpc.main.id\n}\n',
    'resource "aws_db_subnet_group" "db" {\n  name       = "db"\n  subnet_ids = [aws_subnet.db.id]\n}\n',
    'resource "aws_db_instance" "db" {\n  engine               = "postgres"\n  instance_class       = "db.m7g.large"\n  db_subnet_group_name = aws_db_subnet_group.db.name\n}\n',
  )

testCheck(check, {
  valid: [
    { name: 'explicit private table (NAT)', resource: rdsInstance(), related: { 'ec2.route-table': [routeTable(), publicMain] } },
    { name: 'private main table', resource: rdsInstance(), related: { 'ec2.route-table': [privateMain] } },
    { name: 'VPC id from the subnet', resource: fromTemplate, related: { 'ec2.route-table': [privateMain], 'ec2.subnet': [subnet({ id: 'subnet-a' }), subnet({ id: 'subnet-b' })] } },
  ],
  invalid: [
    { name: 'main table routes to an internet gateway', resource: rdsInstance(), related: { 'ec2.route-table': [publicMain] }, messageId: 'publicSubnet', at: 'subnetIds.0', count: 2 },
    { name: 'one subnet of the group routes ::/0 to an internet gateway', resource: rdsInstance(), related: { 'ec2.route-table': [routeTable({ subnetIds: ['subnet-a'] }), ipv6Public] }, messageId: 'publicSubnet', at: 'subnetIds.1', count: 1 },
  ],
  unknown: [
    { name: 'route tables could not be listed', resource: rdsInstance(), gaps: [ec2ListingDenied('ec2.route-table', 'ec2:DescribeRouteTables denied')] },
    { name: 'no route table known for the subnets', resource: rdsInstance() },
    { name: 'subnet needed for the VPC, subnets not listed', resource: fromTemplate, related: { 'ec2.route-table': [privateMain] }, gaps: [ec2ListingDenied('ec2.subnet', 'denied')] },
    { name: 'subnet group not known', resource: rdsInstance({ subnetIds: undefined }) },
    { name: 'subnet group from elsewhere', resource: rdsInstance({ subnetIds: [], unresolved: { subnetIds: 'DB subnet group shared-db is not defined in this template' } }), related: { 'ec2.route-table': [privateMain] } },
  ],
  iac: {
    cloudformation: {
      good: [cfnDb(), cfnDb('NatRoute:\n  Type: AWS::EC2::Route\n  Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123456789abcdef0 }\n')],
      bad: [cfnDb(cfnIgw)],
    },
    terraform: {
      good: [tfDb()],
      bad: [tfDb('  route {\n    cidr_block = "0.0.0.0/0"\n    gateway_id = aws_internet_gateway.igw.id\n  }\n')],
    },
  },
})
