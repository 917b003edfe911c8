import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-error-logging',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain publishes error logs',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that each OpenSearch Service domain publishes its error (application) logs, ES_APPLICATION_LOGS, to CloudWatch Logs.',
    risk: 'Without error logs, failing queries, mapping errors, rejected requests and node problems can only be guessed at from metrics, which slows down both troubleshooting and incident investigation.',
    remediation: {
      text: 'Publish ES_APPLICATION_LOGS to a CloudWatch Logs log group whose resource policy lets OpenSearch Service write to it.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options \'ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}\'',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  LogPublishingOptions:\n    ES_APPLICATION_LOGS:\n      Enabled: true\n      CloudWatchLogsLogGroupArn: !GetAtt ErrorLogGroup.Arn',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.errors.arn\n  }\n}',
    },
    messages: {
      enabled: 'OpenSearch domain {{name}} publishes error logs.',
      disabled: 'OpenSearch domain {{name}} does not publish error logs.',
    },
  },
  evaluate(d, { pass, fail }) {
    return d.logPublishing.ES_APPLICATION_LOGS?.enabled ? pass('enabled', { name: d.name }) : fail('disabled', { data: { name: d.name }, at: 'logPublishing.ES_APPLICATION_LOGS' })
  },
})
