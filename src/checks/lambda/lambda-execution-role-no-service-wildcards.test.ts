import check from './lambda-execution-role-no-service-wildcards.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import { MANAGED_POLICIES_GAP, cfnRoleWithPolicy, customerPolicyAttachment, policyDoc as doc, samFunctionWithPolicy, tfRoleWithPolicy, withInlinePolicy as withInline, withRole } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const S3_FULL = 'arn:aws:iam::aws:policy/AmazonS3FullAccess'
const s3Full = managedPolicy({ name: 'AmazonS3FullAccess', arn: S3_FULL, awsManaged: true, document: doc({ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }) })

testCheck(check, {
  valid: [
    { name: 'specific actions only', resource: fn, related: withInline({ Effect: 'Allow', Action: ['dynamodb:GetItem', 's3:Get*'], Resource: '*' }) },
    { name: 'a Deny with a wildcard is fine', resource: fn, related: withInline({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }) },
    { name: 'AWS managed wildcard policy excluded by option', resource: fn, options: { includeAwsManagedPolicies: false }, related: withRole({ attachedPolicies: [{ arn: S3_FULL, name: 'AmazonS3FullAccess' }] }) },
  ],
  invalid: [
    { name: 'inline s3:*', resource: fn, related: withInline({ Effect: 'Allow', Action: ['s3:*', 'dynamodb:GetItem'], Resource: 'arn:aws:s3:::b/*' }), messageId: 'services', at: 'role', count: 1 },
    { name: 'Action "*"', resource: fn, related: withInline({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), messageId: 'all-actions' },
    { name: 'Action "*:*"', resource: fn, related: withInline({ Effect: 'Allow', Action: '*:*', Resource: '*' }), messageId: 'all-actions' },
    { name: 'Allow with NotAction', resource: fn, related: withInline({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), messageId: 'not-action' },
    { name: 'attached AWS managed FullAccess policy', resource: fn, related: { ...withRole({ attachedPolicies: [{ arn: S3_FULL, name: 'AmazonS3FullAccess' }] }), 'iam.policy': [s3Full] }, messageId: 'services' },
    { name: 'case-insensitive service wildcard (S3:*)', resource: fn, related: withInline({ Effect: 'Allow', Action: 'S3:*', Resource: '*' }), messageId: 'services' },
    { name: 'two offending policies: one verdict each', resource: fn, related: withRole({ inlinePolicies: [{ name: 'a', document: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }) }, { name: 'b', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] }), messageId: 'all-actions', count: 2 },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'attached customer managed policy missing', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('x')] }) },
    { name: 'managed policies not listed', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('x')] }), gaps: [MANAGED_POLICIES_GAP] },
    { name: 'role attachments unresolved', resource: fn, related: withRole({ unresolved: { attachedPolicies: '!Ref Policies' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: [s3:GetObject, s3:PutObject], Resource: 'arn:aws:s3:::orders-bucket/*' }"]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
      ],
      bad: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: s3:*, Resource: 'arn:aws:s3:::orders-bucket/*' }"]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: dynamodb:*, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
      ],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::orders-bucket/*" }'])],
      bad: [
        tfRoleWithPolicy(['{ Effect = "Allow", Action = "s3:*", Resource = "arn:aws:s3:::orders-bucket/*" }']),
        tfRoleWithPolicy(['{ Effect = "Allow", Action = "*", Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }']),
      ],
    },
  },
})
