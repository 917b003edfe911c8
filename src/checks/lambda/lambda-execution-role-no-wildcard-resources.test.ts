import check from './lambda-execution-role-no-wildcard-resources.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, lambdaFunction } from '../../../test/factories/index.js'
import { basicExecutionAttachment, basicExecutionPolicy as basic, cfnRoleWithPolicy, customerPolicyAttachment, samFunctionWithPolicy, tfRoleWithPolicy, withInlinePolicy as withInline, withRole } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`

testCheck(check, {
  valid: [
    { name: 'resource-level actions on named resources', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: TABLE }) },
    { name: 'actions without resource-level support on *', resource: fn, related: withInline({ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ec2:DescribeNetworkInterfaces'], Resource: '*' }) },
    { name: 'AWS managed basic execution role left out by default', resource: fn, related: { ...withRole({ attachedPolicies: [basicExecutionAttachment] }), 'iam.policy': [basic] } },
    { name: 'a Deny on * is fine', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:q` }, { Effect: 'Deny', Action: 'dynamodb:*', Resource: '*' }) },
  ],
  invalid: [
    { name: 'dynamodb:PutItem on *', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:PutItem', 'xray:PutTraceSegments'], Resource: '*' }), messageId: 'wildcard-resource', at: 'role', count: 1 },
    { name: 's3:Get* expanded on arn:aws:s3:::* is not universal, but arn:aws:* is', resource: fn, related: withInline({ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:*' }), messageId: 'wildcard-resource' },
    { name: 'Action * on *', resource: fn, related: withInline({ Effect: 'Allow', Action: '*', Resource: '*' }), messageId: 'all-actions' },
    { name: 'NotResource', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', NotResource: `arn:aws:sqs:us-east-1:${ACCOUNT}:admin` }), messageId: 'wildcard-resource' },
    { name: 'AWS managed policies included by option', resource: fn, options: { includeAwsManagedPolicies: true }, related: { ...withRole({ inlinePolicies: [], attachedPolicies: [basicExecutionAttachment] }), 'iam.policy': [basic] }, messageId: 'wildcard-resource' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'customer managed policy missing', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('x')] }) },
    { name: 'inline policy unresolved', resource: fn, related: withRole({ unresolved: { 'inlinePolicies.0.document': '!Sub with a parameter' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        // X-Ray trace segments can only be granted on *.
        cfnRoleWithPolicy([
          "{ Effect: Allow, Action: [dynamodb:GetItem, dynamodb:PutItem], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }",
          "{ Effect: Allow, Action: xray:PutTraceSegments, Resource: '*' }",
        ]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
      ],
      bad: [cfnRoleWithPolicy(["{ Effect: Allow, Action: dynamodb:PutItem, Resource: '*' }"]), samFunctionWithPolicy(["{ Effect: Allow, Action: s3:GetObject, Resource: '*' }"])],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }'])],
      bad: [tfRoleWithPolicy(['{ Effect = "Allow", Action = "dynamodb:PutItem", Resource = "*" }'])],
    },
  },
})
