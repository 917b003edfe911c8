import check from './lambda-runtime-supported.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

// Scan time defaults to 2026-11-27 (test/check-tester.ts TEST_NOW).
testCheck(check, {
  valid: [
    { name: 'nodejs22.x, deprecated 2027-04-30', resource: lambdaFunction({ runtime: 'nodejs22.x' }) },
    { name: 'python3.14', resource: lambdaFunction({ runtime: 'python3.14' }) },
    { name: 'provided.al2023', resource: lambdaFunction({ runtime: 'provided.al2023' }) },
    { name: 'a preview runtime with no deprecation scheduled', resource: lambdaFunction({ runtime: 'nodejs26.x' }) },
    // The weeks before the deprecation date are lambda-runtime-deprecation-upcoming's, so this check passes.
    { name: 'nodejs22.x 60 days before deprecation', resource: lambdaFunction({ runtime: 'nodejs22.x' }), now: new Date('2027-03-01T00:00:00Z') },
    { name: 'one second before the deprecation date', resource: lambdaFunction({ runtime: 'nodejs22.x' }), now: new Date('2027-04-29T23:59:59Z') },
  ],
  invalid: [
    { name: 'nodejs20.x, deprecated 2026-04-30', resource: lambdaFunction({ runtime: 'nodejs20.x' }), messageId: 'deprecated', at: 'runtime', count: 1 },
    { name: 'dotnet8, deprecated 2026-11-10', resource: lambdaFunction({ runtime: 'dotnet8' }), messageId: 'deprecated', at: 'runtime' },
    { name: 'python3.10 after its create block', resource: lambdaFunction({ runtime: 'python3.10' }), now: new Date('2026-12-01T00:00:00Z'), messageId: 'create-blocked', at: 'runtime' },
    { name: 'python3.7, updates blocked', resource: lambdaFunction({ runtime: 'python3.7' }), messageId: 'update-blocked', at: 'runtime' },
    { name: 'the very first runtime', resource: lambdaFunction({ runtime: 'nodejs' }), messageId: 'update-blocked', at: 'runtime' },
    { name: 'deprecated on the scan day itself', resource: lambdaFunction({ runtime: 'nodejs22.x' }), now: new Date('2027-04-30T00:00:00Z'), messageId: 'deprecated' },
  ],
  unknown: [
    { name: 'a runtime the data file does not know', resource: lambdaFunction({ runtime: 'cobol85.x' }) },
    { name: 'a Zip function without a runtime', resource: lambdaFunction({ runtime: undefined }) },
    { name: 'runtime from an unresolved parameter', resource: lambdaFunction({ runtime: 'nodejs22.x', unresolved: { runtime: '!Ref Runtime' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'container image', resource: lambdaFunction({ packageType: 'Image', runtime: undefined, handler: undefined }) }],
  iac: {
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: nodejs16.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.9, Handler: index.handler, CodeUri: src/ }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs16.x"
}
`,
        // The runtime comes from a variable's default.
        `
variable "runtime" {
  default = "python3.9"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = var.runtime
}
`,
      ],
    },
  },
})
