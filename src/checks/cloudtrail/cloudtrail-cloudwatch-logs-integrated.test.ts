import check from './cloudtrail-cloudwatch-logs-integrated.js'
import { testCheck } from '../../../test/check-tester.js'
import { trail } from '../../../test/factories/index.js'

const group = 'arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail/org-audit:*'
const delivering = (over: Parameters<typeof trail>[0] = {}) => trail({ cloudWatchLogsLogGroupArn: group, latestCloudWatchLogsDeliveryTime: '2026-11-26T23:10:00.000Z', ...over })

testCheck(check, {
  valid: [
    { name: 'delivered an hour ago', resource: delivering() },
    { name: 'stopped trail: nothing to deliver', resource: delivering({ isLogging: false, latestCloudWatchLogsDeliveryTime: undefined }) },
    { name: 'a longer allowance', resource: delivering({ latestCloudWatchLogsDeliveryTime: '2026-11-24T00:00:00.000Z' }), options: { maxDeliveryAgeHours: 96 } },
  ],
  invalid: [
    { name: 'no log group', resource: trail(), messageId: 'notIntegrated', at: 'cloudWatchLogsLogGroupArn' },
    { name: 'delivery error', resource: delivering({ latestCloudWatchLogsDeliveryError: 'AccessDenied: role cannot write' }), messageId: 'deliveryFailing' },
    { name: 'last delivery two days ago', resource: delivering({ latestCloudWatchLogsDeliveryTime: '2026-11-25T00:00:00.000Z' }), messageId: 'deliveryStale' },
    { name: 'never delivered', resource: delivering({ latestCloudWatchLogsDeliveryTime: undefined }), messageId: 'neverDelivered' },
  ],
  unknown: [
    { name: 'trail status unreadable', resource: delivering({ latestCloudWatchLogsDeliveryTime: undefined, unresolved: { isLogging: 'AccessDenied (cloudtrail:GetTrailStatus)', latestCloudWatchLogsDeliveryTime: 'AccessDenied (cloudtrail:GetTrailStatus)', latestCloudWatchLogsDeliveryError: 'AccessDenied (cloudtrail:GetTrailStatus)' } }) },
    { name: 'log group from an unresolved parameter', resource: trail({ unresolved: { cloudWatchLogsLogGroupArn: '!Ref Group' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Group:
  Type: AWS::Logs::LogGroup
  Properties: { RetentionInDays: 365 }
ToLogs:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: cloudtrail.amazonaws.com }, Action: sts:AssumeRole }] }
Trail:
  Type: AWS::CloudTrail::Trail
  Properties:
    IsLogging: true
    S3BucketName: trail-bucket
    CloudWatchLogsLogGroupArn: !GetAtt Group.Arn
    CloudWatchLogsRoleArn: !GetAtt ToLogs.Arn
`,
      ],
      bad: ['Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties: { IsLogging: true, IsMultiRegionTrail: true, S3BucketName: trail-bucket }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "trail-bucket"
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-logs"
}
`,
      ],
      bad: [
        `
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "trail-bucket"
  is_multi_region_trail = true
}
`,
      ],
    },
  },
})
