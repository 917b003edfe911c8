import check from './waf-web-acl-metrics-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { wafWebAcl } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'metrics on', resource: wafWebAcl() }],
  invalid: [{ name: 'metrics off', resource: wafWebAcl({ metricsEnabled: false }), messageId: 'disabled', at: 'metricsEnabled' }],
  unknown: [{ name: 'visibility from a parameter', resource: wafWebAcl({ unresolved: { metricsEnabled: '!Ref Metrics' } }) }],
  iac: {
    cloudformation: {
      good: ['Acl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }\n'],
      bad: ['Acl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: false, MetricName: acl }\n'],
    },
    terraform: {
      good: ['resource "aws_wafv2_web_acl" "acl" {\n  name  = "acl"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "acl"\n  }\n}\n'],
      bad: ['resource "aws_wafv2_web_acl" "acl" {\n  name  = "acl"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = false\n    metric_name                = "acl"\n  }\n}\n'],
    },
  },
})
