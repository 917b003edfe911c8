import check from './lambda-execution-role-no-wildcard-resources.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const fn = lambdaFunction()
const withInline = (...s: PolicyStatement[]) => ({ 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(...s) }] })] })
const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
const basic = managedPolicy({ name: 'AWSLambdaBasicExecutionRole', arn: BASIC, awsManaged: true, document: doc({ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }) })
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`

testCheck(check, {
  valid: [
    { name: 'resource-level actions on named resources', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: TABLE }) },
    { name: 'actions without resource-level support on *', resource: fn, related: withInline({ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ec2:DescribeNetworkInterfaces'], Resource: '*' }) },
    { name: 'AWS managed basic execution role left out by default', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: BASIC, name: 'AWSLambdaBasicExecutionRole' }] })], 'iam.policy': [basic] } },
    { name: 'a Deny on * is fine', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:q` }, { Effect: 'Deny', Action: 'dynamodb:*', Resource: '*' }) },
  ],
  invalid: [
    { name: 'dynamodb:PutItem on *', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:PutItem', 'xray:PutTraceSegments'], Resource: '*' }), messageId: 'wildcard-resource', at: 'role', count: 1 },
    { name: 's3:Get* expanded on arn:aws:s3:::* is not universal, but arn:aws:* is', resource: fn, related: withInline({ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:*' }), messageId: 'wildcard-resource' },
    { name: 'Action * on *', resource: fn, related: withInline({ Effect: 'Allow', Action: '*', Resource: '*' }), messageId: 'all-actions' },
    { name: 'NotResource', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', NotResource: `arn:aws:sqs:us-east-1:${ACCOUNT}:admin` }), messageId: 'wildcard-resource' },
    { name: 'AWS managed policies included by option', resource: fn, options: { includeAwsManagedPolicies: true }, related: { 'iam.role': [iamRole({ inlinePolicies: [], attachedPolicies: [{ arn: BASIC, name: 'AWSLambdaBasicExecutionRole' }] })], 'iam.policy': [basic] }, messageId: 'wildcard-resource' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'customer managed policy missing', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/x`, name: 'x' }] })] } },
    { name: 'inline policy unresolved', resource: fn, related: { 'iam.role': [iamRole({ unresolved: { 'inlinePolicies.0.document': '!Sub with a parameter' } })] } },
  ],
  iac: {
    cloudformation: {
      good: [
        // X-Ray trace segments can only be granted on *.
        `
Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
    Policies:
      - PolicyName: app
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - { Effect: Allow, Action: [dynamodb:GetItem, dynamodb:PutItem], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }
            - { Effect: Allow, Action: xray:PutTraceSegments, Resource: '*' }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Policies:
        - Statement:
            - { Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }
`,
      ],
      bad: [
        `
Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
    Policies:
      - PolicyName: app
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - { Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Policies:
        - Statement:
            - { Effect: Allow, Action: s3:GetObject, Resource: '*' }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_iam_role" "orders" {
  name               = "orders"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy" "orders" {
  name   = "app"
  role   = aws_iam_role.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" },
    ]
  })
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.orders.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
      bad: [
        `
resource "aws_iam_role" "orders" {
  name               = "orders"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy" "orders" {
  name   = "app"
  role   = aws_iam_role.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "dynamodb:PutItem", Resource = "*" },
    ]
  })
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.orders.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
    },
  },
})
