import check from './opensearch-domain-encrypted-at-rest.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'encrypted', resource: openSearchDomain() }],
  invalid: [{ name: 'unencrypted', resource: openSearchDomain({ encryptionAtRest: false }), messageId: 'unencrypted', at: 'encryptionAtRest' }],
  unknown: [
    { name: 'from a parameter', resource: openSearchDomain({ unresolved: { encryptionAtRest: '!Ref Encrypt' } }) },
    { name: 'domains could not be listed', resource: openSearchDomain(), gaps: [{ resourceType: 'opensearch.domain', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [dom('    EncryptionAtRestOptions: { Enabled: true }\n'), 'Legacy:\n  Type: AWS::Elasticsearch::Domain\n  Properties:\n    ElasticsearchVersion: "7.10"\n    EncryptionAtRestOptions: { Enabled: true }\n'],
      bad: [dom(''), 'Legacy:\n  Type: AWS::Elasticsearch::Domain\n  Properties:\n    ElasticsearchVersion: "6.8"\n'],
    },
    terraform: {
      good: [tf('  encrypt_at_rest {\n    enabled = true\n  }\n')],
      bad: [tf(''), 'resource "aws_elasticsearch_domain" "legacy" {\n  domain_name           = "legacy"\n  elasticsearch_version = "7.10"\n}\n'],
    },
  },
})
