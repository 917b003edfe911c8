import check from './opensearch-domain-dedicated-master-nodes.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const ES = 'Elasticsearch_7.10'
const cfn = (cluster: string) => `Search:\n  Type: AWS::Elasticsearch::Domain\n  Properties:\n    DomainName: logs\n    ElasticsearchVersion: "7.10"\n    ElasticsearchClusterConfig:\n      InstanceCount: 3\n${cluster}`
const tf = (cluster: string) => `resource "aws_opensearch_domain" "logs" {\n  domain_name    = "logs"\n  engine_version = "Elasticsearch_7.10"\n  cluster_config {\n    instance_count = 3\n${cluster}  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'three dedicated masters', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 }) },
    { name: 'five dedicated masters', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: true, dedicatedMasterCount: 5 }) },
    { name: 'OpenSearch included by option', resource: openSearchDomain({ dedicatedMasterEnabled: true, dedicatedMasterCount: 3 }), options: { includeOpenSearch: true } },
  ],
  invalid: [
    { name: 'no dedicated masters', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: false }), messageId: 'none', at: 'dedicatedMasterEnabled' },
    { name: 'two dedicated masters', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: true, dedicatedMasterCount: 2 }), messageId: 'few', at: 'dedicatedMasterCount' },
    { name: 'legacy template version', resource: openSearchDomain({ engineVersion: '6.8', dedicatedMasterEnabled: false }), messageId: 'none' },
    { name: 'OpenSearch without masters, option on', resource: openSearchDomain({ dedicatedMasterEnabled: false }), options: { includeOpenSearch: true }, messageId: 'none' },
  ],
  unknown: [
    { name: 'count not known', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: true }) },
    { name: 'setting from a parameter', resource: openSearchDomain({ engineVersion: ES, dedicatedMasterEnabled: false, unresolved: { dedicatedMasterEnabled: '!Ref Masters' } }) },
  ],
  skip: [{ name: 'OpenSearch engine', resource: openSearchDomain({ dedicatedMasterEnabled: false }) }],
  iac: {
    cloudformation: {
      good: [cfn('      DedicatedMasterEnabled: true\n      DedicatedMasterCount: 3\n      DedicatedMasterType: m6g.large.elasticsearch\n')],
      bad: [cfn(''), cfn('      DedicatedMasterEnabled: true\n      DedicatedMasterCount: 2\n')],
    },
    terraform: {
      good: [tf('    dedicated_master_enabled = true\n    dedicated_master_count   = 3\n')],
      bad: [tf(''), tf('    dedicated_master_enabled = true\n    dedicated_master_count   = 1\n')],
    },
  },
})
