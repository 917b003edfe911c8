import check from './lambda-execution-role-secrets-scoped.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, lambdaFunction, managedPolicy } from '../../../test/factories/index.js'
import { allow, appInlinePolicy, cfnRoleWithPolicy, customerPolicyAttachment, policyDoc as doc, samFunctionWithPolicy, tfRoleWithPolicy, withInlinePolicy as withInline, withRole } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`
const boundary = managedPolicy({ name: 'boundary', document: doc(allow(['secretsmanager:GetSecretValue'], `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/*`)) })
const everySecret = appInlinePolicy(allow('secretsmanager:GetSecretValue', '*'))

testCheck(check, {
  valid: [
    { name: 'no secret reads', resource: fn, related: withInline(allow('sqs:SendMessage', '*')) },
    { name: 'one named secret and one key', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', SECRET), allow('kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`)) },
    { name: 'a name prefix of secrets and a parameter path', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/*`), allow('ssm:GetParametersByPath', `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/orders/*`)) },
    { name: 'every secret in another region only', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:eu-west-1:*:secret:*')) },
    { name: 'every secret, but the boundary allows only a prefix', resource: fn, related: { ...withRole({ inlinePolicies: everySecret, permissionsBoundaryArn: boundary.arn! }), 'iam.policy': [boundary] } },
  ],
  invalid: [
    { name: 'GetSecretValue on *', resource: fn, related: withInline(allow('secretsmanager:GetSecretValue', '*')), messageId: 'every-resource', at: 'role', count: 1 },
    { name: 'kms:Decrypt on every key of the account', resource: fn, related: withInline(allow('kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`)), messageId: 'every-resource' },
    { name: 'ssm:Get* on every parameter', resource: fn, related: withInline(allow('ssm:Get*', 'arn:aws:ssm:*:*:parameter/*')), messageId: 'every-resource' },
    { name: 'secretsmanager:* on every secret ARN', resource: fn, related: withInline(allow('secretsmanager:*', 'arn:aws:secretsmanager:*:*:secret:*')), messageId: 'every-resource' },
    { name: 'kms:Decrypt on * only through Secrets Manager (conditional)', resource: fn, related: withInline(allow('kms:Decrypt', '*', { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } })), messageId: 'every-resource-conditional' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'customer managed policy missing', resource: fn, related: withRole({ attachedPolicies: [customerPolicyAttachment('x')] }) },
    { name: 'wide grant, but the boundary document is missing', resource: fn, related: withRole({ inlinePolicies: everySecret, permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/gone` }) },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/*' }"]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: ssm:GetParameter, Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/orders/db-url' }"]),
      ],
      bad: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: '*' }"]),
        samFunctionWithPolicy(["{ Effect: Allow, Action: ssm:GetParameter*, Resource: 'arn:aws:ssm:*:*:parameter/*' }"]),
      ],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/*" }'])],
      bad: [
        tfRoleWithPolicy(['{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "*" }']),
        tfRoleWithPolicy(['{ Effect = "Allow", Action = "kms:Decrypt", Resource = "arn:aws:kms:us-east-1:123456789012:key/*" }']),
      ],
    },
  },
})
