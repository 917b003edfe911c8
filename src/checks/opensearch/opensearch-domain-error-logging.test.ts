import check from './opensearch-domain-error-logging.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`
const group = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/search'

testCheck(check, {
  valid: [{ name: 'error logs published', resource: openSearchDomain() }],
  invalid: [{ name: 'only audit logs', resource: openSearchDomain({ logPublishing: { AUDIT_LOGS: { enabled: true, logGroupArn: group } } }), messageId: 'disabled', at: 'logPublishing.ES_APPLICATION_LOGS' }],
  unknown: [{ name: 'log options unresolved', resource: openSearchDomain({ unresolved: { logPublishing: '!Ref Logs' } }) }],
  iac: {
    cloudformation: { good: [dom(`    LogPublishingOptions:\n      ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: ${group} }\n`)], bad: [dom('')] },
    terraform: {
      good: [tf(`  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = "${group}"\n  }\n`)],
      bad: [tf(`  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = "${group}"\n    enabled                  = false\n  }\n`)],
    },
  },
})
