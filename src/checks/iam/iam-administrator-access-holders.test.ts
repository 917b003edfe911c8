import check from './iam-administrator-access-holders.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamAccount, iamGroup, iamRole, iamUser } from '../../../test/factories/index.js'

const ADMIN = { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }
const RO = { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }

testCheck(check, {
  valid: [
    { name: 'nobody has it', resource: iamAccount(), related: { 'iam.role': [iamRole({ attachedPolicies: [RO] })], 'iam.user': [iamUser()], 'iam.group': [iamGroup()] } },
    { name: 'an empty account', resource: iamAccount() },
  ],
  invalid: [
    { name: 'a role with AdministratorAccess', resource: iamAccount(), related: { 'iam.role': [iamRole({ name: 'break-glass', attachedPolicies: [ADMIN] })] }, messageId: 'holders' },
    { name: 'a user through a group', resource: iamAccount(), related: { 'iam.group': [iamGroup({ name: 'admins', attachedPolicies: [ADMIN] })], 'iam.user': [iamUser({ name: 'bob', groups: ['admins'] })] }, messageId: 'holders' },
    { name: 'in another partition', resource: iamAccount(), related: { 'iam.user': [iamUser({ attachedPolicies: [{ arn: 'arn:aws-us-gov:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] })] }, messageId: 'holders' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamAccount(), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'groups could not be listed', resource: iamAccount(), gaps: [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
})
