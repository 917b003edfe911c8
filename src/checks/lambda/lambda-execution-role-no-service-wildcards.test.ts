import check from './lambda-execution-role-no-service-wildcards.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const fn = lambdaFunction()
const S3_FULL = 'arn:aws:iam::aws:policy/AmazonS3FullAccess'
const s3Full = managedPolicy({ name: 'AmazonS3FullAccess', arn: S3_FULL, awsManaged: true, document: doc({ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }) })
const withInline = (...s: PolicyStatement[]) => ({ 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(...s) }] })] })

testCheck(check, {
  valid: [
    { name: 'specific actions only', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:GetItem', 's3:Get*'], Resource: '*' }) },
    { name: 'a Deny with a wildcard is fine', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }) },
    { name: 'AWS managed wildcard policy excluded by option', resource: fn, options: { includeAwsManagedPolicies: false }, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: S3_FULL, name: 'AmazonS3FullAccess' }] })] } },
  ],
  invalid: [
    { name: 'inline s3:*', resource: fn, related: withInline({ Effect: 'Allow', Action: ['s3:*', 'dynamodb:GetItem'], Resource: 'arn:aws:s3:::b/*' }), messageId: 'services', at: 'role', count: 1 },
    { name: 'Action "*"', resource: fn, related: withInline({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), messageId: 'all-actions' },
    { name: 'Action "*:*"', resource: fn, related: withInline({ Effect: 'Allow', Action: '*:*', Resource: '*' }), messageId: 'all-actions' },
    { name: 'Allow with NotAction', resource: fn, related: withInline({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), messageId: 'not-action' },
    { name: 'attached AWS managed FullAccess policy', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: S3_FULL, name: 'AmazonS3FullAccess' }] })], 'iam.policy': [s3Full] }, messageId: 'services' },
    { name: 'case-insensitive service wildcard (S3:*)', resource: fn, related: withInline({ Effect: 'Allow', Action: 'S3:*', Resource: '*' }), messageId: 'services' },
    { name: 'two offending policies: one verdict each', resource: fn, related: { 'iam.role': [iamRole({ inlinePolicies: [{ name: 'a', document: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }) }, { name: 'b', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] })] }, messageId: 'all-actions', count: 2 },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'attached customer managed policy missing', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/x`, name: 'x' }] })] } },
    { name: 'managed policies not listed', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/x`, name: 'x' }] })] }, gaps: [{ resourceType: 'iam.policy', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'role attachments unresolved', resource: fn, related: { 'iam.role': [iamRole({ unresolved: { attachedPolicies: '!Ref Policies' } })] } },
  ],
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
            - { Effect: Allow, Action: [s3:GetObject, s3:PutObject], Resource: 'arn:aws:s3:::orders-bucket/*' }
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
            - { Effect: Allow, Action: s3:*, Resource: 'arn:aws:s3:::orders-bucket/*' }
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
            - { Effect: Allow, Action: dynamodb:*, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }
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
      { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::orders-bucket/*" },
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
      { Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::orders-bucket/*" },
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
      { Effect = "Allow", Action = "*", Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" },
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
