import check from './iam-role-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const everything: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }
const scoped = { name: 'scoped', document: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }) }

testCheck(check, {
  valid: [
    { name: 'a scoped inline policy', resource: iamRole({ inlinePolicies: [scoped] }) },
    { name: 'no inline policies', resource: iamRole({ inlinePolicies: [] }) },
    { name: 'everything on one bucket only', resource: iamRole({ inlinePolicies: [{ name: 'bucket', document: doc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }) }] }) },
  ],
  invalid: [
    { name: '* on *', resource: iamRole({ inlinePolicies: [scoped, { name: 'all', document: doc(everything) }] }), messageId: 'admin', at: 'inlinePolicies.1.document', count: 1 },
    { name: 'NotAction with a small exclusion', resource: iamRole({ inlinePolicies: [{ name: 'almost', document: doc({ Effect: 'Allow', NotAction: ['aws-portal:*'], Resource: '*' }) }] }), messageId: 'admin' },
    { name: 'admin when MFA is present', resource: iamRole({ inlinePolicies: [{ name: 'mfa', document: doc({ ...everything, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }] }), messageId: 'admin-conditional' },
  ],
  unknown: [
    { name: 'the roles could not be listed', resource: iamRole(), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'an inline policy that could not be decoded', resource: iamRole({ inlinePolicies: [{ name: 'broken', document: doc() }], unresolved: { 'inlinePolicies.0.document': 'ParseError' } }) },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { Service: lambda.amazonaws.com }\n        Action: sts:AssumeRole\n  Policies:\n    - PolicyName: logs\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: logs:PutLogEvents\n            Resource: "*"'],
      bad: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { Service: lambda.amazonaws.com }\n        Action: sts:AssumeRole\n  Policies:\n    - PolicyName: everything\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "*"\n            Resource: "*"'],
    },
    terraform: {
      good: [
        `
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Service": "lambda.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOT
  inline_policy {
    name   = "p"
    policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "logs:PutLogEvents",
      "Resource": "*"
    }
  ]
}
EOT
  }
}
`,
      ],
      bad: [
        `
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Service": "lambda.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOT
  inline_policy {
    name   = "p"
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
}
`,
      ],
    },
  },
})
