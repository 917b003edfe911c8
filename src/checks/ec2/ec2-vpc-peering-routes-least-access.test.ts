import check from './ec2-vpc-peering-routes-least-access.js'
import { testCheck } from '../../../test/check-tester.js'
import { peeringConnection, routeTable } from '../../../test/factories/index.js'

const local = { destination: '10.0.0.0/16', gatewayId: 'local' }
const table = (destination: string, pcx = 'pcx-0123456789abcdef0') => routeTable({ routes: [local, { destination, vpcPeeringConnectionId: pcx }] })

testCheck(check, {
  valid: [
    { name: 'route to one peer subnet', resource: table('10.1.20.0/24'), related: { 'ec2.vpc-peering-connection': [peeringConnection()] } },
    { name: 'table in the accepter VPC, route to a requester subnet', resource: routeTable({ vpcId: 'vpc-2', routes: [{ destination: '10.0.5.0/24', vpcPeeringConnectionId: 'pcx-0123456789abcdef0' }] }), related: { 'ec2.vpc-peering-connection': [peeringConnection()] } },
  ],
  invalid: [
    { name: 'route to the whole peer VPC', resource: table('10.1.0.0/16'), related: { 'ec2.vpc-peering-connection': [peeringConnection()] }, messageId: 'wholePeer', at: 'routes.1' },
    { name: 'default route through the peering', resource: table('0.0.0.0/0'), related: { 'ec2.vpc-peering-connection': [peeringConnection()] }, messageId: 'wholePeer' },
  ],
  unknown: [
    { name: 'peering connection not collected', resource: table('10.1.0.0/16') },
    { name: 'peer CIDR unknown (template)', resource: table('10.1.0.0/16'), related: { 'ec2.vpc-peering-connection': [peeringConnection({ accepter: { vpcId: 'vpc-2', cidrBlocks: [] }, unresolved: { 'accepter.cidrBlocks': 'the CIDR block of VPC vpc-2 is not in this template' } })] } },
  ],
  skip: [{ name: 'no peering routes', resource: routeTable() }],
  iac: {
    cloudformation: {
      good: ['A:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\nB:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.1.0.0/16 }\nPeer:\n  Type: AWS::EC2::VPCPeeringConnection\n  Properties: { VpcId: !Ref A, PeerVpcId: !Ref B }\nTable:\n  Type: AWS::EC2::RouteTable\n  Properties: { VpcId: !Ref A }\nToDb:\n  Type: AWS::EC2::Route\n  Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.1.20.0/24, VpcPeeringConnectionId: !Ref Peer }\n'],
      bad: ['A:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\nB:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.1.0.0/16 }\nPeer:\n  Type: AWS::EC2::VPCPeeringConnection\n  Properties: { VpcId: !Ref A, PeerVpcId: !Ref B }\nTable:\n  Type: AWS::EC2::RouteTable\n  Properties: { VpcId: !Ref A }\nToAll:\n  Type: AWS::EC2::Route\n  Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.1.0.0/16, VpcPeeringConnectionId: !Ref Peer }\n'],
    },
    terraform: {
      good: ['resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc" "b" {\n  cidr_block = "10.1.0.0/16"\n}\n\nresource "aws_vpc_peering_connection" "ab" {\n  vpc_id      = aws_vpc.a.id\n  peer_vpc_id = aws_vpc.b.id\n}\n\nresource "aws_route_table" "app" {\n  vpc_id = aws_vpc.a.id\n  route {\n    cidr_block                = "10.1.20.0/24"\n    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id\n  }\n}\n'],
      bad: ['resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc" "b" {\n  cidr_block = "10.1.0.0/16"\n}\n\nresource "aws_vpc_peering_connection" "ab" {\n  vpc_id      = aws_vpc.a.id\n  peer_vpc_id = aws_vpc.b.id\n}\n\nresource "aws_route_table" "app" {\n  vpc_id = aws_vpc.a.id\n  route {\n    cidr_block                = "10.1.0.0/16"\n    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id\n  }\n}\n'],
    },
  },
})
