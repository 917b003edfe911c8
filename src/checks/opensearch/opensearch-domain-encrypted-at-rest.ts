import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-encrypted-at-rest',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain is encrypted at rest',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each OpenSearch Service domain (OpenSearch or legacy Elasticsearch) encrypts indexes, logs, swap files and automated snapshots at rest with KMS.',
    risk: 'Search indexes usually hold copies of the most sensitive data a system has — documents, logs with personal data, tokens. Unencrypted, they are protected only by the storage layer.',
    remediation: {
      text: 'Enable encryption at rest (domains on OpenSearch or Elasticsearch 6.7+ can turn it on in place; older ones must be recreated from a snapshot).',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true,KmsKeyId=<key-arn>',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  EncryptionAtRestOptions:\n    Enabled: true',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  encrypt_at_rest {\n    enabled = true\n  }\n}',
    },
    messages: {
      encrypted: 'OpenSearch domain {{name}} is encrypted at rest.',
      unencrypted: 'OpenSearch domain {{name}} is not encrypted at rest.',
    },
  },
  evaluate(d, { pass, fail }) {
    return d.encryptionAtRest ? pass('encrypted', { name: d.name }) : fail('unencrypted', { data: { name: d.name }, at: 'encryptionAtRest' })
  },
})
