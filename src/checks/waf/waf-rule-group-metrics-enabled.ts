import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'waf-rule-group-metrics-enabled',
    resourceType: 'waf.rule-group',
    title: 'AWS WAF rule group and its rules publish CloudWatch metrics',
    severity: 'medium',
    categories: ['monitoring'],
    description:
      'Checks the visibility configuration of a rule group the account owns and of every rule in it: CloudWatch metrics must be on for both, so that the requests each rule allows, blocks or counts can be graphed and alarmed on. A group without rules has nothing to measure and is skipped, as AWS Config does. Regional and CloudFront-scope groups are both checked.',
    risk: 'A rule that publishes no metrics is invisible: an attack it blocks, a false positive that turns customers away or a rule that silently stopped matching leaves no trace in CloudWatch, so nothing can alarm on it.',
    remediation: {
      text: 'Set CloudWatchMetricsEnabled to true in the rule group\'s visibility configuration and in each rule\'s (the console does this for every rule it creates; templates and scripts often leave it off).',
      cli: 'aws wafv2 get-rule-group --name <name> --scope REGIONAL --id <id>\n# set "CloudWatchMetricsEnabled": true in every rule\'s VisibilityConfig in rules.json, then:\naws wafv2 update-rule-group --name <name> --scope REGIONAL --id <id> --lock-token <token> --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
      cloudformation:
        'RuleGroup:\n  Type: AWS::WAFv2::RuleGroup\n  Properties:\n    Name: block-admin-paths\n    Scope: REGIONAL\n    Capacity: 50\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: block-admin-paths }\n    Rules:\n      - Name: admin-path\n        Priority: 0\n        Action: { Block: {} }\n        Statement:\n          ByteMatchStatement:\n            FieldToMatch: { UriPath: {} }\n            PositionalConstraint: STARTS_WITH\n            SearchString: /admin\n            TextTransformations: [{ Priority: 0, Type: LOWERCASE }]\n        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: admin-path }',
      terraform:
        'resource "aws_wafv2_rule_group" "block_admin_paths" {\n  name     = "block-admin-paths"\n  scope    = "REGIONAL"\n  capacity = 50\n\n  rule {\n    name     = "admin-path"\n    priority = 0\n    action {\n      block {}\n    }\n    statement {\n      byte_match_statement {\n        search_string         = "/admin"\n        positional_constraint = "STARTS_WITH"\n        field_to_match {\n          uri_path {}\n        }\n        text_transformation {\n          priority = 0\n          type     = "LOWERCASE"\n        }\n      }\n    }\n    visibility_config {\n      sampled_requests_enabled   = true\n      cloudwatch_metrics_enabled = true\n      metric_name                = "admin-path"\n    }\n  }\n\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "block-admin-paths"\n  }\n}',
    },
    messages: {
      enabled: 'Rule group {{name}} and its {{count}} rule(s) publish CloudWatch metrics.',
      groupDisabled: 'Rule group {{name}} publishes no CloudWatch metrics of its own.',
      rulesDisabled: 'Rule group {{name}}: rule(s) {{rules}} publish no CloudWatch metrics.',
    },
  },
  evaluate(group, { pass, fail, skip }) {
    if (!group.rules.length) return skip('the rule group has no rules')
    const silent = group.rules.filter((r) => !r.metricsEnabled).map((r) => r.name)
    const failures = [
      ...(group.metricsEnabled ? [] : [fail('groupDisabled', { data: { name: group.name }, at: 'metricsEnabled' })]),
      ...(silent.length ? [fail('rulesDisabled', { data: { name: group.name, rules: silent.join(', ') }, at: 'rules' })] : []),
    ]
    return failures.length ? failures : pass('enabled', { name: group.name, count: group.rules.length })
  },
})
