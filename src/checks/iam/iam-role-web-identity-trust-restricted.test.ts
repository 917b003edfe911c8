import check from './iam-role-web-identity-trust-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { principalListingDenied, cfnRoleCases, tfRoleCases, type RoleTemplate } from '../../../test/builders/principal-policy.js'

const GH = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const trust = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const gh = (Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) })
const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
const role = (...st: PolicyStatement[]) => iamRole({ name: 'deploy', trustPolicy: trust(...st) })

// Templates: a role that passes and one that fails.
const GOOD_ROLE: RoleTemplate = { trust: trust(gh({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } })) }
const BAD_ROLE: RoleTemplate = { trust: trust(gh({ StringEquals: aud })) }

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
    { name: 'roles could not be listed', resource: role(gh()), gaps: [principalListingDenied('role')] },
    { name: 'trust policy could not be decoded', resource: iamRole({ unresolved: { trustPolicy: 'ParseError' } }) },
  ],
  skip: [
    { name: 'Lambda service trust', resource: iamRole() },
    { name: 'a single-tenant EKS issuer', resource: role({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABCDEF0123456789` }, Action: 'sts:AssumeRoleWithWebIdentity' }) },
  ],
  iac: { cloudformation: cfnRoleCases(GOOD_ROLE, BAD_ROLE), terraform: tfRoleCases(GOOD_ROLE, BAD_ROLE) },
})
