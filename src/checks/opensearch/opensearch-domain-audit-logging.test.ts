import check from './opensearch-domain-audit-logging.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`
const group = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/search'

testCheck(check, {
  valid: [{ name: 'audit logs published', resource: openSearchDomain() }],
  invalid: [
    { name: 'no log publishing', resource: openSearchDomain({ logPublishing: {} }), messageId: 'disabled', at: 'logPublishing.AUDIT_LOGS' },
    { name: 'audit logs configured but disabled', resource: openSearchDomain({ logPublishing: { AUDIT_LOGS: { enabled: false, logGroupArn: group } } }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'log options from a parameter', resource: openSearchDomain({ unresolved: { 'logPublishing.AUDIT_LOGS': '!Ref Audit' } }) }],
  iac: {
    cloudformation: {
      good: [dom(`    LogPublishingOptions:\n      AUDIT_LOGS: { CloudWatchLogsLogGroupArn: ${group}, Enabled: true }\n`)],
      bad: [dom(''), dom(`    LogPublishingOptions:\n      AUDIT_LOGS: { CloudWatchLogsLogGroupArn: ${group}, Enabled: false }\n`)],
    },
    terraform: {
      good: [tf(`  log_publishing_options {\n    log_type                 = "AUDIT_LOGS"\n    cloudwatch_log_group_arn = "${group}"\n  }\n`)],
      bad: [tf(`  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = "${group}"\n  }\n`)],
    },
  },
})
