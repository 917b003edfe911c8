import { defineCheck } from '../../core/check.js'
import { isRecommendedApiGatewayPolicy, recommendedApiGatewayPolicies } from '../../analysis/apigateway-security-policies.js'

export default defineCheck({
  meta: {
    id: 'apigateway-domain-recommended-security-policy',
    resourceType: 'apigateway.domain-name',
    title: 'API Gateway custom domain uses a recommended enhanced security policy',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Compares the security policy of every API Gateway custom domain name with the fixed list of recommended enhanced policies in data/apigateway-security-policies.json (the 2025 TLS 1.3 and post-quantum policies Security Hub APIGateway.11 accepts). The legacy policies TLS_1_0 and TLS_1_2 fail, and so do older enhanced policies such as SecurityPolicy_TLS13_1_2_2021_06. A template without a policy gets a legacy default and fails. Domains of HTTP and WebSocket APIs can only use TLS_1_2 and so always fail, as in Security Hub. apigateway-domain-tls-1-2 is the looser TLS 1.2 minimum check.',
    risk: 'Legacy policies keep CBC and non-forward-secret cipher suites (and TLS 1.0 for TLS_1_0) on offer; a recorded session without forward secrecy can be decrypted later if the certificate key leaks, and clients can negotiate the weakest suite the domain accepts.',
    remediation: {
      text: 'Switch the domain to a recommended enhanced policy (SecurityPolicy_TLS13_1_3_2025_09 or SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09 for regional and private domains, SecurityPolicy_TLS13_2025_EDGE or SecurityPolicy_TLS12_PFS_2025_EDGE for edge-optimized ones) and set the endpoint access mode to STRICT. Enhanced policies exclude mutual TLS and HTTP API mappings on that domain; check client TLS versions in access logs ($context.tlsVersion) first.',
      cli: 'aws apigateway update-domain-name --domain-name <domain> --patch-operations op=replace,path=/securityPolicy,value=SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09 op=replace,path=/endpointAccessMode,value=STRICT',
      cloudformation: 'ApiDomain:\n  Type: AWS::ApiGateway::DomainName\n  Properties:\n    DomainName: api.example.com\n    RegionalCertificateArn: !Ref Certificate\n    EndpointConfiguration: { Types: [REGIONAL] }\n    SecurityPolicy: SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09\n    EndpointAccessMode: STRICT',
      terraform: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = aws_acm_certificate.api.arn\n  security_policy          = "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09"\n  endpoint_access_mode     = "STRICT"\n\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}',
    },
    messages: {
      recommended: 'Custom domain {{domain}} uses the recommended security policy {{policy}}.',
      notRecommended: 'Custom domain {{domain}} uses security policy {{policy}}, which is not one of the recommended policies ({{recommended}}).',
    },
  },
  evaluate(domain, { pass, fail }) {
    const data = { domain: domain.domainName, policy: domain.securityPolicy }
    if (isRecommendedApiGatewayPolicy(domain.securityPolicy)) return pass('recommended', data)
    return fail('notRecommended', { data: { ...data, recommended: recommendedApiGatewayPolicies().join(', ') }, at: 'securityPolicy' })
  },
})
