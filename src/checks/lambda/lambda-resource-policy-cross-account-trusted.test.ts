import check from './lambda-resource-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const PARTNER = '444455556666'
const OTHER = '777788889999'
const FN = fnArn('orders')
const withPolicy = (...Statement: PolicyStatement[]) => lambdaFunction({ policy: { Version: '2012-10-17', Statement } })
const grant = (Principal: PolicyStatement['Principal'], Condition?: PolicyStatement['Condition'], Sid = 'stmt'): PolicyStatement => ({ Sid, Effect: 'Allow', Principal, Action: 'lambda:InvokeFunction', Resource: FN, ...(Condition ? { Condition } : {}) })

testCheck(check, {
  valid: [
    { name: 'only its own account', resource: withPolicy(grant({ AWS: ACCOUNT })) },
    { name: 'a service scoped to its own account', resource: withPolicy(grant({ Service: 's3.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'a trusted partner account', resource: withPolicy(grant({ AWS: PARTNER })), options: { trustedAccounts: [PARTNER] } },
    { name: '* narrowed to the trusted account by aws:PrincipalAccount', resource: withPolicy(grant('*', { StringEquals: { 'aws:PrincipalAccount': PARTNER } })), options: { trustedAccounts: [PARTNER] } },
    { name: 'the owner\'s own organization', resource: withPolicy(grant('*', { StringEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } })) },
    { name: 'a trusted organization', resource: withPolicy(grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-trusted1' } })), options: { trustedOrganizations: ['o-trusted1'] } },
    { name: 'public grants are left to lambda-resource-policy-not-public', resource: withPolicy(grant('*')) },
    { name: 'the other account is cancelled by a Deny', resource: withPolicy(grant({ AWS: PARTNER }), { Effect: 'Deny', Principal: '*', Action: 'lambda:*', Resource: FN, Condition: { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } } }) },
  ],
  invalid: [
    { name: 'another account by principal', resource: withPolicy(grant({ AWS: PARTNER })), messageId: 'untrusted-account', at: 'policy', count: 1 },
    { name: 'a role ARN of another account', resource: withPolicy(grant({ AWS: `arn:aws:iam::${OTHER}:role/deployer` })), messageId: 'untrusted-account' },
    { name: '* narrowed to another account by aws:SourceAccount', resource: withPolicy(grant('*', { StringEquals: { 'aws:SourceAccount': OTHER } })), messageId: 'untrusted-account' },
    { name: 'a service scoped to another account\'s bucket', resource: withPolicy(grant({ Service: 'sns.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OTHER}:events` } })), messageId: 'untrusted-account' },
    { name: 'one trusted, one not', resource: withPolicy(grant({ AWS: [PARTNER, OTHER] })), options: { trustedAccounts: [PARTNER] }, messageId: 'untrusted-account', count: 1 },
    { name: 'an organization that is not the owner\'s', resource: withPolicy(grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-someone' } })), messageId: 'untrusted-organization' },
  ],
  unknown: [
    { name: 'policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }) },
  ],
  skip: [{ name: 'no resource-based policy', resource: lambdaFunction({ policy: null }) }],
  iac: {
    cloudformation: {
      good: [
        // Only the own account is granted.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
SameAccount:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: !Ref AWS::AccountId }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FromS3:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceArn: 'arn:aws:s3:::orders-uploads', SourceAccount: !Ref AWS::AccountId }
`,
      ],
      bad: [
        // An account no option trusts.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Partner:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: '444455556666' }
`,
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
OtherOrg:
  Type: AWS::Lambda::Permission
  Properties: { FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: '*', PrincipalOrgID: o-otherorg123 }
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
data "aws_caller_identity" "current" {}
resource "aws_lambda_permission" "own" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:InvokeFunction"
  principal     = data.aws_caller_identity.current.account_id
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
resource "aws_lambda_permission" "partner" {
  function_name = aws_lambda_function.orders.function_name
  action        = "lambda:InvokeFunction"
  principal     = "arn:aws:iam::444455556666:root"
}
`,
      ],
    },
  },
})
