import check from './lambda-function-url-cors-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import type { LambdaFunctionUrl } from '../../model/lambda.js'

const withCors = (cors: Partial<NonNullable<LambdaFunctionUrl['cors']>>, unresolved?: Record<string, string>) =>
  lambdaFunction({
    url: { authType: 'AWS_IAM', cors: { allowOrigins: ['https://app.example.com'], allowMethods: ['GET'], allowHeaders: [], allowCredentials: false, ...cors } },
    ...(unresolved ? { unresolved } : {}),
  })

testCheck(check, {
  valid: [
    { name: 'one explicit origin', resource: withCors({}) },
    { name: 'explicit origins with credentials and all methods', resource: withCors({ allowOrigins: ['https://app.example.com', 'https://admin.example.com'], allowMethods: ['*'], allowCredentials: true }) },
  ],
  invalid: [
    { name: 'wildcard origin', resource: withCors({ allowOrigins: ['*'] }), messageId: 'wildcard-origin', at: 'url.cors.allowOrigins', count: 1 },
    { name: 'wildcard among explicit origins', resource: withCors({ allowOrigins: ['https://app.example.com', ' * '] }), messageId: 'wildcard-origin' },
    { name: 'wildcard origin and every method', resource: withCors({ allowOrigins: ['*'], allowMethods: ['*'] }), messageId: 'wildcard-origin-all-methods', at: 'url.cors.allowOrigins' },
    { name: 'wildcard origin with credentials', resource: withCors({ allowOrigins: ['*'], allowMethods: ['*'], allowCredentials: true }), messageId: 'wildcard-origin-credentials', at: 'url.cors.allowOrigins' },
  ],
  unknown: [
    { name: 'origins from an unresolved parameter', resource: withCors({ allowOrigins: ['*'] }, { 'url.cors.allowOrigins': '!Ref AllowedOrigin' }) },
    { name: 'URL config could not be read', resource: lambdaFunction({ url: null, unresolved: { url: 'AccessDenied' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'no function URL', resource: lambdaFunction() },
    { name: 'a URL without CORS', resource: lambdaFunction({ url: { authType: 'AWS_IAM' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnUrl:
  Type: AWS::Lambda::Url
  Properties:
    TargetFunctionArn: !GetAtt Fn.Arn
    AuthType: AWS_IAM
    Cors: { AllowOrigins: ['https://app.example.com'], AllowMethods: [GET, POST], AllowCredentials: true }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      FunctionUrlConfig: { AuthType: AWS_IAM, Cors: { AllowOrigins: ['https://app.example.com'] } }
`,
      ],
      bad: [
        // Any site can make the browser send credentials along.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnUrl:
  Type: AWS::Lambda::Url
  Properties:
    TargetFunctionArn: !GetAtt Fn.Arn
    AuthType: AWS_IAM
    Cors: { AllowOrigins: ['*'], AllowMethods: [GET], AllowCredentials: true }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      FunctionUrlConfig: { AuthType: AWS_IAM, Cors: { AllowOrigins: ['*'], AllowMethods: ['*'] } }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function_url" "orders" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins     = ["https://app.example.com"]
    allow_methods     = ["GET", "POST"]
    allow_credentials = true
  }
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function_url" "orders" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins     = ["*"]
    allow_methods     = ["*"]
  }
}
`,
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_function_url" "orders" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins     = ["https://app.example.com", "*"]
    allow_credentials = true
  }
}
`,
      ],
    },
  },
})
