import check from './iam-role-cross-account-external-id.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const trust = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const assume = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', ...extra })
const VENDOR = '444455556666'
const withExternalId = { StringEquals: { 'sts:ExternalId': 'a1b2c3' } }

testCheck(check, {
  valid: [
    { name: 'service trust only', resource: iamRole() },
    { name: 'own account', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })) }) },
    { name: 'vendor with an external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: withExternalId })) }) },
    { name: 'vendor role ARN with an external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:role/integration` }, Condition: withExternalId })) }) },
    { name: 'another account of ours, trusted by option', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR } })) }), options: { trustedAccounts: [VENDOR] } },
    { name: 'another account, MFA required', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })) }) },
  ],
  invalid: [
    { name: 'vendor account without external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:root` } })) }), messageId: 'no-external-id', at: 'trustPolicy' },
    { name: 'a named vendor role without external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:role/integration` } })) }), messageId: 'no-external-id' },
    { name: 'external id only under IfExists (absent key passes)', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'a1b2c3' } } })) }), messageId: 'no-external-id' },
    { name: '* narrowed to a foreign account by condition', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalAccount': VENDOR } } })) }), messageId: 'no-external-id' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamRole(), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'trust policy could not be decoded', resource: iamRole({ unresolved: { trustPolicy: 'ParseError' } }) },
  ],
  skip: [{ name: 'open to everyone', resource: iamRole({ trustPolicy: trust(assume({ Principal: '*' })) }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { AWS: "arn:aws:iam::444455556666:root" }\n        Action: sts:AssumeRole\n        Condition: { StringEquals: { sts:ExternalId: x1 } }'],
      bad: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { AWS: "arn:aws:iam::444455556666:root" }\n        Action: sts:AssumeRole'],
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
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "x1"
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
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "sts:AssumeRole"
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
