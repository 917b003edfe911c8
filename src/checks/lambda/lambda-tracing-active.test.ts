import check from './lambda-tracing-active.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'Active', resource: lambdaFunction({ tracingMode: 'Active' }) }],
  invalid: [{ name: 'PassThrough', resource: lambdaFunction({ tracingMode: 'PassThrough' }), messageId: 'pass-through', at: 'tracingMode', count: 1 }],
  unknown: [
    { name: 'tracing mode from an unresolved parameter', resource: lambdaFunction({ tracingMode: 'PassThrough', unresolved: { tracingMode: '!Ref TracingMode' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    TracingConfig: { Mode: Active }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, Tracing: Active }\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, Tracing: PassThrough }\n'],
    },
    serverless: {
      good: ['service: s\nprovider: { name: aws, runtime: nodejs22.x, tracing: { lambda: true } }\nfunctions:\n  api: { handler: h.main }\n'],
      bad: ['service: s\nprovider: { name: aws, runtime: nodejs22.x }\nfunctions:\n  api: { handler: h.main }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  tracing_config {
    mode = "Active"
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
}
`,
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  tracing_config {
    mode = "PassThrough"
  }
}
`,
      ],
    },
  },
})
