import check from './iam-group-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamGroup } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const everything: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }
const scoped = { name: 'scoped', document: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }) }

testCheck(check, {
  valid: [
    { name: 'a scoped inline policy', resource: iamGroup({ inlinePolicies: [scoped] }) },
    { name: 'no inline policies', resource: iamGroup({ inlinePolicies: [] }) },
    { name: 'everything on one bucket only', resource: iamGroup({ inlinePolicies: [{ name: 'bucket', document: doc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }) }] }) },
  ],
  invalid: [
    { name: '* on *', resource: iamGroup({ inlinePolicies: [scoped, { name: 'all', document: doc(everything) }] }), messageId: 'admin', at: 'inlinePolicies.1.document', count: 1 },
    { name: 'NotAction with a small exclusion', resource: iamGroup({ inlinePolicies: [{ name: 'almost', document: doc({ Effect: 'Allow', NotAction: ['aws-portal:*'], Resource: '*' }) }] }), messageId: 'admin' },
    { name: 'admin when MFA is present', resource: iamGroup({ inlinePolicies: [{ name: 'mfa', document: doc({ ...everything, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }] }), messageId: 'admin-conditional' },
  ],
  unknown: [
    { name: 'the groups could not be listed', resource: iamGroup(), gaps: [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'an inline policy that could not be decoded', resource: iamGroup({ inlinePolicies: [{ name: 'broken', document: doc() }], unresolved: { 'inlinePolicies.0.document': 'ParseError' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::Group
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::artifacts/*"}]}
`,
        `Principal:
  Type: AWS::IAM::Group
  Properties:
    GroupName: app
Inline:
  Type: AWS::IAM::GroupPolicy
  Properties:
    GroupName: !Ref Principal
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/orders"}]}
`,
      ],
      bad: [
        `Principal:
  Type: AWS::IAM::Group
Inline:
  Type: AWS::IAM::Policy
  Properties:
    Groups: [!Ref Principal]
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
`,
        `Principal:
  Type: AWS::IAM::Group
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
resource "aws_iam_group" "app" {
  name = "app"
}
resource "aws_iam_group_policy" "app" {
  name   = "app"
  group   = aws_iam_group.app.name
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
resource "aws_iam_group" "app" {
  name = "app"
}
resource "aws_iam_group_policy" "app" {
  name   = "app"
  group   = aws_iam_group.app.name
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
resource "aws_iam_group" "app" {
  name = "app"
}
resource "aws_iam_group_policy" "app" {
  name   = "app"
  group   = aws_iam_group.app.name
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
resource "aws_iam_group" "app" {
  name = "app"
}
resource "aws_iam_group_policy" "app" {
  name   = "app"
  group   = aws_iam_group.app.name
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
