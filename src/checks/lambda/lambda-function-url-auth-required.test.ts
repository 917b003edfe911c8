import check from './lambda-function-url-auth-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'IAM auth', resource: lambdaFunction({ url: { authType: 'AWS_IAM' } }) }],
  invalid: [{ name: 'open URL', resource: lambdaFunction({ url: { authType: 'NONE' } }), messageId: 'none', at: 'url.authType' }],
  unknown: [
    { name: 'auth type from an unresolved parameter', resource: lambdaFunction({ url: { authType: 'NONE' }, unresolved: { 'url.authType': '!Ref AuthType' } }) },
    { name: 'URL config could not be read', resource: lambdaFunction({ url: null, unresolved: { url: 'AccessDenied' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'no URL', resource: lambdaFunction() }],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnUrl:
  Type: AWS::Lambda::Url
  Properties: { TargetFunctionArn: !GetAtt Fn.Arn, AuthType: AWS_IAM }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, FunctionUrlConfig: { AuthType: AWS_IAM } }
`,
      ],
      bad: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnUrl:
  Type: AWS::Lambda::Url
  Properties: { TargetFunctionArn: !Ref Fn, AuthType: NONE }
`,
        `
Transform: AWS::Serverless-2016-10-31
Parameters:
  UrlAuth: { Type: String, Default: NONE }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, FunctionUrlConfig: { AuthType: !Ref UrlAuth } }
`,
      ],
    },
    serverless: {
      good: ['service: s\nprovider: { name: aws, runtime: nodejs22.x }\nfunctions:\n  api: { handler: h.main, url: { authorizer: aws_iam } }\n'],
      bad: ['service: s\nprovider: { name: aws, runtime: nodejs22.x }\nfunctions:\n  api: { handler: h.main, url: true }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
}
`,
        // The URL names the function by ARN and the auth type comes from a variable's default.
        `
variable "url_auth" {
  default = "AWS_IAM"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.arn
  authorization_type = var.url_auth
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
}
`,
        `
locals {
  public = true
}
resource "aws_lambda_function" "api" {
  for_each      = toset(["orders", "refunds"])
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/api"
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api["refunds"].function_name
  authorization_type = local.public ? "NONE" : "AWS_IAM"
}
`,
      ],
    },
  },
})
