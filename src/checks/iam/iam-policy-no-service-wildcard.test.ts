import check from './iam-policy-no-service-wildcard.js'
import { testCheck } from '../../../test/check-tester.js'
import { managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })

testCheck(check, {
  valid: [
    { name: 'explicit actions', resource: managedPolicy({ name: 'app', document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: '*' }) }) },
    { name: 'partial wildcard', resource: managedPolicy({ name: 'read', document: doc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }) }) },
    { name: 'a Deny with a service wildcard is fine', resource: managedPolicy({ name: 'guard', document: doc({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }) },
  ],
  invalid: [
    { name: 's3:* on one bucket', resource: managedPolicy({ name: 'bucket', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' }) }), messageId: 'wildcard', at: 'document' },
    { name: 'Action *', resource: managedPolicy({ name: 'all', document: doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::data/*' }) }), messageId: 'wildcard' },
    { name: 'NotAction', resource: managedPolicy({ name: 'power', document: doc({ Sid: 'AllButIam', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }), messageId: 'not-action' },
  ],
  unknown: [
    { name: 'policies could not be listed', resource: managedPolicy({ name: 'x' }), gaps: [{ resourceType: 'iam.policy', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'default version missing', resource: managedPolicy({ name: 'x', unresolved: { document: 'MissingDefaultVersion' } }) },
  ],
  skip: [{ name: 'AWS managed', resource: managedPolicy({ name: 'AmazonS3FullAccess', arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', awsManaged: true, document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: [s3:GetObject]\n        Resource: "*"'],
      bad: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: dynamodb:*\n        Resource: "*"'],
    },
    terraform: {
      good: [
        `
resource "aws_iam_policy" "p" {
  name   = "p"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "s3:GetObject"
      ],
      "Resource": "*"
    }
  ]
}
EOT
}
`,
      ],
      bad: [
        `
resource "aws_iam_policy" "p" {
  name   = "p"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "dynamodb:*",
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
