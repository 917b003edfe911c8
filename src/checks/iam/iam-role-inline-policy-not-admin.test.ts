import check from './iam-role-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { inlinePolicyNotAdminCases } from '../../../test/builders/principal-policy-tables.js'
import { LAMBDA_TRUST_POLICY, cfnRoleCases, tfRoleCases, type RoleTemplate } from '../../../test/builders/principal-policy.js'
import { allow, policyDoc } from '../../../test/builders/policy.js'

// Templates: a role that passes and one that fails.
const GOOD_ROLE: RoleTemplate = { trust: LAMBDA_TRUST_POLICY, inlinePolicy: { names: { cloudformation: 'logs', terraform: 'p' }, document: policyDoc(allow('logs:PutLogEvents', '*')) } }
const BAD_ROLE: RoleTemplate = { trust: LAMBDA_TRUST_POLICY, inlinePolicy: { names: { cloudformation: 'everything', terraform: 'p' }, document: policyDoc(allow('*', '*')) } }

testCheck(check, {
  ...inlinePolicyNotAdminCases('role'),
  iac: { cloudformation: cfnRoleCases(GOOD_ROLE, BAD_ROLE), terraform: tfRoleCases(GOOD_ROLE, BAD_ROLE) },
})
