import check from './logs-log-group-retention-set.js'
import { testCheck } from '../../../test/check-tester.js'
import { logGroup } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'a year', resource: logGroup({ retentionInDays: 365 }) },
    { name: 'ten years', resource: logGroup({ retentionInDays: 3653 }) },
    { name: 'any retention when the minimum is 0', resource: logGroup({ retentionInDays: 7 }), options: { minRetentionDays: 0 } },
  ],
  invalid: [
    { name: 'never expires', resource: logGroup({ retentionInDays: undefined }), messageId: 'neverExpires', at: 'retentionInDays' },
    { name: 'ninety days against a year', resource: logGroup({ retentionInDays: 90 }), messageId: 'tooShort', at: 'retentionInDays' },
  ],
  unknown: [
    { name: 'retention from an unresolved parameter', resource: logGroup({ retentionInDays: undefined, unresolved: { retentionInDays: '!Ref Retention' } }) },
    { name: 'log groups could not be listed', resource: logGroup(), gaps: [{ resourceType: 'logs.log-group', region: 'us-east-1', code: 'AccessDenied', message: 'logs:DescribeLogGroups denied' }] },
  ],
  iac: {
    terraform: {
      good: [
        `
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/app/orders"
  retention_in_days = 400
}
`,
      ],
      bad: [
        // Without retention_in_days the group never expires its events.
        `
resource "aws_cloudwatch_log_group" "orders" {
  name = "/app/orders"
}
`,
        `
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/app/orders"
  retention_in_days = 30
}
`,
      ],
    },
    cloudformation: {
      good: ['Type: AWS::Logs::LogGroup\nProperties: { LogGroupName: /app/orders, RetentionInDays: 400 }'],
      bad: ['Type: AWS::Logs::LogGroup\nProperties: { LogGroupName: /app/orders }', 'Type: AWS::Logs::LogGroup\nProperties: { LogGroupName: /app/orders, RetentionInDays: 30 }'],
    },
  },
})
