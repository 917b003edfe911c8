import check from './kms-key-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { kmsKey } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const root: PolicyDocument['Statement'][number] = { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
const doc = (...extra: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: [root, ...extra] })
const viaS3InAccount: PolicyDocument['Statement'][number] = {
  Sid: 'ViaS3',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
  Resource: '*',
  Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
}

testCheck(check, {
  valid: [
    { name: 'account root only', resource: kmsKey({ policy: doc() }) },
    { name: '* narrowed by kms:CallerAccount', resource: kmsKey({ policy: doc(viaS3InAccount) }) },
    { name: '* narrowed to the organisation', resource: kmsKey({ policy: doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }) },
  ],
  invalid: [
    { name: 'anyone may decrypt', resource: kmsKey({ policy: doc({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }) }), messageId: 'public', at: 'policy' },
    { name: 'a negated condition narrows nothing', resource: kmsKey({ policy: doc({ Sid: 'NotOrg', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }), messageId: 'public' },
  ],
  unknown: [{ name: 'key policy unreadable', resource: kmsKey({ policy: doc(), unresolved: { policy: 'AccessDenied (kms:GetKeyPolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::KMS::Key\nProperties:\n  EnableKeyRotation: true\n  KeyPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - { Effect: Allow, Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }, Action: "kms:*", Resource: "*" }'],
      bad: ['Type: AWS::KMS::Key\nProperties:\n  EnableKeyRotation: true\n  KeyPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - { Effect: Allow, Principal: "*", Action: "kms:Decrypt", Resource: "*" }'],
    },
    terraform: {
      good: [
        `
resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::111122223333:root"
      },
      "Action": "kms:*",
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
resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Decrypt",
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
  skip: [
    { name: 'AWS managed key', resource: kmsKey({ manager: 'AWS' }) },
    { name: 'policy not known (template without KeyPolicy)', resource: kmsKey() },
  ],
})
