import check from './lambda-execution-role-can-write-logs.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, lambdaFunction } from '../../../test/factories/index.js'
import { allow, basicExecutionAttachment, basicExecutionPolicy as basic, cfnRoleWithPolicy, samFunctionWithPolicy, tfRoleWithPolicy, withInlinePolicy as withInline, withRole } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/orders`
const CFN_LOG_GROUP = 'Logs:\n  Type: AWS::Logs::LogGroup\n  Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }\n'
const TF_LOG_GROUP = 'resource "aws_cloudwatch_log_group" "orders" {\n  name              = "/aws/lambda/orders"\n  retention_in_days = 30\n}\n'

testCheck(check, {
  valid: [
    { name: 'the factory role (log group with :*)', resource: fn, related: withRole() },
    { name: 'AWSLambdaBasicExecutionRole', resource: fn, related: { ...withRole({ inlinePolicies: [], attachedPolicies: [basicExecutionAttachment] }), 'iam.policy': [basic] } },
    { name: 'logs:* on every log group of the account', resource: fn, related: withInline(allow('logs:*', `arn:aws:logs:*:${ACCOUNT}:*`)) },
    { name: 'custom log group from the logging configuration', resource: lambdaFunction({ logging: { logGroup: '/app/orders', logFormat: 'JSON' } }), related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/orders:*`)) },
  ],
  invalid: [
    { name: 'no logs permission at all', resource: fn, related: withInline(allow('sqs:SendMessage', '*')), messageId: 'cannot-write', at: 'role', count: 1 },
    { name: 'the bare log group ARN does not reach its streams', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], GROUP)), messageId: 'cannot-write' },
    { name: 'permission for another log group', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/other:*`)), messageId: 'cannot-write' },
    { name: 'the default group, but the function logs to a custom one', resource: lambdaFunction({ logging: { logGroup: '/app/orders' } }), related: withRole(), messageId: 'cannot-write' },
    { name: 'an explicit Deny on logs', resource: fn, related: withInline(allow('logs:*', '*'), { Effect: 'Deny', Action: 'logs:PutLogEvents', Resource: '*' }), messageId: 'cannot-write' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'only under a condition', resource: fn, related: withInline(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })) },
    { name: 'no logs grant found, but an attached policy is missing', resource: fn, related: withRole({ inlinePolicies: [], attachedPolicies: [basicExecutionAttachment] }) },
  ],
  // The log group is declared with the function: when a template leaves it out (it may live in
  // another stack), the adapter leaves logging.logGroup unresolved.
  iac: {
    cloudformation: {
      good: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: [logs:CreateLogStream, logs:PutLogEvents], Resource: 'arn:aws:logs:*:*:log-group:/aws/lambda/orders:*' }"], CFN_LOG_GROUP),
        // SAM attaches AWSLambdaBasicExecutionRole to the role it generates.
        samFunctionWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"], CFN_LOG_GROUP),
      ],
      bad: [
        // The role can read the table but not write its logs.
        cfnRoleWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"], CFN_LOG_GROUP),
        // The bare log group ARN (no :*) does not reach its streams.
        cfnRoleWithPolicy(["{ Effect: Allow, Action: [logs:CreateLogStream, logs:PutLogEvents], Resource: 'arn:aws:logs:*:*:log-group:/aws/lambda/orders' }"], CFN_LOG_GROUP),
      ],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:log-group:/aws/lambda/orders:*" }'], TF_LOG_GROUP)],
      bad: [
        tfRoleWithPolicy(['{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }'], TF_LOG_GROUP),
        // The bare log group ARN (no :*) does not reach its streams.
        tfRoleWithPolicy(['{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:log-group:/aws/lambda/orders" }'], TF_LOG_GROUP),
      ],
    },
  },
})
