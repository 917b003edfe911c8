import check from './waf-web-acl-has-rules.js'
import { testCheck } from '../../../test/check-tester.js'
import { wafWebAcl } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'three rules', resource: wafWebAcl() }],
  invalid: [{ name: 'empty ACL', resource: wafWebAcl({ ruleCount: 0 }), messageId: 'empty', at: 'ruleCount' }],
  unknown: [{ name: 'rules from a parameter', resource: wafWebAcl({ unresolved: { ruleCount: '!Ref Rules' } }) }],
  iac: {
    cloudformation: {
      good: ['Acl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }\n    Rules:\n      - { Name: common, Priority: 0, OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common } }\n'],
      bad: ['Acl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }\n'],
    },
    terraform: {
      good: ['resource "aws_wafv2_web_acl" "acl" {\n  name  = "acl"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  rule {\n    name     = "ip-rate"\n    priority = 0\n    action {\n      block {}\n    }\n    statement {\n      rate_based_statement {\n        limit              = 1000\n        aggregate_key_type = "IP"\n      }\n    }\n    visibility_config {\n      sampled_requests_enabled   = true\n      cloudwatch_metrics_enabled = true\n      metric_name                = "ip-rate"\n    }\n  }\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "acl"\n  }\n}\n'],
      bad: ['resource "aws_wafv2_web_acl" "acl" {\n  name  = "acl"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "acl"\n  }\n}\n'],
    },
  },
})
