import check from './lambda-execution-role-no-privilege-escalation.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, lambdaFunction, managedPolicy, roleArn } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { appInlinePolicy as inline, cfnRoleWithPolicy, customerPolicyAttachment, policyDoc as doc, samFunctionWithPolicy, tfRoleWithPolicy, withRole as role } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const passAndCreate: PolicyStatement = { Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }
const boundaryNoIam = managedPolicy({ name: 'no-iam', document: doc({ Effect: 'Allow', Action: ['s3:*', 'logs:*', 'lambda:InvokeFunction'], Resource: '*' }) })

testCheck(check, {
  valid: [
    { name: 'least-privilege role (logs only)', resource: fn, related: role({}) },
    { name: 'PassRole limited to one named role', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'iam:PassRole', Resource: roleArn('worker') }, { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }) }) },
    { name: 'UpdateFunctionCode on one named function', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:worker` }) }) },
    { name: 'escalation capped by a boundary', resource: fn, related: { ...role({ inlinePolicies: inline(passAndCreate), permissionsBoundaryArn: boundaryNoIam.arn! }), 'iam.policy': [boundaryNoIam] } },
    { name: 'escalation taken away by an explicit Deny', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }) }) },
    { name: 'condition on a tag the role does not have', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/break-glass': 'true' } } }), tags: { team: 'a' } }) },
  ],
  invalid: [
    { name: 'PassRole + CreateFunction + InvokeFunction on *', resource: fn, related: role({ inlinePolicies: inline(passAndCreate) }), messageId: 'escalation', at: 'role', count: 1 },
    { name: 'PutRolePolicy on its own role', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: roleArn('orders-role') }) }), messageId: 'escalation' },
    { name: 'iam:* through a customer managed policy', resource: fn, related: { ...role({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/iam-admin`, name: 'iam-admin' }] }), 'iam.policy': [managedPolicy({ name: 'iam-admin', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) })] }, messageId: 'escalation' },
    { name: 'UpdateFunctionCode on every function', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: 'arn:aws:lambda:*:*:function:*' }) }), messageId: 'escalation' },
    { name: 'PassRole only to Lambda: conditional', resource: fn, related: role({ inlinePolicies: inline({ ...passAndCreate, Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }) }), messageId: 'escalation-conditional' },
    { name: 'a Deny without MFA leaves it conditional', resource: fn, related: role({ inlinePolicies: inline({ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }) }), messageId: 'escalation-conditional' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'roles could not be listed', resource: fn, gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'attached customer managed policy missing', resource: fn, related: role({ attachedPolicies: [customerPolicyAttachment('mystery')] }) },
    { name: 'escalation found but the boundary document is missing', resource: fn, related: role({ inlinePolicies: inline(passAndCreate), permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary` }) },
    { name: 'inline policy could not be parsed', resource: fn, related: role({ inlinePolicies: inline(passAndCreate), unresolved: { 'inlinePolicies.0.document': 'ParseError' } }) },
  ],
  skip: [{ name: 'administrator role (left to lambda-execution-role-not-admin)', resource: fn, related: role({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }) }],
  iac: {
    cloudformation: {
      good: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: [dynamodb:GetItem, dynamodb:PutItem], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
      ],
      bad: [
        // Passing any role to a new function gives the code that role.
        cfnRoleWithPolicy(["{ Effect: Allow, Action: [iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction], Resource: '*' }"]),
        // The role can attach AdministratorAccess to itself.
        samFunctionWithPolicy(["{ Effect: Allow, Action: iam:AttachRolePolicy, Resource: '*' }"]),
      ],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }'])],
      bad: [tfRoleWithPolicy(['{ Effect = "Allow", Action = "iam:PutRolePolicy", Resource = "*" }'])],
    },
  },
})
