import check from './opensearch-domain-node-to-node-encryption.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'on', resource: openSearchDomain() }],
  invalid: [{ name: 'off', resource: openSearchDomain({ nodeToNodeEncryption: false }), messageId: 'disabled', at: 'nodeToNodeEncryption' }],
  unknown: [{ name: 'from a parameter', resource: openSearchDomain({ unresolved: { nodeToNodeEncryption: '!Ref N2N' } }) }],
  iac: {
    cloudformation: { good: [dom('    NodeToNodeEncryptionOptions: { Enabled: true }\n')], bad: [dom('')] },
    terraform: { good: [tf('  node_to_node_encryption {\n    enabled = true\n  }\n')], bad: [tf('')] },
  },
})
