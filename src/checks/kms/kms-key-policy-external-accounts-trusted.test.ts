import check from './kms-key-policy-external-accounts-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { kmsKey } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const root: PolicyDocument['Statement'][number] = { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
const doc = (...extra: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement: [root, ...extra] })
const partner = { Sid: 'Partner', Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }

testCheck(check, {
  valid: [
    { name: 'own account only', resource: kmsKey({ policy: doc() }) },
    { name: 'partner listed in trustedAccounts', resource: kmsKey({ policy: doc(partner) }), options: { trustedAccounts: ['444455556666'] } },
    { name: 'own organisation via aws:PrincipalOrgID, trusted', resource: kmsKey({ policy: doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }), options: { trustedOrganizations: ['o-a1b2c3d4e5'] } },
  ],
  invalid: [
    { name: 'unknown partner account', resource: kmsKey({ policy: doc(partner) }), messageId: 'untrustedAccount', at: 'policy' },
    { name: 'wildcard principal pinned to another account by kms:CallerAccount', resource: kmsKey({ policy: doc({ Sid: 'Caller', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '999988887777' } } }) }), messageId: 'untrustedAccount' },
    { name: 'another organisation', resource: kmsKey({ policy: doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-zz9988776655' } } }) }), messageId: 'untrustedOrganization' },
  ],
  unknown: [{ name: 'key policy unreadable', resource: kmsKey({ policy: doc(), unresolved: { policy: 'AccessDenied (kms:GetKeyPolicy)' } }) }],
  skip: [{ name: 'AWS managed key', resource: kmsKey({ manager: 'AWS' }) }],
  iac: {
    cloudformation: {
      good: [
        'Key:\n  Type: AWS::KMS::Key\n  Properties: { Description: default key policy, the account only }\n',
        `Key:
  Type: AWS::KMS::Key
  Properties:
    KeyPolicy:
      Version: '2012-10-17'
      Statement:
        - Sid: Admin
          Effect: Allow
          Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
          Action: kms:*
          Resource: '*'
`,
      ],
      bad: [
        `Key:
  Type: AWS::KMS::Key
  Properties:
    KeyPolicy:
      Version: '2012-10-17'
      Statement:
        - Sid: Admin
          Effect: Allow
          Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
          Action: kms:*
          Resource: '*'
        - Sid: Partner
          Effect: Allow
          Principal: { AWS: arn:aws:iam::999988887777:root }
          Action: [kms:Decrypt, kms:DescribeKey]
          Resource: '*'
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}
`,
      ],
      bad: [
        `
resource "aws_kms_key" "data" {
  enable_key_rotation = true
}
resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Partner"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::999988887777:root" }
      Action    = "kms:Decrypt"
      Resource  = "*"
    }]
  })
}
`,
      ],
    },
  },
})
