import check from './lambda-reserved-concurrency-set.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'reserved concurrency 10', resource: lambdaFunction() },
    { name: 'reserved concurrency 1', resource: lambdaFunction({ reservedConcurrency: 1 }) },
  ],
  invalid: [
    { name: 'no reserved concurrency', resource: lambdaFunction({ reservedConcurrency: null }), messageId: 'none', at: 'reservedConcurrency', count: 1 },
    { name: 'throttled to zero', resource: lambdaFunction({ reservedConcurrency: 0 }), messageId: 'throttled-to-zero', at: 'reservedConcurrency', count: 1 },
  ],
  unknown: [
    { name: 'concurrency could not be read', resource: lambdaFunction({ reservedConcurrency: null, unresolved: { reservedConcurrency: 'AccessDenied: lambda:GetFunctionConcurrency' } }) },
    { name: 'concurrency from a Terraform variable', resource: lambdaFunction({ reservedConcurrency: null, unresolved: { reservedConcurrency: 'var.concurrency' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  iac: {
    terraform: {
      good: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  reserved_concurrent_executions = 25
}
`,
      ],
      bad: [
        // Without a reservation the function shares, and can exhaust, the account pool.
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
        // -1 is the provider's way of saying no reservation.
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  reserved_concurrent_executions = -1
}
`,
      ],
    },
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    ReservedConcurrentExecutions: 25\n', 'Parameters:\n  Concurrency: { Type: Number, Default: 10 }\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs22.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: x }\n      ReservedConcurrentExecutions: !Ref Concurrency\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, ReservedConcurrentExecutions: 0 }\n'],
    },
    serverless: {
      good: ['service: s\nprovider: { name: aws, runtime: nodejs22.x }\nfunctions:\n  api: { handler: h.main, reservedConcurrency: 5 }\n'],
      bad: ['service: s\nprovider: { name: aws, runtime: nodejs22.x }\nfunctions:\n  api: { handler: h.main }\n'],
    },
  },
})
