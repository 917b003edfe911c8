import check from './kms-customer-policy-no-decrypt-all-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

testCheck(check, {
  valid: [
    { name: 'named key', resource: managedPolicy({ name: 'orders-decrypt', document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }) }) },
    { name: 'every key, but only with an encryption context', resource: managedPolicy({ name: 'ctx', document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:EncryptionContext:app': 'orders' } } }) }) },
    { name: 'keys tagged for the team', resource: managedPolicy({ name: 'tagged', document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'payments' } } }) }) },
  ],
  invalid: [
    { name: 'decrypt on *', resource: managedPolicy({ name: 'broad', document: doc({ Sid: 'Broad', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '*' }) }), messageId: 'allKeys', at: 'document', count: 2 },
    { name: 'kms:* on every key of one region', resource: managedPolicy({ name: 'regional', document: doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:eu-west-1:111122223333:key/*' }) }), messageId: 'allKeys' },
    { name: '* on *', resource: managedPolicy({ name: 'admin', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }), messageId: 'allKeys' },
  ],
  unknown: [{ name: 'default version unreadable', resource: managedPolicy({ name: 'x', unresolved: { document: 'MissingDefaultVersion (iam:GetAccountAuthorizationDetails)' } }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - { Effect: Allow, Action: kms:Decrypt, Resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab }'],
      bad: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - { Effect: Allow, Action: "kms:*", Resource: "*" }'],
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
      "Action": "kms:Decrypt",
      "Resource": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
      "Action": "kms:*",
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
  skip: [{ name: 'AWS managed policy', resource: managedPolicy({ name: 'AdministratorAccess', awsManaged: true, document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }) }],
})
