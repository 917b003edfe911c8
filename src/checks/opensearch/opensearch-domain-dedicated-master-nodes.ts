import { defineCheck } from '../../core/check.js'

/** `Elasticsearch_7.10` (OpenSearch API) or a bare `7.10` (the legacy Elasticsearch resources of templates). */
function isElasticsearch(engineVersion: string | undefined): boolean | undefined {
  if (engineVersion === undefined) return undefined
  return engineVersion.startsWith('Elasticsearch_') || /^\d/.test(engineVersion)
}

export default defineCheck({
  meta: {
    id: 'opensearch-domain-dedicated-master-nodes',
    resourceType: 'opensearch.domain',
    title: 'Elasticsearch domain has at least three dedicated master nodes',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that each domain running the Elasticsearch engine has dedicated master (primary) nodes enabled and at least three of them. As in the AWS control, domains running the OpenSearch engine are skipped (a domain whose template names no engine version gets OpenSearch); set the `includeOpenSearch` option to hold them to the same rule.',
    risk: 'Without three dedicated master nodes, cluster management runs on busy data nodes or on one or two masters: losing one leaves the cluster without a quorum to elect a master, and blue/green updates can overload it, making the domain unavailable for reads and writes.',
    remediation: {
      text: 'Enable dedicated master nodes and run three of them (five only for very large clusters), of an instance type sized for the cluster.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=m6g.large.search',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: Elasticsearch_7.10\n  ClusterConfig:\n    InstanceCount: 3\n    DedicatedMasterEnabled: true\n    DedicatedMasterCount: 3\n    DedicatedMasterType: m6g.large.search',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "Elasticsearch_7.10"\n  cluster_config {\n    instance_count           = 3\n    dedicated_master_enabled = true\n    dedicated_master_count   = 3\n    dedicated_master_type    = "m6g.large.search"\n  }\n}',
    },
    messages: {
      enough: 'Domain {{name}} has {{count}} dedicated master nodes.',
      none: 'Domain {{name}} has no dedicated master nodes.',
      few: 'Domain {{name}} has only {{count}} dedicated master node(s); at least 3 are needed for a quorum.',
    },
    options: { includeOpenSearch: false },
  },
  evaluate(d, { pass, fail, skip, unknown, options }) {
    if (options.includeOpenSearch !== true && isElasticsearch(d.engineVersion) !== true) return skip('the domain runs the OpenSearch engine')
    if (d.dedicatedMasterEnabled === undefined) return unknown('whether dedicated master nodes are enabled is not known', { at: 'dedicatedMasterEnabled' })
    if (!d.dedicatedMasterEnabled) return fail('none', { data: { name: d.name }, at: 'dedicatedMasterEnabled' })
    if (d.dedicatedMasterCount === undefined) return unknown('the number of dedicated master nodes is not known', { at: 'dedicatedMasterCount' })
    if (d.dedicatedMasterCount < 3) return fail('few', { data: { name: d.name, count: d.dedicatedMasterCount }, at: 'dedicatedMasterCount' })
    return pass('enough', { name: d.name, count: d.dedicatedMasterCount })
  },
})
