import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'waf-web-acl-has-rules',
    resourceType: 'waf.web-acl',
    title: 'AWS WAF web ACL has at least one rule',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks that a web ACL contains at least one rule or rule group. An empty ACL only applies its default action to every request, so with the usual default (Allow) it filters nothing while looking like protection.',
    risk: 'An empty web ACL associated with a load balancer, API or distribution gives a false sense of protection: every request is allowed (or, with a Block default, every request is refused).',
    remediation: {
      text: 'Add rules: AWS managed rule groups (core rule set, known bad inputs, IP reputation), a rate-based rule, and your own rules; or remove the ACL if it is not meant to filter.',
      cli: 'aws wafv2 get-web-acl --name <name> --scope REGIONAL --id <id>\n# add Rules to the document, then:\naws wafv2 update-web-acl --name <name> --scope REGIONAL --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
      cloudformation: 'WebAcl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: api }\n    Rules:\n      - Name: common\n        Priority: 0\n        OverrideAction: { None: {} }\n        Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }\n        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common }',
      terraform: 'resource "aws_wafv2_web_acl" "api" {\n  name  = "api"\n  scope = "REGIONAL"\n\n  default_action {\n    allow {}\n  }\n\n  rule {\n    name     = "common"\n    priority = 0\n    override_action {\n      none {}\n    }\n    statement {\n      managed_rule_group_statement {\n        vendor_name = "AWS"\n        name        = "AWSManagedRulesCommonRuleSet"\n      }\n    }\n    visibility_config {\n      sampled_requests_enabled   = true\n      cloudwatch_metrics_enabled = true\n      metric_name                = "common"\n    }\n  }\n\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "api"\n  }\n}',
    },
    messages: {
      rules: 'Web ACL {{name}} has {{count}} rule(s).',
      empty: 'Web ACL {{name}} has no rules: it applies its default action ({{action}}) to every request.',
    },
  },
  evaluate(acl, { pass, fail }) {
    if (acl.ruleCount > 0) return pass('rules', { name: acl.name, count: acl.ruleCount })
    return fail('empty', { data: { name: acl.name, action: acl.defaultAction ?? 'ALLOW' }, at: 'ruleCount' })
  },
})
