import check from './iam-role-trust-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { LAMBDA_TRUST_POLICY, principalListingDenied, cfnRoleCases, tfRoleCases, type RoleTemplate } from '../../../test/builders/principal-policy.js'

const trust = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const assume = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', ...extra })

// Templates: a role that passes and one that fails.
const GOOD_ROLE: RoleTemplate = { trust: LAMBDA_TRUST_POLICY }
const BAD_ROLE: RoleTemplate = { trust: trust(assume({ Principal: { AWS: '*' } })) }

testCheck(check, {
  valid: [
    { name: 'Lambda service', resource: iamRole() },
    { name: 'another named account', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })) }) },
    { name: '* limited to the organization', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })) }) },
    { name: '* limited to named accounts', resource: iamRole({ trustPolicy: trust(assume({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': ['444455556666'] } } })) }) },
    { name: '* cancelled by a Deny for everyone', resource: iamRole({ trustPolicy: trust(assume({ Principal: '*' }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }) }) },
  ],
  invalid: [
    { name: 'Principal *', resource: iamRole({ trustPolicy: trust(assume({ Sid: 'Anyone', Principal: '*' })) }), messageId: 'public', at: 'trustPolicy' },
    { name: 'AWS * with only an ExternalId', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'sts:ExternalId': 'shared-secret' } } })) }), messageId: 'public' },
    { name: 'a negated condition does not restrict', resource: iamRole({ trustPolicy: trust(assume({ Principal: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': '999988887777' } } })) }), messageId: 'public' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamRole(), gaps: [principalListingDenied('role')] },
    { name: 'trust policy could not be decoded', resource: iamRole({ unresolved: { trustPolicy: 'ParseError' } }) },
  ],
  iac: { cloudformation: cfnRoleCases(GOOD_ROLE, BAD_ROLE), terraform: tfRoleCases(GOOD_ROLE, BAD_ROLE) },
})
