import check from './iam-role-web-identity-trust-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const GH = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const trust = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const gh = (Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) })
const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
const role = (...st: PolicyStatement[]) => iamRole({ name: 'deploy', trustPolicy: trust(...st) })

testCheck(check, {
  valid: [
    { name: 'organization pinned with a wildcard after the slash', resource: role(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } })) },
    { name: 'one repository and branch, exact', resource: role(gh({ StringEquals: { ...aud, 'token.actions.githubusercontent.com:sub': 'repo:my-org/app:ref:refs/heads/main' } })) },
    { name: 'several pinned repositories', resource: role(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:my-org/app:*', 'repo:my-org/infra:environment:prod'] } })) },
    { name: 'Cognito pinned to one identity pool', resource: role({ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-1234-4234-8234-123456789012' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } } }) },
    { name: 'open statement cancelled by a Deny outside the organization', resource: role(gh({ StringEquals: aud }), { Effect: 'Deny', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } } }) },
    { name: 'IfExists changes nothing: GitHub tokens always carry sub', resource: role(gh({ StringEquals: aud, StringLikeIfExists: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } })) },
  ],
  invalid: [
    { name: 'audience only (the classic mistake)', resource: role(gh({ StringEquals: aud })), messageId: 'open', at: 'trustPolicy', count: 1 },
    { name: 'no condition at all', resource: role(gh()), messageId: 'open' },
    { name: 'repo:* ', resource: role(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } })), messageId: 'open' },
    { name: 'owner wildcard without the slash matches other organizations', resource: role(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org*' } })), messageId: 'open' },
    { name: 'wildcard owner with a fixed branch', resource: role(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*/app:ref:refs/heads/main' } })), messageId: 'open' },
    { name: 'a negated subject condition', resource: role(gh({ StringEquals: aud, StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil-org/*' } })), messageId: 'open' },
    { name: 'a custom audience is chosen by the workflow', resource: role(gh({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'my-custom-audience' } })), messageId: 'open' },
    { name: 'Cognito without an audience condition', resource: role({ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }), messageId: 'open' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: role(gh()), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'trust policy could not be decoded', resource: iamRole({ unresolved: { trustPolicy: 'ParseError' } }) },
  ],
  skip: [
    { name: 'Lambda service trust', resource: iamRole() },
    { name: 'a single-tenant EKS issuer', resource: role({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABCDEF0123456789` }, Action: 'sts:AssumeRoleWithWebIdentity' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }\n        Action: sts:AssumeRoleWithWebIdentity\n        Condition:\n          StringEquals: { token.actions.githubusercontent.com:aud: sts.amazonaws.com }\n          StringLike: { token.actions.githubusercontent.com:sub: "repo:my-org/*" }'],
      bad: ['Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }\n        Action: sts:AssumeRoleWithWebIdentity\n        Condition:\n          StringEquals: { token.actions.githubusercontent.com:aud: sts.amazonaws.com }'],
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
        "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
      },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
        },
        "StringLike": {
          "token.actions.githubusercontent.com:sub": "repo:my-org/*"
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
        "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
      },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
        }
      }
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
