import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-node-to-node-encryption',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain encrypts traffic between its nodes',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks that node-to-node encryption is on for each OpenSearch Service domain, so that the traffic between data and master nodes inside the domain (replication, queries fanned out to shards) uses TLS.',
    risk: 'Without it, documents and query results travel between nodes in clear text; fine-grained access control also requires it.',
    remediation: {
      text: 'Turn node-to-node encryption on (in place for OpenSearch and Elasticsearch 6.7+).',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  NodeToNodeEncryptionOptions:\n    Enabled: true',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  node_to_node_encryption {\n    enabled = true\n  }\n}',
    },
    messages: {
      enabled: 'OpenSearch domain {{name}} encrypts traffic between its nodes.',
      disabled: 'OpenSearch domain {{name}} does not encrypt traffic between its nodes.',
    },
  },
  evaluate(d, { pass, fail }) {
    return d.nodeToNodeEncryption ? pass('enabled', { name: d.name }) : fail('disabled', { data: { name: d.name }, at: 'nodeToNodeEncryption' })
  },
})
