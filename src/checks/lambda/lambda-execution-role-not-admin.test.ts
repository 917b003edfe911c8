import check from './lambda-execution-role-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { cfnBody, cfnFunction, samFunction, samTemplate } from '../../../test/builders/iac-fragments.js'
import { MANAGED_POLICIES_GAP, basicExecutionAttachment, cfnExecutionRole, customerPolicyAttachment, policyDoc as doc, withRole } from '../../../test/builders/execution-role.js'

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const everything: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }
const fn = lambdaFunction()
const adminPolicy = managedPolicy({ name: 'admin', document: doc(everything) })
const boundaryS3 = managedPolicy({ name: 'boundary-s3', document: doc({ Effect: 'Allow', Action: ['s3:*', 'logs:*'], Resource: '*' }) })
const boundaryAll = managedPolicy({ name: 'boundary-all', document: doc(everything) })

testCheck(check, {
  valid: [
    { name: 'least-privilege inline policy', resource: fn, related: withRole() },
    { name: 'AWS managed basic execution role not in the inventory (assumed non-admin)', resource: fn, related: withRole({ attachedPolicies: [basicExecutionAttachment] }) },
    { name: 'customer managed policy limited to a few services', resource: fn, related: { ...withRole({ attachedPolicies: [customerPolicyAttachment('app')] }), 'iam.policy': [managedPolicy({ name: 'app', document: doc({ Effect: 'Allow', Action: ['dynamodb:*', 's3:*'], Resource: '*' }) })] } },
    { name: 'PowerUser-style NotAction without IAM', resource: fn, related: withRole({ inlinePolicies: [{ name: 'power', document: doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }) }] }) },
    { name: 'Action * only on one bucket', resource: fn, related: withRole({ inlinePolicies: [{ name: 'bucket', document: doc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }) }] }) },
    { name: 'administrator policy capped by a permissions boundary', resource: fn, related: { ...withRole({ attachedPolicies: [{ arn: ADMIN_ARN, name: 'AdministratorAccess' }], permissionsBoundaryArn: boundaryS3.arn! }), 'iam.policy': [boundaryS3] } },
  ],
  invalid: [
    { name: 'AdministratorAccess attached (document not in the inventory)', resource: fn, related: withRole({ attachedPolicies: [{ arn: ADMIN_ARN, name: 'AdministratorAccess' }] }), messageId: 'admin', at: 'role', count: 1 },
    { name: 'AdministratorAccess in another partition', resource: fn, related: withRole({ attachedPolicies: [{ arn: 'arn:aws-us-gov:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }), messageId: 'admin' },
    { name: 'customer managed policy granting * on *', resource: fn, related: { ...withRole({ attachedPolicies: [{ arn: adminPolicy.arn!, name: 'admin' }] }), 'iam.policy': [adminPolicy] }, messageId: 'admin' },
    { name: 'inline * on *', resource: fn, related: withRole({ inlinePolicies: [{ name: 'all', document: doc(everything) }] }), messageId: 'admin' },
    { name: 'NotAction with a tiny exclusion', resource: fn, related: withRole({ inlinePolicies: [{ name: 'almost', document: doc({ Effect: 'Allow', NotAction: 'aws-portal:*', Resource: '*' }) }] }), messageId: 'admin' },
    { name: 'a boundary that allows everything caps nothing', resource: fn, related: { ...withRole({ inlinePolicies: [{ name: 'all', document: doc(everything) }], permissionsBoundaryArn: boundaryAll.arn! }), 'iam.policy': [boundaryAll] }, messageId: 'admin' },
    { name: 'admin under a condition', resource: fn, related: withRole({ inlinePolicies: [{ name: 'all', document: doc({ ...everything, Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }) }] }), messageId: 'admin-conditional' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: fn, gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'iam:GetAccountAuthorizationDetails denied' }] },
    { name: 'role not in the inventory', resource: fn },
    { name: 'customer managed policy document missing', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('mystery')] }) },
    { name: 'managed policies could not be listed', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('mystery')] }), gaps: [MANAGED_POLICIES_GAP] },
    { name: 'admin, but the boundary document is missing', resource: fn, related: withRole({ attachedPolicies: [{ arn: ADMIN_ARN, name: 'AdministratorAccess' }], permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary` }) },
    { name: 'attached policies of the role unresolved', resource: fn, related: withRole({ attachedPolicies: [], unresolved: { attachedPolicies: 'ManagedPolicyArns from a parameter' } }) },
    { name: 'function role unresolved', resource: lambdaFunction({ unresolved: { role: '!Ref RoleArn' } }), related: withRole() },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnBody(
          cfnExecutionRole('Role', ["    Policies: [{ PolicyName: app, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }] } }]"]),
          cfnFunction({ role: '!GetAtt Role.Arn' }),
        ),
        samTemplate(samFunction(', Policies: [{ DynamoDBReadPolicy: { TableName: orders } }]')),
      ],
      bad: [
        cfnBody(cfnExecutionRole('Role', ["    ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess']"]), cfnFunction({ role: '!GetAtt Role.Arn' })),
        cfnBody(
          cfnExecutionRole('Role', ["    Policies: [{ PolicyName: all, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] } }]"]),
          cfnFunction({ role: '!GetAtt Role.Arn' }),
        ),
        samTemplate(samFunction(', Policies: [AdministratorAccess]')),
      ],
    },
    terraform: {
      good: [
        `
resource "aws_iam_role" "api" {
  name               = "api"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}
resource "aws_iam_role_policy" "api" {
  role = aws_iam_role.api.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem"], Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }]
  })
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
}
`,
      ],
      bad: [
        `
resource "aws_iam_role" "api" {
  name               = "api"
  assume_role_policy = "{}"
}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.api.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
}
`,
        `
resource "aws_iam_role" "api" {
  name               = "api"
  assume_role_policy = "{}"
  inline_policy {
    name   = "everything"
    policy = data.aws_iam_policy_document.all.json
  }
}
data "aws_iam_policy_document" "all" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
}
`,
      ],
    },
  },
})
