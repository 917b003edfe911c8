import { defineCheck } from '../../core/check.js'
import { modernOpenSearchTlsPolicies, openSearchTlsPolicy } from '../../analysis/opensearch-tls.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-https-required',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain requires HTTPS with TLS 1.2 or later',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks that each OpenSearch Service domain refuses plain HTTP (EnforceHTTPS) and that its TLS security policy accepts only TLS 1.2 or later (Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10 or the FIPS policy; data/opensearch-tls-policies.json). A template that enforces HTTPS but names no policy leaves the choice to AWS and is reported as unknown.',
    risk: 'Over HTTP, credentials (basic auth for fine-grained access control, signed requests), queries and documents can be read and altered in transit; TLS 1.0 and 1.1 have known weaknesses and are rejected by current compliance regimes.',
    remediation: {
      text: 'Require HTTPS and select a TLS 1.2+ security policy.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  DomainEndpointOptions:\n    EnforceHTTPS: true\n    TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}',
    },
    messages: {
      modern: 'OpenSearch domain {{name}} requires HTTPS with {{policy}}.',
      http: 'OpenSearch domain {{name}} accepts plain HTTP requests.',
      oldTls: 'OpenSearch domain {{name}} accepts TLS {{minTls}} ({{policy}}); use {{modern}}.',
    },
  },
  evaluate(d, { pass, fail, unknown }) {
    if (!d.enforceHttps) return fail('http', { data: { name: d.name }, at: 'enforceHttps' })
    if (d.tlsSecurityPolicy === undefined) return unknown('no TLS security policy is named: AWS picks the default', { at: 'tlsSecurityPolicy' })
    const policy = openSearchTlsPolicy(d.tlsSecurityPolicy)
    if (!policy) return unknown(`TLS security policy ${d.tlsSecurityPolicy} is not one clearsky knows`, { at: 'tlsSecurityPolicy' })
    if (!policy.modern) return fail('oldTls', { data: { name: d.name, policy: policy.id, minTls: policy.minTls, modern: modernOpenSearchTlsPolicies().join(' or ') }, at: 'tlsSecurityPolicy' })
    return pass('modern', { name: d.name, policy: policy.id })
  },
})
