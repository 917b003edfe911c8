import check from './iam-group-inline-policy-not-admin.js'
import { testCheck } from '../../../test/check-tester.js'
import { cfnPrincipalCases, tfPrincipalCases } from '../../../test/builders/principal-policy.js'
import { NOT_ADMIN_DOCUMENTS, inlinePolicyNotAdminCases } from '../../../test/builders/principal-policy-tables.js'

testCheck(check, {
  ...inlinePolicyNotAdminCases('group'),
  iac: { cloudformation: cfnPrincipalCases('group', NOT_ADMIN_DOCUMENTS), terraform: tfPrincipalCases('group', NOT_ADMIN_DOCUMENTS) },
})
