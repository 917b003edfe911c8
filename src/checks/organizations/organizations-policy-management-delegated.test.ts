import check from './organizations-policy-management-delegated.js'
import { testCheck } from '../../../test/check-tester.js'
import { organization, standaloneAccount } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'delegation policy present', resource: organization() }],
  invalid: [{ name: 'no delegation policy', resource: organization({ hasDelegationPolicy: false }), messageId: 'notDelegated', at: 'hasDelegationPolicy' }],
  unknown: [{ name: 'DescribeResourcePolicy denied', resource: organization({ hasDelegationPolicy: false, unresolved: { hasDelegationPolicy: 'AccessDenied (organizations:DescribeResourcePolicy)' } }) }],
  skip: [{ name: 'not in an organization', resource: standaloneAccount() }],
})
