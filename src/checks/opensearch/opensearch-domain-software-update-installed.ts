import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-software-update-installed',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain has the latest service software installed',
    severity: 'low',
    categories: ['lifecycle'],
    description: 'Reads the service software state of each OpenSearch Service domain (OpenSearch and Elasticsearch engines): a domain with an update available that is not installed fails. Only a live scan knows this state; templates cannot express it.',
    risk: 'Service software updates carry the platform\'s security fixes and bug fixes; a domain that postpones them runs with known issues until AWS forces the update, usually at a time nobody chose.',
    remediation: {
      text: 'Start the service software update in a quiet period (or schedule it in the domain\'s off-peak window), and turn on automatic software updates so that later ones install on their own.',
      cli: 'aws opensearch start-service-software-update --domain-name <domain> --schedule-at OFF_PEAK_WINDOW',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  OffPeakWindowOptions:\n    Enabled: true\n  SoftwareUpdateOptions:\n    AutoSoftwareUpdateEnabled: true',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  off_peak_window_options {\n    enabled = true\n  }\n  software_update_options {\n    auto_software_update_enabled = true\n  }\n}',
    },
    messages: {
      current: 'Domain {{name}} runs the latest service software.',
      pending: 'Domain {{name}} has a service software update available that is not installed.',
    },
    liveOnly: true,
  },
  evaluate(d, { pass, fail, skip, unknown }) {
    if (d.softwareUpdateAvailable === undefined) {
      // A template (a resource with a source location) never says; a live domain that does not say is unknown.
      if (d.location) return skip('the service software state is known only to a live scan')
      return unknown('the domain did not report its service software state', { at: 'softwareUpdateAvailable' })
    }
    return d.softwareUpdateAvailable ? fail('pending', { data: { name: d.name }, at: 'softwareUpdateAvailable' }) : pass('current', { name: d.name })
  },
})
