import check from './iam-user-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { cfnPrincipalCases, tfPrincipalCases } from '../../../test/builders/principal-policy.js'
import { NOT_ADMIN_DOCUMENTS, inlinePolicyNotAdminCases } from '../../../test/builders/principal-policy-tables.js'

testCheck(check, {
  ...inlinePolicyNotAdminCases('user'),
  iac: { cloudformation: cfnPrincipalCases('user', NOT_ADMIN_DOCUMENTS), terraform: tfPrincipalCases('user', NOT_ADMIN_DOCUMENTS) },
})
