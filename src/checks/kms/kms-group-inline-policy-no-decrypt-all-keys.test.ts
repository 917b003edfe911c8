import check from './kms-group-inline-policy-no-decrypt-all-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamGroup } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const inline = (...Statement: PolicyStatement[]) => [{ name: 'kms-access', document: { Version: '2012-10-17', Statement } }]
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

testCheck(check, {
  valid: [
    { name: 'no inline policy', resource: iamGroup({ inlinePolicies: [] }) },
    { name: 'decrypt on one named key', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }) }) },
    { name: 'decrypt on every key only via S3', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }) }) },
    { name: 'encrypt only', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }) }) },
  ],
  invalid: [
    { name: 'kms:Decrypt on *', resource: iamGroup({ inlinePolicies: inline({ Sid: 'All', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) }), messageId: 'allKeys', at: 'inlinePolicies' },
    { name: 'kms:* on key/* of the account', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' }) }), messageId: 'allKeys', count: 2 },
    { name: 'kms:ReEncrypt* on *', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: '*' }) }), messageId: 'allKeys', count: 1 },
    { name: 'NotResource excluding one key', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: keyArn }) }), messageId: 'allKeys' },
    { name: 'an MFA condition does not narrow the keys', resource: iamGroup({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }), messageId: 'allKeys' },
  ],
  unknown: [
    { name: 'inline policies unreadable', resource: iamGroup({ inlinePolicies: [], unresolved: { inlinePolicies: 'AccessDenied (iam:GetAccountAuthorizationDetails)' } }) },
    { name: 'IAM could not be listed', resource: iamGroup(), gaps: [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::Group
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "All", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}
`,
        `Principal:
  Type: AWS::IAM::Group
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "arn:aws:kms:*:111122223333:key/*"}]}
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
      "Action": "kms:Decrypt",
      "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
      "Action": "kms:Decrypt",
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "kms:ViaService": "s3.us-east-1.amazonaws.com"
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
      "Sid": "All",
      "Effect": "Allow",
      "Action": "kms:Decrypt",
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
      "Action": "kms:*",
      "Resource": "arn:aws:kms:*:111122223333:key/*"
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
