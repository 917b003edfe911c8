import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-fault-tolerant',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain survives the loss of a node or zone',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that each OpenSearch Service domain has at least three data nodes spread over Availability Zones (zone awareness), so that replica shards live on other nodes and zones than their primaries.',
    risk: 'With one or two data nodes, or all of them in one zone, a node or zone failure makes indexes unavailable (red cluster) or loses writes.',
    remediation: {
      text: 'Run at least three data nodes with zone awareness on (three zones where the region has them), and at least one replica per index.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  ClusterConfig:\n    InstanceCount: 3\n    ZoneAwarenessEnabled: true\n    ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  cluster_config {\n    instance_count         = 3\n    zone_awareness_enabled = true\n    zone_awareness_config {\n      availability_zone_count = 3\n    }\n  }\n}',
    },
    messages: {
      tolerant: 'OpenSearch domain {{name}} has {{count}} data nodes spread over Availability Zones.',
      fewNodes: 'OpenSearch domain {{name}} has only {{count}} data node(s); at least 3 are needed to survive a node failure.',
      oneZone: 'OpenSearch domain {{name}} keeps all its data nodes in one Availability Zone (zone awareness is off).',
    },
  },
  evaluate(d, { pass, fail, unknown }) {
    if (d.instanceCount === undefined) return unknown('the number of data nodes is not known', { at: 'instanceCount' })
    if (d.instanceCount < 3) return fail('fewNodes', { data: { name: d.name, count: d.instanceCount }, at: 'instanceCount' })
    if (!d.zoneAwareness) return fail('oneZone', { data: { name: d.name }, at: 'zoneAwareness' })
    return pass('tolerant', { name: d.name, count: d.instanceCount })
  },
})
