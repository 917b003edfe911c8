import check from './lambda-vpc-egress-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })
const awsDefaultEgress = [rule({ ipv4Ranges: ['0.0.0.0/0'] })]
const twoGroups = lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1', 'sg-open'] } })
const sgGap = { resourceType: 'ec2.security-group' as const, region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeSecurityGroups denied' }

testCheck(check, {
  valid: [
    { name: 'HTTPS to the VPC only', resource: lambdaFunction(), related: { 'ec2.security-group': [securityGroup()] } },
    { name: 'no egress rule at all', resource: lambdaFunction(), related: { 'ec2.security-group': [securityGroup({ egress: [] })] } },
    {
      name: 'all traffic, but only to another security group and a prefix list',
      resource: lambdaFunction(),
      related: { 'ec2.security-group': [securityGroup({ egress: [rule({ securityGroupIds: ['sg-db'], prefixListIds: ['pl-63a5400a'] })] })] },
    },
    {
      name: 'every TCP port to the world is not the all-traffic rule',
      resource: lambdaFunction(),
      related: { 'ec2.security-group': [securityGroup({ egress: [rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })] })] },
    },
    {
      name: 'a group found by its group id when the inventory keys groups by ARN',
      resource: lambdaFunction(),
      related: { 'ec2.security-group': [securityGroup({ id: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1', groupId: 'sg-1' })] },
    },
  ],
  invalid: [
    { name: 'the AWS default egress rule', resource: lambdaFunction(), related: { 'ec2.security-group': [securityGroup({ egress: awsDefaultEgress })] }, messageId: 'allEgress', at: 'vpc.securityGroupIds.0' },
    {
      name: 'IPv6 only',
      resource: lambdaFunction(),
      related: { 'ec2.security-group': [securityGroup({ egress: [rule({ ipv6Ranges: ['::/0'] })] })] },
      messageId: 'allEgress',
    },
    {
      name: 'the internet split into two halves',
      resource: lambdaFunction(),
      related: { 'ec2.security-group': [securityGroup({ egress: [rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ ipv4Ranges: ['128.0.0.0/1'] })] })] },
      messageId: 'allEgress',
    },
    {
      name: 'one fail for the second of two groups',
      resource: twoGroups,
      related: { 'ec2.security-group': [securityGroup(), securityGroup({ id: 'sg-open', egress: awsDefaultEgress })] },
      messageId: 'allEgress',
      at: 'vpc.securityGroupIds.1',
      count: 1,
    },
    {
      name: 'two offending groups give two fails',
      resource: twoGroups,
      related: { 'ec2.security-group': [securityGroup({ egress: awsDefaultEgress }), securityGroup({ id: 'sg-open', egress: awsDefaultEgress })] },
      messageId: 'allEgress',
      count: 2,
    },
  ],
  unknown: [
    { name: 'security groups could not be listed', resource: lambdaFunction(), gaps: [sgGap] },
    { name: 'a group is missing from the inventory', resource: twoGroups, related: { 'ec2.security-group': [securityGroup()] } },
    { name: 'egress rules unreadable', resource: lambdaFunction(), related: { 'ec2.security-group': [securityGroup({ unresolved: { egress: 'AccessDenied' } })] } },
    { name: 'group ids from a parameter', resource: lambdaFunction({ unresolved: { 'vpc.securityGroupIds': '!Ref SecurityGroupIds' } }), related: { 'ec2.security-group': [securityGroup()] } },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'empty VPC config', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        // Declaring SecurityGroupEgress replaces the allow-all rule AWS adds.
        `
Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
A: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a } }
B: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b } }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: fn
    VpcId: !Ref Vpc
    SecurityGroupEgress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] } }
`,
      ],
      bad: [
        // Without SecurityGroupEgress the group keeps the default allow-all egress rule.
        `
Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
A: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a } }
B: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b } }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: fn
    VpcId: !Ref Vpc
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] } }
`,
        `
Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
A: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a } }
B: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b } }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: fn
    VpcId: !Ref Vpc
    SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] } }
`,
      ],
    },
    terraform: {
      good: [
        // No egress block: Terraform removes the allow-all rule AWS adds, so the group has no egress.
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
}
`,
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        // The allow-all rule re-created by a separate rule resource.
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
}
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.fn.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
`,
      ],
    },
  },
})
