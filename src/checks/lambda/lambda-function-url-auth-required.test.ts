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
  },
})
