import check from './opensearch-domain-software-update-installed.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'no update waiting', resource: openSearchDomain({ softwareUpdateAvailable: false }) },
    { name: 'Elasticsearch engine, no update waiting', resource: openSearchDomain({ engineVersion: 'Elasticsearch_7.10', softwareUpdateAvailable: false }) },
  ],
  invalid: [{ name: 'update available', resource: openSearchDomain({ softwareUpdateAvailable: true }), messageId: 'pending', at: 'softwareUpdateAvailable' }],
  unknown: [
    { name: 'live domain that did not report the state', resource: openSearchDomain({ softwareUpdateAvailable: undefined }) },
    { name: 'state unreadable', resource: openSearchDomain({ softwareUpdateAvailable: false, unresolved: { softwareUpdateAvailable: 'AccessDenied' } }) },
  ],
  skip: [{ name: 'a template', resource: openSearchDomain({ location: { file: 'template.yaml', startLine: 3, endLine: 20 } }) }],
})
