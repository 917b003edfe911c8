import check from './lambda-resource-policy-service-source-scoped.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'

const FN = fnArn('orders')
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const fromService = (service: string | string[], Condition?: PolicyStatement['Condition'], Sid = 'svc'): PolicyStatement => ({
  Sid,
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'lambda:InvokeFunction',
  Resource: FN,
  ...(Condition ? { Condition } : {}),
})
const withPolicy = (...s: PolicyStatement[]) => lambdaFunction({ policy: policy(...s) })

testCheck(check, {
  valid: [
    { name: 'S3 with aws:SourceArn and aws:SourceAccount', resource: withPolicy(fromService('s3.amazonaws.com', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'SNS with aws:SourceArn', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } })) },
    { name: 'EventBridge with aws:SourceAccount only', resource: withPolicy(fromService('events.amazonaws.com', { StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'Alexa with lambda:EventSourceToken', resource: withPolicy(fromService('alexa-appkit.amazon.com', { StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.1234' } })) },
    { name: 'scoped by a Deny for everyone', resource: withPolicy(fromService('apigateway.amazonaws.com'), { Effect: 'Deny', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FN, Condition: { StringNotEquals: { 'aws:SourceAccount': ACCOUNT } } }) },
  ],
  invalid: [
    { name: 'S3 without source conditions', resource: withPolicy(fromService('s3.amazonaws.com')), messageId: 'unscoped', at: 'policy', count: 1 },
    { name: 'API Gateway with StringNotEquals aws:SourceAccount', resource: withPolicy(fromService('apigateway.amazonaws.com', { StringNotEquals: { 'aws:SourceAccount': '444455556666' } })), messageId: 'unscoped' },
    { name: 'SNS with ArnLikeIfExists (key-less requests pass)', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLikeIfExists: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } })), messageId: 'unscoped' },
    { name: 'S3 with a wildcard source ARN account', resource: withPolicy(fromService('events.amazonaws.com', { ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:*:rule/*' } })), messageId: 'unscoped' },
    { name: 'one scoped grant and one unscoped', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } }, 'a'), fromService('s3.amazonaws.com', undefined, 'b')), messageId: 'unscoped', count: 1 },
  ],
  unknown: [
    { name: 'policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied on lambda:GetPolicy' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'no resource policy', resource: lambdaFunction({ policy: null }) },
    { name: 'no service principal in the policy', resource: withPolicy({ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'lambda:InvokeFunction', Resource: FN }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
S3Invoke:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceArn: 'arn:aws:s3:::orders-uploads', SourceAccount: !Ref AWS::AccountId }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Topic:
  Type: AWS::SNS::Topic
S3Invoke:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: sns.amazonaws.com, SourceArn: !Ref Topic }
`,
      ],
      bad: [
        // Any bucket, in any account, can have S3 invoke the function.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
S3Invoke:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
  Invoke:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: events.amazonaws.com }
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
resource "aws_sns_topic" "orders" {
  name = "orders"
}
resource "aws_lambda_permission" "events" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.orders.arn
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
resource "aws_lambda_permission" "events" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
}
`,
      ],
    },
  },
})
