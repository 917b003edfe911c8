import check from './apigateway-domain-tls-1-2.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayDomainName } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'TLS_1_2', resource: apiGatewayDomainName() },
    { name: 'enhanced TLS 1.3 only policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09' }) },
    { name: 'enhanced TLS 1.2+ policy', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06' }) },
  ],
  invalid: [{ name: 'TLS_1_0', resource: apiGatewayDomainName({ securityPolicy: 'TLS_1_0' }), messageId: 'legacy', at: 'securityPolicy' }],
  unknown: [
    { name: 'policy from a parameter', resource: apiGatewayDomainName({ unresolved: { securityPolicy: '!Ref Policy' } }) },
    { name: 'a policy name clearsky cannot read', resource: apiGatewayDomainName({ securityPolicy: 'SecurityPolicy_Custom_Future' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com, SecurityPolicy: TLS_1_2 }\n', 'Domain:\n  Type: AWS::ApiGatewayV2::DomainName\n  Properties:\n    DomainName: api.example.com\n    DomainNameConfigurations: [{ SecurityPolicy: TLS_1_2, EndpointType: REGIONAL }]\n'],
      bad: ['Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com, SecurityPolicy: TLS_1_0 }\n', 'Domain:\n  Type: AWS::ApiGateway::DomainName\n  Properties: { DomainName: api.example.com }\n'],
    },
    terraform: {
      good: ['resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}\n'],
      bad: ['resource "aws_api_gateway_domain_name" "api" {\n  domain_name = "api.example.com"\n}\n', 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_0"\n}\n'],
    },
  },
})
