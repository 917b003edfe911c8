import check from './lambda-execution-role-secrets-scoped.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const fn = lambdaFunction()
const withInline = (...s: PolicyStatement[]) => ({ 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(...s) }] })] })
const allow = (Action: string | string[], Resource: string | string[], Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) })
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`
const boundary = managedPolicy({ name: 'boundary', document: doc(allow(['secretsmanager:GetSecretValue'], `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/*`)) })

testCheck(check, {
  valid: [
    { name: 'no secret reads', resource: fn, related: withInline(allow('sqs:SendMessage', '*')) },
    { name: 'one named secret and one key', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', SECRET), allow('kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`)) },
    { name: 'a name prefix of secrets and a parameter path', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/*`), allow('ssm:GetParametersByPath', `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/orders/*`)) },
    { name: 'every secret in another region only', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:eu-west-1:*:secret:*')) },
    { name: 'every secret, but the boundary allows only a prefix', resource: fn, related: { 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(allow('secretsmanager:GetSecretValue', '*')) }], permissionsBoundaryArn: boundary.arn! })], 'iam.policy': [boundary] } },
  ],
  invalid: [
    { name: 'GetSecretValue on *', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', '*')), messageId: 'every-resource', at: 'role', count: 1 },
    { name: 'kms:Decrypt on every key of the account', resource: fn, related: withInline(allow('kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`)), messageId: 'every-resource' },
    { name: 'ssm:Get* on every parameter', resource: fn, related: withInline(allow('ssm:Get*', 'arn:aws:ssm:*:*:parameter/*')), messageId: 'every-resource' },
    { name: 'secretsmanager:* on every secret ARN', resource: fn, related: withInline(allow('secretsmanager:*', 'arn:aws:secretsmanager:*:*:secret:*')), messageId: 'every-resource' },
    { name: 'kms:Decrypt on * only through Secrets Manager (conditional)', resource: fn, related: withInline(allow('kms:Decrypt', '*', { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } })), messageId: 'every-resource-conditional' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'customer managed policy missing', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/x`, name: 'x' }] })] } },
    { name: 'wide grant, but the boundary document is missing', resource: fn, related: { 'iam.role': [iamRole({ inlinePolicies: [{ name: 'app', document: doc(allow('secretsmanager:GetSecretValue', '*')) }], permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/gone` })] } },
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
            - { Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/*' }
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
            - { Effect: Allow, Action: ssm:GetParameter, Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/orders/db-url' }
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
            - { Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: '*' }
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
            - { Effect: Allow, Action: ssm:GetParameter*, Resource: 'arn:aws:ssm:*:*:parameter/*' }
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
      { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/*" },
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
      { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "*" },
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
      { Effect = "Allow", Action = "kms:Decrypt", Resource = "arn:aws:kms:us-east-1:123456789012:key/*" },
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
