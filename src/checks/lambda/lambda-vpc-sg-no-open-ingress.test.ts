import check from './lambda-vpc-sg-no-open-ingress.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })
// The factory function uses sg-1.
const fn = lambdaFunction()
const group = (...ingress: SecurityGroupRule[]) => ({ 'ec2.security-group': [securityGroup({ ingress })] })
const sgGap = { resourceType: 'ec2.security-group' as const, region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeSecurityGroups denied' }

testCheck(check, {
  valid: [
    { name: 'no inbound rules', resource: fn, related: group() },
    { name: 'inbound from the VPC and from another group only', resource: fn, related: group(rule({ ipv4Ranges: ['10.0.0.0/16'] }), rule({ securityGroupIds: ['sg-alb'] }), rule({ prefixListIds: ['pl-1'] })) },
    { name: 'inbound from most but not all of the internet', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/1'] })) },
  ],
  invalid: [
    { name: 'HTTPS from 0.0.0.0/0', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/0'] })), messageId: 'openIngress', at: 'vpc.securityGroupIds.0' },
    { name: 'all traffic from ::/0', resource: fn, related: group(rule({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/0'] })), messageId: 'openIngress' },
    { name: 'split blocks in two rules cover the internet', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['128.0.0.0/1'] })), messageId: 'openIngress' },
    {
      name: 'only the second of two groups is open',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a'], securityGroupIds: ['sg-1', 'sg-2'] } }),
      related: { 'ec2.security-group': [securityGroup(), securityGroup({ id: 'sg-2', ingress: [rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] })] })] },
      messageId: 'openIngress',
      at: 'vpc.securityGroupIds.1',
      count: 1,
    },
  ],
  unknown: [
    { name: 'security groups could not be listed', resource: fn, gaps: [sgGap] },
    { name: 'the group is not in the inventory', resource: fn },
    { name: 'ingress from an unresolved parameter', resource: fn, related: { 'ec2.security-group': [securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/0'] })], unresolved: { ingress: '!Ref AllowedCidr' } })] } },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'no security group', resource: lambdaFunction({ vpc: { subnetIds: ['subnet-a'], securityGroupIds: [] } }) },
  ],
  iac: {
    cloudformation: {
      good: [
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
    SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] } }
`,
        // No ingress at all: a function needs none.
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
      ],
      bad: [
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
    SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] } }
`,
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
    SecurityGroupIngress: [{ IpProtocol: '-1', CidrIpv6: '::/0' }]
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
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
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
}
resource "aws_route_table_association" "fn" {
  subnet_id      = aws_subnet.fn.id
  route_table_id = aws_route_table.fn.id
}
resource "aws_security_group" "fn" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
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
        // The open rule is a separate resource.
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
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.fn.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
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
