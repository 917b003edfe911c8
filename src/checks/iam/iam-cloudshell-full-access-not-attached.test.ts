import check from './iam-cloudshell-full-access-not-attached.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, iamGroup, iamRole, iamUser } from '../../../test/factories/index.js'

const SHELL = { arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess', name: 'AWSCloudShellFullAccess' }

testCheck(check, {
  valid: [{ name: 'not attached anywhere', resource: iamAccount(), related: { 'iam.role': [iamRole()], 'iam.user': [iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::111122223333:policy/AWSCloudShellFullAccess', name: 'AWSCloudShellFullAccess' }] })] } }],
  invalid: [
    { name: 'attached to a user', resource: iamAccount(), related: { 'iam.user': [iamUser({ attachedPolicies: [SHELL] })] }, messageId: 'attached' },
    { name: 'attached to a group', resource: iamAccount(), related: { 'iam.group': [iamGroup({ attachedPolicies: [SHELL] })] }, messageId: 'attached' },
  ],
  unknown: [{ name: 'users could not be listed', resource: iamAccount(), gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] }],
})
