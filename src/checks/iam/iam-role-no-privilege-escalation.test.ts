import check from './iam-role-no-privilege-escalation.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { policyDoc as doc } from '../../../test/builders/policy.js'
import { cfnPrincipalCases, principalListingDenied, tfPrincipalCases, type PolicyDocuments } from '../../../test/builders/principal-policy.js'

const role = (...st: PolicyStatement[]) => iamRole({ name: 'ci-deploy', inlinePolicies: [{ name: 'p', document: doc(...st) }] })
// Writes its own inline policy, under the permissions boundary `boundary`.
const boundedPolicyWriter = iamRole({ inlinePolicies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }) }], permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary` })

// The policy documents of the template cases.
const TEMPLATE_DOCUMENTS: PolicyDocuments = {
  good: [doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }, { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' })],
  bad: [doc({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }), doc({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction', 'iam:PassRole'], Resource: '*' })],
}

testCheck(check, {
  valid: [
    { name: 'logging only', resource: iamRole() },
    { name: 'reads IAM, writes one bucket', resource: role({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }, { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::artifacts/*' }) },
    { name: 'passes only one named role to Lambda', resource: role({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }, { Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/app-fn-role` }) },
  ],
  invalid: [
    { name: 'writes its own inline policy', resource: role({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }), messageId: 'escalation', at: 'inlinePolicies' },
    { name: 'passes any role to a new function', resource: role({ Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction', 'iam:PassRole'], Resource: '*' }), messageId: 'escalation' },
    { name: 'attaches policies from one IP range', resource: role({ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }), messageId: 'escalation-conditional' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamRole(), gaps: [principalListingDenied('role')] },
    { name: 'an attached customer policy is missing', resource: iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/mystery`, name: 'mystery' }] }) },
    { name: 'escalation found but the boundary is missing', resource: boundedPolicyWriter },
  ],
  skip: [
    { name: 'administrator', resource: role({ Effect: 'Allow', Action: '*', Resource: '*' }) },
    { name: 'service-linked role', resource: iamRole({ path: '/aws-service-role/ecs.amazonaws.com/', inlinePolicies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }) }] }) },
  ],
})

// A boundary that leaves out IAM caps the escalation: valid through the inventory.
testCheck(check, {
  valid: [
    {
      name: 'capped by a boundary without IAM writes',
      resource: boundedPolicyWriter,
      related: { 'iam.policy': [managedPolicy({ name: 'boundary', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) })] },
    },
  ],
  invalid: [
    {
      name: 'a boundary that allows IAM writes caps nothing',
      resource: boundedPolicyWriter,
      related: { 'iam.policy': [managedPolicy({ name: 'boundary', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) })] },
      messageId: 'escalation',
    },
  ],
  unknown: [{ name: 'managed policies could not be listed', resource: iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/x`, name: 'x' }] }), gaps: [{ resourceType: 'iam.policy', region: 'global', code: 'AccessDenied', message: 'denied' }] }],
  iac: { cloudformation: cfnPrincipalCases('role', TEMPLATE_DOCUMENTS), terraform: tfPrincipalCases('role', TEMPLATE_DOCUMENTS) },
})
