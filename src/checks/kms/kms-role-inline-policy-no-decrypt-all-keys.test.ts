import check from './kms-role-inline-policy-no-decrypt-all-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const inline = (...Statement: PolicyStatement[]) => [{ name: 'kms-access', document: { Version: '2012-10-17', Statement } }]
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

testCheck(check, {
  valid: [
    { name: 'no inline policy', resource: iamRole({ inlinePolicies: [] }) },
    { name: 'decrypt on one named key', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }) }) },
    { name: 'decrypt on every key only via S3', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }) }) },
    { name: 'encrypt only', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }) }) },
  ],
  invalid: [
    { name: 'kms:Decrypt on *', resource: iamRole({ inlinePolicies: inline({ Sid: 'All', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) }), messageId: 'allKeys', at: 'inlinePolicies' },
    { name: 'kms:* on key/* of the account', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' }) }), messageId: 'allKeys', count: 2 },
    { name: 'kms:ReEncrypt* on *', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: '*' }) }), messageId: 'allKeys', count: 1 },
    { name: 'NotResource excluding one key', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: keyArn }) }), messageId: 'allKeys' },
    { name: 'an MFA condition does not narrow the keys', resource: iamRole({ inlinePolicies: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }), messageId: 'allKeys' },
  ],
  unknown: [
    { name: 'inline policies unreadable', resource: iamRole({ inlinePolicies: [], unresolved: { inlinePolicies: 'AccessDenied (iam:GetAccountAuthorizationDetails)' } }) },
    { name: 'IAM could not be listed', resource: iamRole(), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        `Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]}
`,
        `Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
Inline:
  Type: AWS::IAM::RolePolicy
  Properties:
    RoleName: !Ref Role
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}]}
`,
      ],
      bad: [
        `Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
    Policies:
      - PolicyName: app
        PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Sid": "All", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}
`,
        `Role:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
Inline:
  Type: AWS::IAM::RolePolicy
  Properties:
    RoleName: !Ref Role
    PolicyName: app
    PolicyDocument: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "arn:aws:kms:*:111122223333:key/*"}]}
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = <<EOT
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
EOT
  inline_policy {
    name   = "app"
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
}
`,
        `
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = <<EOT
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
EOT
}
resource "aws_iam_role_policy" "app" {
  name   = "app"
  role   = aws_iam_role.app.id
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
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = <<EOT
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
EOT
}
resource "aws_iam_role_policy" "app" {
  name   = "app"
  role   = aws_iam_role.app.id
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
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = <<EOT
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
EOT
  inline_policy {
    name   = "app"
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
}
`,
      ],
    },
  },
})
