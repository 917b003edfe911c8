import check from './iam-user-no-direct-policies.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamUser } from '../../../test/factories/index.js'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: 's3:GetObject', Resource: '*' }] }

testCheck(check, {
  valid: [
    { name: 'permissions from a group', resource: iamUser({ groups: ['devs'] }) },
    { name: 'no permissions at all', resource: iamUser() },
  ],
  invalid: [
    { name: 'an attached managed policy', resource: iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }] }), messageId: 'direct', at: 'attachedPolicies' },
    { name: 'an inline policy', resource: iamUser({ inlinePolicies: [{ name: 'read', document: doc }] }), messageId: 'direct', at: 'inlinePolicies' },
  ],
  unknown: [
    { name: 'users could not be listed', resource: iamUser(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'attached policies from an unresolved parameter', resource: iamUser({ unresolved: { attachedPolicies: '!Ref Policies' } }) },
  ],
})
