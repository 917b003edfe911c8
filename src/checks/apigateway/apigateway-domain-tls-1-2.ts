import { defineCheck } from '../../core/check.js'

/** Minimum TLS version an API Gateway security policy accepts; undefined for a name clearsky cannot read. */
function minimumTls(policy: string): string | undefined {
  if (policy === 'TLS_1_0') return '1.0'
  if (policy === 'TLS_1_2') return '1.2'
  // Enhanced policies name the TLS range: SecurityPolicy_TLS13_1_3_2025_09 (1.3 only), SecurityPolicy_TLS13_1_2_… (1.2 and 1.3).
  const m = /^SecurityPolicy_TLS1\d_(\d)_(\d)(?:_|$)/.exec(policy)
  return m ? `${m[1]}.${m[2]}` : undefined
}

export default defineCheck({
  meta: {
    id: 'apigateway-domain-tls-1-2',
    resourceType: 'apigateway.domain-name',
    title: 'API Gateway custom domain accepts only TLS 1.2 or later',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the security policy of every API Gateway custom domain name: TLS_1_2 or an enhanced policy (SecurityPolicy_…) whose minimum is TLS 1.2 or 1.3 passes; TLS_1_0 fails. A template that sets no policy fails too: it leaves the choice to the API default, which has been TLS_1_0 for edge-optimized and regional domains. Enhanced policies whose name clearsky cannot read are reported as unknown.',
    risk: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC and SHA-1 cipher suites) and are no longer allowed by PCI DSS; a client or attacker can negotiate the API down to them.',
    remediation: {
      text: 'Set the domain\'s security policy to TLS_1_2 (or an enhanced SecurityPolicy_TLS13_… policy). Check first, from the access logs ($context.tlsVersion), that no client still connects with TLS 1.0.',
      cli: 'aws apigateway update-domain-name --domain-name <domain> --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
      cloudformation: 'ApiDomain:\n  Type: AWS::ApiGateway::DomainName\n  Properties:\n    DomainName: api.example.com\n    RegionalCertificateArn: !Ref Certificate\n    EndpointConfiguration: { Types: [REGIONAL] }\n    SecurityPolicy: TLS_1_2',
      terraform: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = aws_acm_certificate.api.arn\n  security_policy          = "TLS_1_2"\n\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}',
    },
    messages: {
      modern: 'Custom domain {{domain}} accepts TLS {{minimum}} or later ({{policy}}).',
      legacy: 'Custom domain {{domain}} still accepts TLS {{minimum}} ({{policy}}).',
    },
  },
  evaluate(domain, { pass, fail, unknown }) {
    const minimum = minimumTls(domain.securityPolicy)
    const data = { domain: domain.domainName, policy: domain.securityPolicy }
    if (minimum === undefined) return unknown(`security policy ${domain.securityPolicy} is not one clearsky knows`, { at: 'securityPolicy' })
    return Number(minimum) >= 1.2 ? pass('modern', { ...data, minimum }) : fail('legacy', { data: { ...data, minimum }, at: 'securityPolicy' })
  },
})
