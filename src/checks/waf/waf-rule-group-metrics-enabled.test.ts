import check from './waf-rule-group-metrics-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { wafRuleGroup } from '../../../test/factories/index.js'

const rule = (name: string, metrics: boolean | string) =>
  `      - Name: ${name}\n        Priority: 0\n        Action: { Block: {} }\n        Statement: { GeoMatchStatement: { CountryCodes: [KP] } }\n        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: ${metrics}, MetricName: ${name} }\n`
const cfn = (group: boolean, rules: string) =>
  `Group:\n  Type: AWS::WAFv2::RuleGroup\n  Properties:\n    Name: geo\n    Scope: REGIONAL\n    Capacity: 10\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: ${group}, MetricName: geo }\n    Rules:\n${rules}`
const tfRule = (name: string, metrics: boolean) =>
  `  rule {\n    name     = "${name}"\n    priority = 0\n    action {\n      block {}\n    }\n    statement {\n      geo_match_statement {\n        country_codes = ["KP"]\n      }\n    }\n    visibility_config {\n      sampled_requests_enabled   = true\n      cloudwatch_metrics_enabled = ${metrics}\n      metric_name                = "${name}"\n    }\n  }\n`
const tf = (group: boolean, rules: string) =>
  `resource "aws_wafv2_rule_group" "geo" {\n  name     = "geo"\n  scope    = "REGIONAL"\n  capacity = 10\n${rules}  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = ${group}\n    metric_name                = "geo"\n  }\n}\n`
const tfJson = (metrics: boolean) =>
  `resource "aws_wafv2_rule_group" "geo" {\n  name       = "geo"\n  scope      = "CLOUDFRONT"\n  capacity   = 10\n  rules_json = jsonencode([{ Name = "geo", Priority = 0, Action = { Block = {} }, Statement = { GeoMatchStatement = { CountryCodes = ["KP"] } }, VisibilityConfig = { SampledRequestsEnabled = true, CloudWatchMetricsEnabled = ${metrics}, MetricName = "geo" } }])\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "geo"\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'group and rules publish metrics', resource: wafRuleGroup() },
    { name: 'CloudFront-scope group', resource: wafRuleGroup({ scope: 'CLOUDFRONT', region: 'global' }) },
  ],
  invalid: [
    { name: 'group metrics off', resource: wafRuleGroup({ metricsEnabled: false }), messageId: 'groupDisabled', at: 'metricsEnabled', count: 1 },
    { name: 'one rule without metrics', resource: wafRuleGroup({ rules: [{ name: 'admin-path', metricsEnabled: true }, { name: 'bad-bots', metricsEnabled: false }] }), messageId: 'rulesDisabled', at: 'rules', count: 1 },
    { name: 'group and a rule without metrics: both reported', resource: wafRuleGroup({ metricsEnabled: false, rules: [{ name: 'admin-path', metricsEnabled: false }] }), messageId: 'rulesDisabled', count: 2 },
  ],
  unknown: [
    { name: 'rules from a parameter', resource: wafRuleGroup({ unresolved: { rules: '!Ref Rules' } }) },
    { name: 'group visibility from a variable', resource: wafRuleGroup({ unresolved: { metricsEnabled: 'var.metrics' } }) },
  ],
  skip: [{ name: 'a group without rules', resource: wafRuleGroup({ rules: [], metricsEnabled: false }) }],
  iac: {
    cloudformation: {
      good: [cfn(true, rule('geo', true) + rule('geo-2', true))],
      bad: [cfn(false, rule('geo', true)), cfn(true, rule('geo', true) + rule('geo-2', false))],
    },
    terraform: {
      good: [tf(true, tfRule('geo', true)), tfJson(true)],
      bad: [tf(false, tfRule('geo', true)), tf(true, tfRule('geo', true) + tfRule('geo-2', false)), tfJson(false)],
    },
  },
})
