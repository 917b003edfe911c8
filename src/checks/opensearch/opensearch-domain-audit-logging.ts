import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-audit-logging',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain publishes audit logs',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that each OpenSearch Service domain publishes audit logs (AUDIT_LOGS) to CloudWatch Logs: who authenticated, failed logins, and which indexes and documents were read or changed. Audit logs need fine-grained access control; without it this check fails too, since nothing is audited.',
    risk: 'Without audit logs, data read from or deleted in the domain cannot be attributed, and attempts to guess credentials go unseen.',
    remediation: {
      text: 'Enable fine-grained access control, give OpenSearch Service permission to write to a log group (a CloudWatch Logs resource policy), publish AUDIT_LOGS to it and choose what to audit in the security plugin.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options \'AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}\'',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  LogPublishingOptions:\n    AUDIT_LOGS:\n      Enabled: true\n      CloudWatchLogsLogGroupArn: !GetAtt AuditLogGroup.Arn',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  log_publishing_options {\n    log_type                 = "AUDIT_LOGS"\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn\n  }\n}',
    },
    messages: {
      enabled: 'OpenSearch domain {{name}} publishes audit logs.',
      disabled: 'OpenSearch domain {{name}} does not publish audit logs.',
    },
  },
  evaluate(d, { pass, fail }) {
    return d.logPublishing.AUDIT_LOGS?.enabled ? pass('enabled', { name: d.name }) : fail('disabled', { data: { name: d.name }, at: 'logPublishing.AUDIT_LOGS' })
  },
})
