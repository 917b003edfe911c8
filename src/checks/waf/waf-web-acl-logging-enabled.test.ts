import check from './waf-web-acl-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { wafWebAcl } from '../../../test/factories/index.js'

const ACL = 'Acl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }\n'
const TF = 'resource "aws_wafv2_web_acl" "acl" {\n  name  = "acl"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "acl"\n  }\n}\n'

testCheck(check, {
  valid: [{ name: 'logging configured', resource: wafWebAcl() }, { name: 'CloudFront ACL with logging', resource: wafWebAcl({ scope: 'CLOUDFRONT', region: 'global' }) }],
  invalid: [{ name: 'no logging', resource: wafWebAcl({ loggingEnabled: false }), messageId: 'disabled', at: 'loggingEnabled' }],
  unknown: [{ name: 'logging configurations unreadable', resource: wafWebAcl({ unresolved: { loggingEnabled: 'AccessDenied (wafv2:ListLoggingConfigurations)' } }) }],
  iac: {
    cloudformation: {
      good: [ACL + 'Logs:\n  Type: AWS::WAFv2::LoggingConfiguration\n  Properties:\n    ResourceArn: !GetAtt Acl.Arn\n    LogDestinationConfigs: [arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-acl]\n'],
      bad: [ACL],
    },
    terraform: {
      good: [TF + 'resource "aws_wafv2_web_acl_logging_configuration" "acl" {\n  resource_arn            = aws_wafv2_web_acl.acl.arn\n  log_destination_configs = ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-acl"]\n}\n'],
      bad: [TF],
    },
  },
})
