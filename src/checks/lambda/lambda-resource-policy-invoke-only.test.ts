import check from './lambda-resource-policy-invoke-only.js'
import { testCheck } from '../../../test/check-tester.js'
import { fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const FN = fnArn('orders')
const withPolicy = (...Statement: PolicyStatement[]) => lambdaFunction({ policy: { Version: '2012-10-17', Statement } })
const grant = (Action: string | string[], Sid = 'stmt'): PolicyStatement => ({ Sid, Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action, Resource: FN })

testCheck(check, {
  valid: [
    { name: 'InvokeFunction', resource: withPolicy(grant('lambda:InvokeFunction')) },
    { name: 'InvokeFunctionUrl', resource: withPolicy(grant('lambda:InvokeFunctionUrl')) },
    { name: 'lambda:Invoke* (expands to invocation actions only)', resource: withPolicy(grant('lambda:Invoke*')) },
    { name: 'case-insensitive action names', resource: withPolicy(grant('Lambda:invokefunction')) },
    { name: 'a Deny for lambda:* is not judged', resource: withPolicy(grant('lambda:InvokeFunction'), { Effect: 'Deny', Principal: '*', Action: 'lambda:*', Resource: FN, Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }) },
    { name: 'GetFunction allowed by option', resource: withPolicy(grant(['lambda:InvokeFunction', 'lambda:GetFunction'])), options: { allowedActions: ['lambda:InvokeFunction', 'lambda:GetFunction'] } },
  ],
  invalid: [
    { name: 'lambda:*', resource: withPolicy(grant('lambda:*')), messageId: 'beyond-invoke', at: 'policy', count: 1 },
    { name: 'GetFunction (code download link)', resource: withPolicy(grant(['lambda:InvokeFunction', 'lambda:GetFunction'])), messageId: 'beyond-invoke' },
    { name: 'Action "*"', resource: withPolicy(grant('*')), messageId: 'beyond-invoke' },
    { name: 'NotAction', resource: withPolicy({ Sid: 'n', Effect: 'Allow', Principal: { AWS: '444455556666' }, NotAction: 'lambda:DeleteFunction', Resource: FN }), messageId: 'beyond-invoke' },
    { name: 'lambda:Update* expanded', resource: withPolicy(grant('lambda:Update*')), messageId: 'beyond-invoke' },
    { name: 'two statements: one verdict each', resource: withPolicy(grant('lambda:AddPermission', 'a'), grant('lambda:InvokeFunction', 'b'), grant('lambda:UpdateFunctionCode', 'c')), messageId: 'beyond-invoke', count: 2 },
  ],
  unknown: [
    { name: 'policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'no resource-based policy', resource: lambdaFunction({ policy: null }) }],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Invoke:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceArn: 'arn:aws:s3:::orders-uploads', SourceAccount: !Ref AWS::AccountId }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnUrl:
  Type: AWS::Lambda::Url
  Properties: { TargetFunctionArn: !GetAtt Fn.Arn, AuthType: AWS_IAM }
UrlInvoke:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunctionUrl, Principal: !Ref AWS::AccountId, FunctionUrlAuthType: AWS_IAM }
`,
      ],
      bad: [
        // lambda:* lets the grantee replace the code and the configuration.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Manage:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: 'lambda:*', Principal: !Ref AWS::AccountId }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Update:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:UpdateFunctionCode, Principal: '444455556666' }
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
resource "aws_lambda_permission" "invoke" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::orders-uploads"
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
resource "aws_lambda_permission" "update" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:UpdateFunctionCode"
  principal     = "444455556666"
}
`,
      ],
    },
  },
})
