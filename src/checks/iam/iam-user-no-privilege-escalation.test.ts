import check from './iam-user-no-privilege-escalation.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamGroup, iamUser } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })

testCheck(check, {
  valid: [
    { name: 'no policies', resource: iamUser() },
    { name: 'read-only through a group', resource: iamUser({ groups: ['readers'] }), related: { 'iam.group': [iamGroup({ name: 'readers', inlinePolicies: [{ name: 'ro', document: doc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }) }] })] } },
  ],
  invalid: [
    { name: 'creates access keys for any user', resource: iamUser({ inlinePolicies: [{ name: 'keys', document: doc({ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }) }] }), messageId: 'escalation' },
    { name: 'attaches policies to its own group', resource: iamUser({ groups: ['ops'] }), related: { 'iam.group': [iamGroup({ name: 'ops', inlinePolicies: [{ name: 'attach', document: doc({ Effect: 'Allow', Action: 'iam:AttachGroupPolicy', Resource: 'arn:aws:iam::111122223333:group/ops' }) }] })] }, messageId: 'escalation' },
  ],
  unknown: [
    { name: 'its group is missing', resource: iamUser({ groups: ['ops'] }) },
    { name: 'users could not be listed', resource: iamUser(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'administrator', resource: iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }) }],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::artifacts/*"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PutUserPolicy", "Resource": "*"}]}
`,
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction", "iam:PassRole"], "Resource": "*"}]}
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
        "iam:Get*",
        "iam:List*"
      ],
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
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::artifacts/*"
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
      "Action": "iam:PutUserPolicy",
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
      "Action": [
        "lambda:CreateFunction",
        "lambda:InvokeFunction",
        "iam:PassRole"
      ],
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
