import check from './lambda-execution-role-can-write-logs.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const fn = lambdaFunction()
const GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/orders`
const withInline = (...s: PolicyStatement[]) => ({ 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(...s) }] })] })
const allow = (Action: string | string[], Resource: string | string[], Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) })
const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
const basic = managedPolicy({ name: 'AWSLambdaBasicExecutionRole', arn: BASIC, awsManaged: true, document: doc(allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], '*')) })

testCheck(check, {
  valid: [
    { name: 'the factory role (log group with :*)', resource: fn, related: { 'iam.role': [iamRole()] } },
    { name: 'AWSLambdaBasicExecutionRole', resource: fn, related: { 'iam.role': [iamRole({ inlinePolicies: [], attachedPolicies: [{ arn: BASIC, name: 'AWSLambdaBasicExecutionRole' }] })], 'iam.policy': [basic] } },
    { name: 'logs:* on every log group of the account', resource: fn, related: withInline(allow('logs:*', `arn:aws:logs:*:${ACCOUNT}:*`)) },
    { name: 'custom log group from the logging configuration', resource: lambdaFunction({ logging: { logGroup: '/app/orders', logFormat: 'JSON' } }), related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/orders:*`)) },
  ],
  invalid: [
    { name: 'no logs permission at all', resource: fn, related: withInline(allow('sqs:SendMessage', '*')), messageId: 'cannot-write', at: 'role', count: 1 },
    { name: 'the bare log group ARN does not reach its streams', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], GROUP)), messageId: 'cannot-write' },
    { name: 'permission for another log group', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/other:*`)), messageId: 'cannot-write' },
    { name: 'the default group, but the function logs to a custom one', resource: lambdaFunction({ logging: { logGroup: '/app/orders' } }), related: { 'iam.role': [iamRole()] }, messageId: 'cannot-write' },
    { name: 'an explicit Deny on logs', resource: fn, related: withInline(allow('logs:*', '*'), { Effect: 'Deny', Action: 'logs:PutLogEvents', Resource: '*' }), messageId: 'cannot-write' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'only under a condition', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })) },
    { name: 'no logs grant found, but an attached policy is missing', resource: fn, related: { 'iam.role': [iamRole({ inlinePolicies: [], attachedPolicies: [{ arn: BASIC, name: 'AWSLambdaBasicExecutionRole' }] })] } },
  ],
  // The log group is declared with the function: when a template leaves it out (it may live in
  // another stack), the adapter leaves logging.logGroup unresolved.
  iac: {
    cloudformation: {
      good: [
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
            - { Effect: Allow, Action: [logs:CreateLogStream, logs:PutLogEvents], Resource: 'arn:aws:logs:*:*:log-group:/aws/lambda/orders:*' }
Logs:
  Type: AWS::Logs::LogGroup
  Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
`,
        // SAM attaches AWSLambdaBasicExecutionRole to the role it generates.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }
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
        // The role can read the table but not write its logs.
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
            - { Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }
Logs:
  Type: AWS::Logs::LogGroup
  Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
`,
        // The bare log group ARN (no :*) does not reach its streams.
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
            - { Effect: Allow, Action: [logs:CreateLogStream, logs:PutLogEvents], Resource: 'arn:aws:logs:*:*:log-group:/aws/lambda/orders' }
Logs:
  Type: AWS::Logs::LogGroup
  Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
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
      { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:log-group:/aws/lambda/orders:*" },
    ]
  })
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/orders"
  retention_in_days = 30
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
      { Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" },
    ]
  })
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/orders"
  retention_in_days = 30
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.orders.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
        // The bare log group ARN (no :*) does not reach its streams.
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
      { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:log-group:/aws/lambda/orders" },
    ]
  })
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/orders"
  retention_in_days = 30
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
