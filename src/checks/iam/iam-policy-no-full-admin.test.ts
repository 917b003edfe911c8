import check from './iam-policy-no-full-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamRole, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const everything: PolicyStatement = { Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }

testCheck(check, {
  valid: [
    { name: 'scoped policy', resource: managedPolicy({ name: 'app', document: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::data/*' }) }) },
    { name: 'PowerUser-style NotAction that leaves out IAM', resource: managedPolicy({ name: 'power', document: doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }) }) },
    { name: 'allow-all used only as a permissions boundary', resource: managedPolicy({ name: 'boundary', attachmentCount: 0, document: doc(everything) }), related: { 'iam.role': [iamRole({ permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary' })] } },
  ],
  invalid: [
    { name: '* on *', resource: managedPolicy({ name: 'admin', attachmentCount: 2, document: doc(everything) }), messageId: 'admin', at: 'document' },
    { name: 'unattached * on * still fails', resource: managedPolicy({ name: 'admin', attachmentCount: 0, document: doc(everything) }), messageId: 'admin' },
    { name: 'NotAction with a tiny exclusion', resource: managedPolicy({ name: 'almost', document: doc({ Effect: 'Allow', NotAction: 'aws-portal:*', Resource: '*' }) }), messageId: 'admin' },
    { name: 'admin only from one IP range', resource: managedPolicy({ name: 'office', document: doc({ ...everything, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }) }), messageId: 'admin-conditional' },
  ],
  unknown: [
    { name: 'policies could not be listed', resource: managedPolicy({ name: 'admin', document: doc(everything) }), gaps: [{ resourceType: 'iam.policy', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'the default version is missing', resource: managedPolicy({ name: 'x', document: doc(), unresolved: { document: 'MissingDefaultVersion' } }) },
    { name: 'unattached admin policy while roles could not be listed (boundary use unknown)', resource: managedPolicy({ name: 'boundary', attachmentCount: 0, document: doc(everything) }), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'AWS managed', resource: managedPolicy({ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', awsManaged: true, document: doc(everything) }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: arn:aws:s3:::data/*'],
      bad: ['Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: "*"\n        Resource: "*"'],
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
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::data/*"
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
      "Action": "*",
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
