import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'waf-web-acl-logging-enabled',
    resourceType: 'waf.web-acl',
    title: 'AWS WAF web ACL logs the traffic it inspects',
    severity: 'low',
    categories: ['logging'],
    description: 'Checks that a logging configuration sends the web ACL\'s traffic logs (every inspected request, the rule that matched and the action taken) to CloudWatch Logs, S3 or Firehose. Regional and CloudFront-scope ACLs are both checked.',
    risk: 'Without WAF logs blocked attacks, false positives and the requests that got through cannot be analysed; tuning the rules and investigating an incident are guesswork.',
    remediation: {
      text: 'Create a destination whose name starts with aws-waf-logs- (log group, bucket or Firehose stream) and a logging configuration for the web ACL; redact sensitive fields such as the Authorization header.',
      cli: 'aws logs create-log-group --log-group-name aws-waf-logs-<acl>\naws wafv2 put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<log-group-arn>',
      cloudformation: 'WafLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    LogGroupName: aws-waf-logs-edge\n    RetentionInDays: 90\nWafLogging:\n  Type: AWS::WAFv2::LoggingConfiguration\n  Properties:\n    ResourceArn: !GetAtt WebAcl.Arn\n    LogDestinationConfigs: [!GetAtt WafLogs.Arn]',
      terraform: 'resource "aws_cloudwatch_log_group" "waf" {\n  name              = "aws-waf-logs-edge"\n  retention_in_days = 90\n}\n\nresource "aws_wafv2_web_acl_logging_configuration" "edge" {\n  resource_arn            = aws_wafv2_web_acl.edge.arn\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}',
    },
    messages: {
      enabled: 'Web ACL {{name}} ({{scope}}) logs its traffic.',
      disabled: 'Web ACL {{name}} ({{scope}}) has no logging configuration.',
    },
  },
  evaluate(acl, { pass, fail }) {
    const data = { name: acl.name, scope: acl.scope === 'CLOUDFRONT' ? 'CloudFront' : 'regional' }
    return acl.loggingEnabled ? pass('enabled', data) : fail('disabled', { data, at: 'loggingEnabled' })
  },
})
