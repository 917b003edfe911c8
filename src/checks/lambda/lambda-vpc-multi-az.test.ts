import check from './lambda-vpc-multi-az.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, subnet } from '../../../test/factories/index.js'

const subnetA = subnet({ id: 'subnet-a', availabilityZone: 'us-east-1a' })
const subnetB = subnet({ id: 'subnet-b', availabilityZone: 'us-east-1b' })
const subnetA2 = subnet({ id: 'subnet-a2', availabilityZone: 'us-east-1a' })
const subnetGap = { resourceType: 'ec2.subnet' as const, region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeSubnets denied' }

testCheck(check, {
  valid: [
    { name: 'two subnets in two zones', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA, subnetB] } },
    {
      name: 'three subnets, two zones',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2', 'subnet-b'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetA2, subnetB] },
    },
    {
      name: 'two zones known even though a third subnet is not in the inventory',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b', 'subnet-gone'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetB] },
    },
  ],
  invalid: [
    {
      name: 'a single subnet (no inventory needed)',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] } }),
      messageId: 'singleSubnet',
      at: 'vpc.subnetIds',
    },
    {
      name: 'two subnets in the same zone',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetA2] },
      messageId: 'singleAz',
      at: 'vpc.subnetIds',
    },
    {
      name: 'duplicate subnet ids count once',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a'], securityGroupIds: ['sg-1'] } }),
      messageId: 'singleSubnet',
    },
  ],
  unknown: [
    { name: 'subnets could not be listed', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA] }, gaps: [subnetGap] },
    { name: 'a subnet is missing from the inventory', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA] } },
    { name: 'subnet ids from an unresolved parameter', resource: lambdaFunction({ unresolved: { 'vpc.subnetIds': '!Ref SubnetIds' } }), related: { 'ec2.subnet': [subnetA, subnetB] } },
    { name: 'zone of a subnet unresolved', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA, subnet({ id: 'subnet-b', availabilityZone: 'us-east-1a', unresolved: { availabilityZone: '!Select [1, !GetAZs]' } })] } },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'empty VPC config', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }) },
  ],
  iac: {
    terraform: {
      good: [
        `
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
`,
      ],
      bad: [
        // Two subnets, one Availability Zone.
        `
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
`,
        `
resource "aws_subnet" "a" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = "vpc-1"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "fn" {
  vpc_id = "vpc-1"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.fn.id]
  }
}
`,
      ],
    },
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] }\nVpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }\nA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs \'\'] } }\nB: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs \'\'] } }\nSg: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: fn, VpcId: !Ref Vpc } }\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] }\nVpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }\nA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a } }\nB: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a } }\nSg: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: fn, VpcId: !Ref Vpc } }\n'],
    },
  },
})
