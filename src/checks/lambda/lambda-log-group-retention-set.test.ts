import check from './lambda-log-group-retention-set.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, logGroup } from '../../../test/factories/index.js'

const fn = lambdaFunction()
const logsGap = { resourceType: 'logs.log-group' as const, region: 'us-east-1', code: 'AccessDenied', message: 'logs:DescribeLogGroups denied' }

testCheck(check, {
  valid: [
    { name: 'default group with 90 days', resource: fn, related: { 'logs.log-group': [logGroup()] } },
    {
      name: 'custom shared log group',
      resource: lambdaFunction({ logging: { logGroup: '/shared/api', logFormat: 'JSON' } }),
      related: { 'logs.log-group': [logGroup(), logGroup({ name: '/shared/api', retentionInDays: 30 })] },
    },
    { name: 'meets the configured minimum', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: 365 })] }, options: { minRetentionDays: 365 } },
    { name: 'a live ARN ending in :* is matched by name', resource: fn, related: { 'logs.log-group': [logGroup({ id: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/orders:*' })] } },
  ],
  invalid: [
    { name: 'never expires', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: undefined })] }, messageId: 'neverExpires', at: 'logging.logGroup' },
    { name: 'shorter than the minimum', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: 7 })] }, options: { minRetentionDays: 90 }, messageId: 'tooShort' },
    { name: 'no log group', resource: fn, related: { 'logs.log-group': [logGroup({ name: '/aws/lambda/billing' })] }, messageId: 'missing', at: 'logging.logGroup' },
    { name: 'group of the same name in another region', resource: fn, related: { 'logs.log-group': [logGroup({ region: 'eu-west-1' })] }, messageId: 'missing' },
  ],
  unknown: [
    { name: 'log groups could not be listed', resource: fn, gaps: [logsGap] },
    { name: 'log groups could not be listed, though one is known', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: undefined })] }, gaps: [logsGap] },
    { name: 'retention unreadable', resource: fn, related: { 'logs.log-group': [logGroup({ unresolved: { retentionInDays: '!Ref Retention' } })] } },
    { name: 'log group name from a parameter', resource: lambdaFunction({ unresolved: { 'logging.logGroup': '!Ref LogGroup' } }), related: { 'logs.log-group': [logGroup()] } },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnLogs:
  Type: AWS::Logs::LogGroup
  Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 30 }
`,
        // The log group is named after the generated function name, and the function logs to it.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: !Sub '/aws/lambda/\${Fn}', RetentionInDays: 90 }
`,
      ],
      // A template without the group cannot settle it (another stack may declare it): the adapter
      // leaves it unresolved, so the bad cases declare a group without retention.
      bad: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
FnLogs:
  Type: AWS::Logs::LogGroup
  Properties: { LogGroupName: /aws/lambda/orders }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/\${aws_lambda_function.orders.function_name}"
  retention_in_days = 30
}
`,
        // A custom log group named in logging_config.
        `
resource "aws_cloudwatch_log_group" "shared" {
  name              = "/app/shared"
  retention_in_days = 14
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.shared.name
  }
}
`,
      ],
      bad: [
        // The log group is declared with the function, without retention_in_days.
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.orders.name
  }
}
resource "aws_cloudwatch_log_group" "orders" {
  name = "/custom/orders"
}
`,
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_cloudwatch_log_group" "orders" {
  name = "/aws/lambda/orders"
}
`,
      ],
    },
  },
})
