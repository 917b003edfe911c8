import check from './kms-user-inline-policy-no-decrypt-all-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamUser } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const inline = (...Statement: PolicyStatement[]) => [{ name: 'kms-access', document: { Version: '2012-10-17', Statement } }]
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

testCheck(check, {
  valid: [
    { name: 'no inline policy', resource: iamUser({ inlinePolicies: [] }) },
    { name: 'decrypt on one named key', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }) }) },
    { name: 'decrypt on every key only via S3', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }) }) },
    { name: 'encrypt only', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }) }) },
  ],
  invalid: [
    { name: 'kms:Decrypt on *', resource: iamUser({ inlinePolicies: inline({ Sid: 'All', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) }), messageId: 'allKeys', at: 'inlinePolicies' },
    { name: 'kms:* on key/* of the account', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' }) }), messageId: 'allKeys', count: 2 },
    { name: 'kms:ReEncrypt* on *', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: '*' }) }), messageId: 'allKeys', count: 1 },
    { name: 'NotResource excluding one key', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: keyArn }) }), messageId: 'allKeys' },
    { name: 'an MFA condition does not narrow the keys', resource: iamUser({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }), messageId: 'allKeys' },
  ],
  unknown: [
    { name: 'inline policies unreadable', resource: iamUser({ inlinePolicies: [], unresolved: { inlinePolicies: 'AccessDenied (iam:GetAccountAuthorizationDetails)' } }) },
    { name: 'IAM could not be listed', resource: iamUser(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        `Principal:
  Type: AWS::IAM::User
  Properties:
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}]}
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
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "All", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}
`,
        `Principal:
  Type: AWS::IAM::User
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
      "Action": "kms:Decrypt",
      "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
