import check from './iam-user-no-privilege-escalation.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamGroup, iamUser } from '../../../test/factories/index.js'
import { policyDoc as doc } from '../../../test/builders/policy.js'
import { cfnPrincipalCases, principalListingDenied, tfPrincipalCases, type PolicyDocuments } from '../../../test/builders/principal-policy.js'

// The policy documents of the template cases.
const TEMPLATE_DOCUMENTS: PolicyDocuments = {
  good: [doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }), doc({ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' })],
  bad: [doc({ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: '*' }), doc({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction', 'iam:PassRole'], Resource: '*' })],
}

testCheck(check, {
  valid: [
    { name: 'no policies', resource: iamUser() },
    { name: 'read-only through a group', resource: iamUser({ groups: ['readers'] }), related: { 'iam.group': [iamGroup({ name: 'readers', inlinePolicies: [{ name: 'ro', document: doc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }) }] })] } },
  ],
  invalid: [
    { name: 'creates access keys for any user', resource: iamUser({ inlinePolicies: [{ name: 'keys', document: doc({ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }) }] }), messageId: 'escalation' },
    { name: 'attaches policies to its own group', resource: iamUser({ groups: ['ops'] }), related: { 'iam.group': [iamGroup({ name: 'ops', inlinePolicies: [{ name: 'attach', document: doc({ Effect: 'Allow', Action: 'iam:AttachGroupPolicy', Resource: 'arn:aws:iam::111122223333:group/ops' }) }] })] }, messageId: 'escalation' },
  ],
  unknown: [
    { name: 'its group is missing', resource: iamUser({ groups: ['ops'] }) },
    { name: 'users could not be listed', resource: iamUser(), gaps: [principalListingDenied('user')] },
  ],
  skip: [{ name: 'administrator', resource: iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }) }],
  iac: { cloudformation: cfnPrincipalCases('user', TEMPLATE_DOCUMENTS), terraform: tfPrincipalCases('user', TEMPLATE_DOCUMENTS) },
})
