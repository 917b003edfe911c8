import check from './organizations-scps-attached.js'
import { testCheck } from '../../../test/check-tester.js'
import { organization, standaloneAccount } from '../../../test/factories/index.js'

const fullAccessOnly = [{ id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, targets: [{ id: 'r-ab12', type: 'ROOT' }] }]

testCheck(check, {
  valid: [
    { name: 'guardrail SCP on the root', resource: organization() },
    { name: 'guardrail SCP on an OU', resource: organization({ serviceControlPolicies: [...fullAccessOnly, { id: 'p-ou', name: 'workloads', awsManaged: false, targets: [{ id: 'ou-ab12-workload', type: 'ORGANIZATIONAL_UNIT' }] }] }) },
  ],
  invalid: [
    { name: 'consolidated billing only', resource: organization({ featureSet: 'CONSOLIDATED_BILLING', enabledPolicyTypes: [] }), messageId: 'consolidatedBilling' },
    { name: 'SCP type not enabled', resource: organization({ enabledPolicyTypes: [] }), messageId: 'notEnabled' },
    { name: 'only FullAWSAccess', resource: organization({ serviceControlPolicies: fullAccessOnly }), messageId: 'onlyFullAccess' },
    { name: 'a custom SCP attached nowhere', resource: organization({ serviceControlPolicies: [...fullAccessOnly, { id: 'p-x', name: 'draft', awsManaged: false, targets: [] }] }), messageId: 'onlyFullAccess' },
  ],
  unknown: [
    { name: 'member account that cannot list policies', resource: organization({ isManagementAccount: false, serviceControlPolicies: [], enabledPolicyTypes: [], unresolved: { enabledPolicyTypes: 'AccessDenied (organizations:ListRoots)', serviceControlPolicies: 'AccessDenied (organizations:ListPolicies)' } }) },
  ],
  skip: [{ name: 'not in an organization', resource: standaloneAccount() }],
})
