import check from './kms-user-inline-policy-no-decrypt-all-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { cfnPrincipalCases, tfPrincipalCases } from '../../../test/builders/principal-policy.js'
import { DECRYPT_ALL_KEYS_DOCUMENTS, decryptAllKeysCases } from '../../../test/builders/principal-policy-tables.js'

testCheck(check, {
  ...decryptAllKeysCases('user'),
  iac: { cloudformation: cfnPrincipalCases('user', DECRYPT_ALL_KEYS_DOCUMENTS), terraform: tfPrincipalCases('user', DECRYPT_ALL_KEYS_DOCUMENTS) },
})
