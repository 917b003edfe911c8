import check from './iam-user-no-direct-policies.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamUser } from '../../../test/factories/index.js'
import { cfnPolicyResource, tfPolicyResource } from '../../../test/builders/principal-policy.js'
import { policyDoc } from '../../../test/builders/policy.js'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: 's3:GetObject', Resource: '*' }] }

// A user's own inline policy, in templates.
const ARTIFACTS_READ_WRITE = policyDoc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::artifacts/*' })

testCheck(check, {
  valid: [
    { name: 'permissions from a group', resource: iamUser({ groups: ['devs'] }) },
    { name: 'no permissions at all', resource: iamUser() },
  ],
  invalid: [
    { name: 'an attached managed policy', resource: iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }] }), messageId: 'direct', at: 'attachedPolicies' },
    { name: 'an inline policy', resource: iamUser({ inlinePolicies: [{ name: 'read', document: doc }] }), messageId: 'direct', at: 'inlinePolicies' },
  ],
  unknown: [
    { name: 'users could not be listed', resource: iamUser(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'attached policies from an unresolved parameter', resource: iamUser({ unresolved: { attachedPolicies: '!Ref Policies' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Developers:
  Type: AWS::IAM::Group
  Properties:
    ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
Alice:
  Type: AWS::IAM::User
  Properties:
    Groups: [!Ref Developers]
`,
        `Developers:
  Type: AWS::IAM::Group
Alice:
  Type: AWS::IAM::User
Membership:
  Type: AWS::IAM::UserToGroupAddition
  Properties:
    GroupName: !Ref Developers
    Users: [!Ref Alice]
`,
      ],
      bad: [
        `Alice:
  Type: AWS::IAM::User
  Properties:
    ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
`,
        `Alice:
  Type: AWS::IAM::User
ReadOnly:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    Users: [!Ref Alice]
    PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:Get*', Resource: '*' }] }
`,
        cfnPolicyResource('user', ARTIFACTS_READ_WRITE),
      ],
    },
    terraform: {
      good: [
        `
resource "aws_iam_group" "developers" {
  name = "developers"
}
resource "aws_iam_group_policy_attachment" "developers_ro" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}
`,
      ],
      bad: [
        `
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_user_policy_attachment" "alice_ro" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
        tfPolicyResource('user', ARTIFACTS_READ_WRITE),
        `
resource "aws_iam_user" "alice" {
  name = "alice"
}
resource "aws_iam_policy_attachment" "ro" {
  name       = "ro"
  users      = [aws_iam_user.alice.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
      ],
    },
  },
})
