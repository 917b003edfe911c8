import check from './organizations-delegated-administrators-registered.js'
import { testCheck } from '../../../test/check-tester.js'
import { organization, standaloneAccount } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'security account delegated', resource: organization() }],
  invalid: [{ name: 'no delegated administrator', resource: organization({ delegatedAdministrators: [] }), messageId: 'none', at: 'delegatedAdministrators' }],
  unknown: [{ name: 'ListDelegatedAdministrators denied', resource: organization({ delegatedAdministrators: [], unresolved: { delegatedAdministrators: 'AccessDenied (organizations:ListDelegatedAdministrators)' } }) }],
  skip: [{ name: 'not in an organization', resource: standaloneAccount() }],
})
