import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'waf-web-acl-metrics-enabled',
    resourceType: 'waf.web-acl',
    title: 'AWS WAF web ACL publishes CloudWatch metrics',
    severity: 'low',
    categories: ['monitoring'],
    description: 'Checks the visibility configuration of the web ACL: CloudWatch metrics must be on, so that allowed, blocked and counted requests can be graphed and alarmed on.',
    risk: 'Without metrics a sudden rise in blocked requests (an attack) or in allowed requests (a rule that stopped matching) goes unnoticed until it causes damage.',
    remediation: {
      text: 'Turn on CloudWatchMetricsEnabled in the web ACL\'s visibility configuration (and in its rules\').',
      cli: 'aws wafv2 update-web-acl --name <name> --scope REGIONAL --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>',
      cloudformation: 'WebAcl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: api }',
      terraform: 'resource "aws_wafv2_web_acl" "api" {\n  name  = "api"\n  scope = "REGIONAL"\n\n  default_action {\n    allow {}\n  }\n\n  visibility_config {\n    sampled_requests_enabled   = true\n    cloudwatch_metrics_enabled = true\n    metric_name                = "api"\n  }\n}',
    },
    messages: {
      enabled: 'Web ACL {{name}} publishes CloudWatch metrics.',
      disabled: 'Web ACL {{name}} publishes no CloudWatch metrics.',
    },
  },
  evaluate(acl, { pass, fail }) {
    return acl.metricsEnabled ? pass('enabled', { name: acl.name }) : fail('disabled', { data: { name: acl.name }, at: 'metricsEnabled' })
  },
})
