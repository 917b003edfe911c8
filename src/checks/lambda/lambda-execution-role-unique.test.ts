import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './lambda-execution-role-unique.js'
import { evaluateCase, testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, roleArn } from '../../../test/factories/index.js'

const shared = roleArn('shared-role')
const fn = (name: string, role = shared, region = 'us-east-1') =>
  lambdaFunction({ name, role, region, id: `arn:aws:lambda:${region}:111122223333:function:${name}`, arn: `arn:aws:lambda:${region}:111122223333:function:${name}` })

testCheck(check, {
  valid: [
    { name: 'the only function', resource: lambdaFunction() },
    { name: 'other functions use other roles', resource: lambdaFunction(), related: { 'lambda.function': [lambdaFunction({ name: 'billing' }), lambdaFunction({ name: 'audit' })] } },
    { name: 'role ARNs that differ only in case are different ARNs', resource: fn('orders'), related: { 'lambda.function': [fn('billing', shared.replace('shared-role', 'Shared-Role'))] } },
  ],
  invalid: [
    { name: 'one other function shares the role', resource: fn('orders'), related: { 'lambda.function': [fn('billing')] }, messageId: 'shared', at: 'role', count: 1 },
    { name: 'a function in another region shares the role', resource: fn('orders'), related: { 'lambda.function': [fn('orders', shared, 'eu-west-1')] }, messageId: 'shared', at: 'role' },
  ],
  unknown: [
    { name: 'the role of another function is unresolved', resource: fn('orders'), related: { 'lambda.function': [{ ...fn('billing', ''), unresolved: { role: '!GetAtt Role.Arn' } }] } },
    { name: 'the role of this function is unresolved', resource: { ...fn('orders'), unresolved: { role: '!Ref RoleArn' } } },
    { name: 'no role recorded', resource: fn('orders', '') },
    { name: 'functions of another region could not be listed', resource: fn('orders'), gaps: [{ resourceType: 'lambda.function', region: 'eu-west-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        `
OrdersRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
RefundsRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
Orders:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt OrdersRole.Arn, Code: { ZipFile: x } }
Refunds:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: refunds, Runtime: python3.13, Handler: index.handler, Role: !GetAtt RefundsRole.Arn, Code: { ZipFile: x } }
`,
        // SAM generates one role per function.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
  Refunds:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
`,
      ],
      bad: [
        `
Shared:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
Orders:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Shared.Arn, Code: { ZipFile: x } }
Refunds:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: refunds, Runtime: python3.13, Handler: index.handler, Role: !GetAtt Shared.Arn, Code: { ZipFile: x } }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Shared:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  Orders:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/, Role: !GetAtt Shared.Arn }
  Refunds:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/, Role: !GetAtt Shared.Arn }
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
resource "aws_iam_role" "refunds" {
  name               = "refunds"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.orders.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function" "refunds" {
  function_name = "refunds"
  role          = aws_iam_role.refunds.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
      bad: [
        `
resource "aws_iam_role" "shared" {
  name               = "shared"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = aws_iam_role.shared.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function" "refunds" {
  function_name = "refunds"
  role          = aws_iam_role.shared.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
        // for_each makes two functions of one block, with one role.
        `
resource "aws_iam_role" "shared" {
  name               = "shared"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
resource "aws_lambda_function" "worker" {
  for_each      = toset(["orders", "refunds"])
  function_name = each.key
  role          = aws_iam_role.shared.arn
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
    },
  },
})

describe('lambda-execution-role-unique message data', () => {
  it('gives the count and at most three names', () => {
    const others = Array.from({ length: 250 }, (_, i) => fn(`fn-${String(i).padStart(3, '0')}`))
    const [f] = evaluateCase(check, { name: 'many', resource: fn('orders'), related: { 'lambda.function': others } })
    assert.equal(f?.status, 'fail')
    assert.equal(f!.data['count'], 250)
    assert.equal(f!.data['examples'], 'fn-000, fn-001, fn-002')
  })
})
