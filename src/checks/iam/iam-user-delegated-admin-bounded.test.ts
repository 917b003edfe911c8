import check from './iam-user-delegated-admin-bounded.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamGroup, iamUser } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/dev-boundary`
const CREATE_USERS: PolicyStatement = { Effect: 'Allow', Action: ['iam:CreateUser', 'iam:AttachUserPolicy'], Resource: '*' }

testCheck(check, {
  valid: [{ name: 'user creation only with the boundary', resource: iamUser({ inlinePolicies: [{ name: 'helpdesk', document: doc({ ...CREATE_USERS, Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }) }] }) }],
  invalid: [
    { name: 'creates users without a boundary', resource: iamUser({ inlinePolicies: [{ name: 'helpdesk', document: doc(CREATE_USERS) }] }), messageId: 'unbounded' },
    { name: 'through a group', resource: iamUser({ groups: ['helpdesk'] }), related: { 'iam.group': [iamGroup({ name: 'helpdesk', inlinePolicies: [{ name: 'users', document: doc(CREATE_USERS) }] })] }, messageId: 'unbounded' },
  ],
  unknown: [
    { name: 'its group is not in the inventory', resource: iamUser({ groups: ['helpdesk'] }) },
    { name: 'groups could not be listed', resource: iamUser({ groups: ['helpdesk'] }), gaps: [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'an ordinary user', resource: iamUser({ inlinePolicies: [{ name: 'read', document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }] }) }],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"], "Resource": "arn:aws:iam::111122223333:role/app-*", "Condition": {"StringEquals": {"iam:PermissionsBoundary": "arn:aws:iam::111122223333:policy/app-boundary"}}}]}
`,
        `Principal:
  Type: AWS::IAM::User
  Properties:
    UserName: app
Inline:
  Type: AWS::IAM::UserPolicy
  Properties:
    UserName: !Ref Principal
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"], "Resource": "arn:aws:iam::111122223333:role/app-*", "Condition": {"StringEquals": {"iam:PermissionsBoundary": "arn:aws:iam::111122223333:policy/app-boundary"}}}]}
`,
      ],
      bad: [
        `Principal:
  Type: AWS::IAM::User
Inline:
  Type: AWS::IAM::Policy
  Properties:
    Users: [!Ref Principal]
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:CreateRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"], "Resource": "arn:aws:iam::111122223333:role/app-*"}]}
`,
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::111122223333:user/*"}]}
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_iam_user" "app" {
  name = "app"
}
resource "aws_iam_user_policy" "app" {
  name   = "app"
  user   = aws_iam_user.app.name
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "iam:CreateRole",
        "iam:AttachRolePolicy",
        "iam:PutRolePolicy"
      ],
      "Resource": "arn:aws:iam::111122223333:role/app-*",
      "Condition": {
        "StringEquals": {
          "iam:PermissionsBoundary": "arn:aws:iam::111122223333:policy/app-boundary"
        }
      }
    }
  ]
}
EOT
}
`,
      ],
      bad: [
        `
resource "aws_iam_user" "app" {
  name = "app"
}
resource "aws_iam_user_policy" "app" {
  name   = "app"
  user   = aws_iam_user.app.name
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "iam:CreateRole",
        "iam:AttachRolePolicy",
        "iam:PutRolePolicy"
      ],
      "Resource": "arn:aws:iam::111122223333:role/app-*"
    }
  ]
}
EOT
}
`,
        `
resource "aws_iam_user" "app" {
  name = "app"
}
resource "aws_iam_user_policy" "app" {
  name   = "app"
  user   = aws_iam_user.app.name
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "iam:*",
      "Resource": "arn:aws:iam::111122223333:user/*"
    }
  ]
}
EOT
}
`,
      ],
    },
  },
})
