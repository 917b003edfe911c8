import check from './opensearch-domain-https-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'TLS 1.2 PFS', resource: openSearchDomain() }, { name: 'TLS 1.2 2019', resource: openSearchDomain({ tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }) }],
  invalid: [
    { name: 'HTTP allowed', resource: openSearchDomain({ enforceHttps: false }), messageId: 'http', at: 'enforceHttps' },
    { name: 'TLS 1.0 allowed', resource: openSearchDomain({ tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }), messageId: 'oldTls', at: 'tlsSecurityPolicy' },
  ],
  unknown: [
    { name: 'no policy named (template)', resource: openSearchDomain({ tlsSecurityPolicy: undefined }) },
    { name: 'a policy clearsky does not know', resource: openSearchDomain({ tlsSecurityPolicy: 'Policy-Min-TLS-1-3-2030-01' }) },
  ],
  iac: {
    cloudformation: {
      good: [dom('    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07 }\n')],
      bad: [dom(''), dom('    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07 }\n')],
    },
    terraform: {
      good: [tf('  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n')],
      bad: [tf('  domain_endpoint_options {\n    enforce_https = false\n  }\n')],
    },
  },
})
