import check from './cloudfront-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'legacy logging', resource: cloudFrontDistribution() },
    { name: 'standard logging v2', resource: cloudFrontDistribution({ logging: { enabled: false }, loggingV2: true }) },
  ],
  invalid: [{ name: 'no logging', resource: cloudFrontDistribution({ logging: { enabled: false }, loggingV2: false }), messageId: 'disabled', at: 'logging' }],
  unknown: [{ name: 'delivery sources unreadable', resource: cloudFrontDistribution({ logging: { enabled: false }, unresolved: { loggingV2: 'AccessDenied (logs:DescribeDeliverySources)' } }) }],
  iac: {
    cloudformation: {
      good: [
        'Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Logging: { Bucket: logs.s3.amazonaws.com }\n',
        'Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig: { Enabled: true }\nSource:\n  Type: AWS::Logs::DeliverySource\n  Properties:\n    Name: cf\n    LogType: ACCESS_LOGS\n    ResourceArn: !Sub arn:aws:cloudfront::${AWS::AccountId}:distribution/${Dist}\n',
      ],
      bad: ['Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig: { Enabled: true }\n'],
    },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  logging_config {\n    bucket = "logs.s3.amazonaws.com"\n  }\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n}\n'],
    },
  },
})
