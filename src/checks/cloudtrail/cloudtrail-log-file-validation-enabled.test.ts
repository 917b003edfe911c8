import check from './cloudtrail-log-file-validation-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { trail } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'validation on', resource: trail() }],
  invalid: [{ name: 'validation off', resource: trail({ logFileValidation: false }), messageId: 'disabled', at: 'logFileValidation' }],
  unknown: [
    { name: 'validation setting from an unresolved parameter', resource: trail({ logFileValidation: false, unresolved: { logFileValidation: '!Ref Validate' } }) },
    { name: 'trails could not be listed', resource: trail(), gaps: [{ resourceType: 'cloudtrail.trail', region: 'us-east-1', code: 'AccessDenied', message: 'cloudtrail:DescribeTrails denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::CloudTrail::Trail\nProperties: { IsLogging: true, S3BucketName: logs, EnableLogFileValidation: true }'],
      bad: ['Type: AWS::CloudTrail::Trail\nProperties: { IsLogging: true, S3BucketName: logs }'],
    },
    terraform: {
      good: [
        `
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
  enable_log_file_validation = true
}
`,
      ],
      bad: [
        `
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
}
`,
        `
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
  enable_log_file_validation = false
}
`,
      ],
    },
  },
})
