import check from './opensearch-domain-fault-tolerant.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'three nodes, zone aware', resource: openSearchDomain() }],
  invalid: [
    { name: 'one node', resource: openSearchDomain({ instanceCount: 1 }), messageId: 'fewNodes', at: 'instanceCount' },
    { name: 'three nodes in one zone', resource: openSearchDomain({ zoneAwareness: false }), messageId: 'oneZone', at: 'zoneAwareness' },
  ],
  unknown: [{ name: 'count not known', resource: openSearchDomain({ instanceCount: undefined }) }, { name: 'count from a parameter', resource: openSearchDomain({ unresolved: { instanceCount: '!Ref Nodes' } }) }],
  iac: {
    cloudformation: { good: [dom('    ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 } }\n')], bad: [dom(''), dom('    ClusterConfig: { InstanceCount: 4 }\n')] },
    terraform: { good: [tf('  cluster_config {\n    instance_count         = 3\n    zone_awareness_enabled = true\n  }\n')], bad: [tf('')] },
  },
})
