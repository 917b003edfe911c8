import check from './lambda-resource-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'

const OTHER = '444455556666'
const FN = fnArn('orders')
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const allow = (Principal: PolicyStatement['Principal'], Condition?: PolicyStatement['Condition'], Action: string | string[] = 'lambda:InvokeFunction', Sid = 'stmt'): PolicyStatement => ({
  Sid,
  Effect: 'Allow',
  Principal,
  Action,
  Resource: FN,
  ...(Condition ? { Condition } : {}),
})
const withPolicy = (...s: PolicyStatement[]) => lambdaFunction({ policy: policy(...s) })

testCheck(check, {
  valid: [
    { name: 'no resource policy', resource: lambdaFunction({ policy: null }) },
    { name: '* restricted by aws:SourceArn', resource: withPolicy(allow('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } })) },
    { name: '* restricted by aws:SourceAccount', resource: withPolicy(allow('*', { StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: '* restricted by aws:PrincipalOrgID', resource: withPolicy(allow('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })) },
    { name: '* restricted to a private network', resource: withPolicy(allow('*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })) },
    { name: 'public Allow narrowed by a Deny outside the organisation', resource: withPolicy(allow('*'), { Effect: 'Deny', Principal: '*', Action: 'lambda:*', Resource: FN, Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) },
    { name: 'another account (cross-account, not public)', resource: withPolicy(allow({ AWS: OTHER })) },
    { name: 'scoped service principal', resource: withPolicy(allow({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } })) },
    { name: 'function URL with auth NONE only (reported by the URL check)', resource: withPolicy(allow('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, 'lambda:InvokeFunctionUrl', 'FunctionURLAllowPublicAccess'), allow('*', { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } }, 'lambda:InvokeFunction', 'FunctionURLInvokeAllowPublicAccess')) },
  ],
  invalid: [
    { name: 'Principal "*"', resource: withPolicy(allow('*')), messageId: 'public', at: 'policy', count: 1 },
    { name: '{"AWS": "*"}', resource: withPolicy(allow({ AWS: '*' })), messageId: 'public' },
    { name: '* + StringNotEquals aws:SourceAccount (key-less callers pass)', resource: withPolicy(allow('*', { StringNotEquals: { 'aws:SourceAccount': OTHER } })), messageId: 'public' },
    { name: '* + StringEqualsIfExists aws:SourceAccount', resource: withPolicy(allow('*', { StringEqualsIfExists: { 'aws:SourceAccount': ACCOUNT } })), messageId: 'public' },
    { name: '* + aws:SourceIp 0.0.0.0/0', resource: withPolicy(allow('*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })), messageId: 'public' },
    { name: 'Allow with NotPrincipal', resource: withPolicy({ Effect: 'Allow', NotPrincipal: { AWS: OTHER }, Action: 'lambda:InvokeFunction', Resource: FN }), messageId: 'public' },
    { name: 'public lambda:* (takeover)', resource: withPolicy(allow('*', undefined, 'lambda:*')), messageId: 'public' },
    { name: 'two public statements: one verdict each', resource: withPolicy(allow('*', undefined, 'lambda:InvokeFunction', 'a'), allow('*', undefined, 'lambda:GetFunction', 'b')), messageId: 'public', count: 2 },
    { name: 'IAM-authenticated function URL for any account', resource: withPolicy(allow('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } }, 'lambda:InvokeFunctionUrl')), messageId: 'public-authenticated' },
    { name: 'URL auth condition on lambda:* (URL management open to every account)', resource: withPolicy(allow('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, 'lambda:*')), messageId: 'public-authenticated' },
    { name: 'wildcard account principal ARN', resource: withPolicy(allow({ AWS: 'arn:aws:iam::*:root' })), messageId: 'public-authenticated' },
  ],
  unknown: [
    { name: 'policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied on lambda:GetPolicy' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Topic:
  Type: AWS::SNS::Topic
FromTopic:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: sns.amazonaws.com, SourceArn: !Ref Topic }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
SameAccount:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: !Ref AWS::AccountId }
`,
      ],
      bad: [
        // Anyone can invoke the function.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Anyone:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: '*' }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}
resource "aws_lambda_permission" "from_topic" {
  function_name = aws_lambda_function.api.function_name
  action        = "lambda:InvokeFunction"
  principal     = "sns.amazonaws.com"
  source_arn    = "arn:aws:sns:us-east-1:123456789012:orders"
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
resource "aws_lambda_permission" "anyone" {
  function_name = aws_lambda_function.api.arn
  action        = "lambda:InvokeFunction"
  principal     = "*"
}
`,
        // A principal from a variable's default is as public as a literal one.
        `
variable "caller" {
  default = "*"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}
resource "aws_lambda_permission" "caller" {
  function_name = "api"
  action        = "lambda:InvokeFunction"
  principal     = var.caller
}
`,
      ],
    },
  },
})
