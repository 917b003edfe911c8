import check from './apigateway-domain-recommended-security-policy.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayDomainName } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'TLS 1.3 only regional policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09' }) },
    { name: 'TLS 1.2+ forward-secret post-quantum policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09' }) },
    { name: 'edge-optimized TLS 1.3 policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_2025_EDGE', endpointType: 'EDGE' }) },
  ],
  invalid: [
    { name: 'legacy TLS_1_2', resource: apiGatewayDomainName({ securityPolicy: 'TLS_1_2' }), messageId: 'notRecommended', at: 'securityPolicy' },
    { name: 'legacy TLS_1_0', resource: apiGatewayDomainName({ securityPolicy: 'TLS_1_0' }), messageId: 'notRecommended', at: 'securityPolicy' },
    { name: 'older enhanced policy not on the list', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06' }), messageId: 'notRecommended', at: 'securityPolicy' },
    { name: 'legacy edge policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS12_2018_EDGE', endpointType: 'EDGE' }), messageId: 'notRecommended', at: 'securityPolicy' },
  ],
  unknown: [{ name: 'policy from a parameter', resource: apiGatewayDomainName({ unresolved: { securityPolicy: '!Ref Policy' } }) }],
  iac: {
    cloudformation: {
      good: ['Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com, SecurityPolicy: SecurityPolicy_TLS13_1_3_2025_09, EndpointAccessMode: STRICT }\n'],
      bad: ['Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com, SecurityPolicy: TLS_1_2 }\n', 'Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com }\n'],
    },
    terraform: {
      good: ['resource "aws_api_gateway_domain_name" "api" {\n  domain_name          = "api.example.com"\n  security_policy      = "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09"\n  endpoint_access_mode = "STRICT"\n}\n'],
      bad: ['resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}\n', 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name = "api.example.com"\n}\n'],
    },
  },
})
