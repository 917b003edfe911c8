import check from './iam-user-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamUser } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const everything: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }
const scoped = { name: 'scoped', document: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }) }

testCheck(check, {
  valid: [
    { name: 'a scoped inline policy', resource: iamUser({ inlinePolicies: [scoped] }) },
    { name: 'no inline policies', resource: iamUser({ inlinePolicies: [] }) },
    { name: 'everything on one bucket only', resource: iamUser({ inlinePolicies: [{ name: 'bucket', document: doc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }) }] }) },
  ],
  invalid: [
    { name: '* on *', resource: iamUser({ inlinePolicies: [scoped, { name: 'all', document: doc(everything) }] }), messageId: 'admin', at: 'inlinePolicies.1.document', count: 1 },
    { name: 'NotAction with a small exclusion', resource: iamUser({ inlinePolicies: [{ name: 'almost', document: doc({ Effect: 'Allow', NotAction: ['aws-portal:*'], Resource: '*' }) }] }), messageId: 'admin' },
    { name: 'admin when MFA is present', resource: iamUser({ inlinePolicies: [{ name: 'mfa', document: doc({ ...everything, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }] }), messageId: 'admin-conditional' },
  ],
  unknown: [
    { name: 'the users could not be listed', resource: iamUser(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'an inline policy that could not be decoded', resource: iamUser({ inlinePolicies: [{ name: 'broken', document: doc() }], unresolved: { 'inlinePolicies.0.document': 'ParseError' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::artifacts/*"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/orders"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
`,
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}, {"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}
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
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": "arn:aws:s3:::artifacts/*"
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
      "Action": "dynamodb:*",
      "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/orders"
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
      "Action": "*",
      "Resource": "*"
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
      "NotAction": "iam:*",
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      "Action": "iam:*",
      "Resource": "*"
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
