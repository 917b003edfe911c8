import check from './lambda-function-in-vpc.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'attached to two subnets', resource: lambdaFunction() },
    { name: 'attached, VPC id not known (templates)', resource: lambdaFunction({ vpc: { subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] } }) },
  ],
  invalid: [
    { name: 'no VPC configuration', resource: lambdaFunction({ vpc: undefined }), messageId: 'notInVpc', at: 'vpc' },
    { name: 'taken out of its VPC (empty subnet list)', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }), messageId: 'notInVpc' },
  ],
  unknown: [{ name: 'VPC configuration from an unresolved parameter', resource: lambdaFunction({ vpc: undefined, unresolved: { vpc: '!If [UseVpc, …]' } }) }],
  skip: [{ name: 'not required by configuration', resource: lambdaFunction({ vpc: undefined }), options: { required: false } }],
  iac: {
    cloudformation: {
      good: [
        `
Vpc:
  Type: AWS::EC2::VPC
  Properties: { CidrBlock: 10.0.0.0/16 }
Private:
  Type: AWS::EC2::Subnet
  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
Sg:
  Type: AWS::EC2::SecurityGroup
  Properties: { GroupDescription: fn, VpcId: !Ref Vpc }
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    VpcConfig: { SubnetIds: [!Ref Private], SecurityGroupIds: [!Ref Sg] }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Private:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: fn, VpcId: !Ref Vpc }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      VpcConfig: { SubnetIds: [!Ref Private], SecurityGroupIds: [!Ref Sg] }
`,
      ],
      bad: [
        'Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n',
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }\n',
      ],
    },
    terraform: {
      good: [
        `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_security_group" "fn" {
  vpc_id = aws_vpc.main.id
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = [aws_security_group.fn.id]
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
  runtime       = "python3.13"
}
`,
        // An empty vpc_config block attaches nothing.
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  vpc_config {
    subnet_ids         = []
    security_group_ids = []
  }
}
`,
      ],
    },
  },
})
