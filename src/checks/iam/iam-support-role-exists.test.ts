import check from './iam-support-role-exists.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, iamRole, iamUser } from '../../../test/factories/index.js'

const SUPPORT = { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', name: 'AWSSupportAccess' }

testCheck(check, {
  valid: [{ name: 'a support role', resource: iamAccount(), related: { 'iam.role': [iamRole(), iamRole({ name: 'aws-support', attachedPolicies: [SUPPORT] })] } }],
  invalid: [
    { name: 'no role has it', resource: iamAccount(), related: { 'iam.role': [iamRole()] }, messageId: 'missing' },
    { name: 'only a user has it', resource: iamAccount(), related: { 'iam.role': [iamRole()], 'iam.user': [iamUser({ attachedPolicies: [SUPPORT] })] }, messageId: 'missing' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamAccount(), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'attachments of a role unresolved', resource: iamAccount(), related: { 'iam.role': [iamRole({ unresolved: { attachedPolicies: 'ManagedPolicyArns from a parameter' } })] } },
  ],
})
