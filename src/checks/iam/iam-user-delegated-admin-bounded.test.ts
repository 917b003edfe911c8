import check from './iam-user-delegated-admin-bounded.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamGroup, iamUser } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { policyDoc as doc } from '../../../test/builders/policy.js'
import { cfnPrincipalCases, principalListingDenied, tfPrincipalCases, type PolicyDocuments } from '../../../test/builders/principal-policy.js'

const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/dev-boundary`
const CREATE_USERS: PolicyStatement = { Effect: 'Allow', Action: ['iam:CreateUser', 'iam:AttachUserPolicy'], Resource: '*' }
// Templates: the user may create roles named app-*, with or without the boundary app-boundary.
const CREATE_ROLES: PolicyStatement = { Effect: 'Allow', Action: ['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy'], Resource: 'arn:aws:iam::111122223333:role/app-*' }
const withAppBoundary = { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } }
const TEMPLATE_DOCUMENTS: PolicyDocuments = {
  good: [doc({ ...CREATE_ROLES, Condition: withAppBoundary }), doc({ ...CREATE_ROLES, Condition: withAppBoundary })],
  bad: [doc(CREATE_ROLES), doc({ Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:user/*' })],
}

testCheck(check, {
  valid: [{ name: 'user creation only with the boundary', resource: iamUser({ inlinePolicies: [{ name: 'helpdesk', document: doc({ ...CREATE_USERS, Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }) }] }) }],
  invalid: [
    { name: 'creates users without a boundary', resource: iamUser({ inlinePolicies: [{ name: 'helpdesk', document: doc(CREATE_USERS) }] }), messageId: 'unbounded' },
    { name: 'through a group', resource: iamUser({ groups: ['helpdesk'] }), related: { 'iam.group': [iamGroup({ name: 'helpdesk', inlinePolicies: [{ name: 'users', document: doc(CREATE_USERS) }] })] }, messageId: 'unbounded' },
  ],
  unknown: [
    { name: 'its group is not in the inventory', resource: iamUser({ groups: ['helpdesk'] }) },
    { name: 'groups could not be listed', resource: iamUser({ groups: ['helpdesk'] }), gaps: [principalListingDenied('group')] },
  ],
  skip: [{ name: 'an ordinary user', resource: iamUser({ inlinePolicies: [{ name: 'read', document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }] }) }],
  iac: { cloudformation: cfnPrincipalCases('user', TEMPLATE_DOCUMENTS), terraform: tfPrincipalCases('user', TEMPLATE_DOCUMENTS) },
})
