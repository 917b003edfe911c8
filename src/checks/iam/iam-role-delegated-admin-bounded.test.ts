import check from './iam-role-delegated-admin-bounded.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const inline = (...st: PolicyStatement[]) => [{ name: 'iam', document: doc(...st) }]
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/app-boundary`
const DELEGATE: PolicyStatement = { Effect: 'Allow', Action: ['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy'], Resource: `arn:aws:iam::${ACCOUNT}:role/app-*` }
const role = (...st: PolicyStatement[]) => iamRole({ name: 'platform-team', inlinePolicies: inline(...st) })

testCheck(check, {
  valid: [
    { name: 'delegation only with the boundary', resource: role({ ...DELEGATE, Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }) },
  ],
  invalid: [
    { name: 'create roles under a prefix, no boundary', resource: role(DELEGATE), messageId: 'unbounded', at: 'inlinePolicies' },
    { name: 'iam:* on roles', resource: role({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }), messageId: 'unbounded' },
    { name: 'removing boundaries is allowed', resource: role({ ...DELEGATE, Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }, { Effect: 'Allow', Action: 'iam:DeleteRolePermissionsBoundary', Resource: '*' }), messageId: 'unbounded' },
    { name: 'boundary required only IfExists', resource: role({ ...DELEGATE, Condition: { StringEqualsIfExists: { 'iam:PermissionsBoundary': BOUNDARY } } }), messageId: 'unbounded' },
    { name: 'unbounded when MFA is present', resource: role({ ...DELEGATE, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), messageId: 'unbounded-conditional' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: role(DELEGATE), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'an attached customer policy is not in the inventory', resource: iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/mystery`, name: 'mystery' }] }) },
  ],
  skip: [
    {
      name: 'its own boundary leaves out IAM writes: not a delegate',
      resource: iamRole({ name: 'platform-team', inlinePolicies: inline(DELEGATE), permissionsBoundaryArn: BOUNDARY }),
      related: { 'iam.policy': [managedPolicy({ name: 'app-boundary', document: doc({ Effect: 'Allow', Action: ['s3:*', 'lambda:*'], Resource: '*' }) })] },
    },
    { name: 'no IAM administration', resource: iamRole() },
    { name: 'an administrator', resource: role({ Effect: 'Allow', Action: '*', Resource: '*' }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Role:
  Type: AWS::IAM::Role
  Properties:
    RoleName: platform-team
    AssumeRolePolicyDocument:
      Statement: [{ Effect: Allow, Principal: { Service: codebuild.amazonaws.com }, Action: sts:AssumeRole }]
    Policies:
      - PolicyName: iam
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: [iam:CreateRole, iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: !Sub arn:aws:iam::\${AWS::AccountId}:role/app-*
              Condition: { StringEquals: { iam:PermissionsBoundary: !Sub 'arn:aws:iam::\${AWS::AccountId}:policy/app-boundary' } }
`,
      ],
      bad: [
        `Role:
  Type: AWS::IAM::Role
  Properties:
    RoleName: platform-team
    AssumeRolePolicyDocument:
      Statement: [{ Effect: Allow, Principal: { Service: codebuild.amazonaws.com }, Action: sts:AssumeRole }]
Delegation:
  Type: AWS::IAM::Policy
  Properties:
    PolicyName: iam
    Roles: [!Ref Role]
    PolicyDocument:
      Statement:
        - Effect: Allow
          Action: [iam:CreateRole, iam:AttachRolePolicy, iam:PutRolePolicy]
          Resource: !Sub arn:aws:iam::\${AWS::AccountId}:role/app-*
`,
      ],
    },
    terraform: {
      good: [
        `
data "aws_caller_identity" "current" {}
resource "aws_iam_role" "platform" {
  name = "platform-team"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
resource "aws_iam_role_policy" "iam" {
  name = "iam"
  role = aws_iam_role.platform.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"]
      Resource  = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app-*"
      Condition = { StringEquals = { "iam:PermissionsBoundary" = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:policy/app-boundary" } }
    }]
  })
}
`,
      ],
      bad: [
        `
resource "aws_iam_role" "platform" {
  name = "platform-team"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  inline_policy {
    name = "iam"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*" }]
    })
  }
}
`,
      ],
    },
  },
})
