import check from './cloudfront-origin-tls-not-deprecated.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const app = (sslProtocols?: string[]) => ({ id: 'app', domainName: 'app.example.com', kind: 'custom' as const, protocolPolicy: 'https-only', ...(sslProtocols ? { sslProtocols } : {}) })
const cfn = (protocols: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only${protocols} } }]\n`

testCheck(check, {
  valid: [{ name: 'TLSv1.2 only', resource: cloudFrontDistribution() }],
  invalid: [
    { name: 'SSLv3 offered', resource: cloudFrontDistribution({ origins: [app(['SSLv3', 'TLSv1.2'])] }), messageId: 'deprecated', at: 'origins' },
    { name: 'no list (CloudFront offers everything)', resource: cloudFrontDistribution({ origins: [app()] }), messageId: 'deprecated' },
  ],
  unknown: [{ name: 'origins unresolved', resource: cloudFrontDistribution({ unresolved: { origins: '!Ref Origins' } }) }],
  skip: [{ name: 'HTTP-only origin', resource: cloudFrontDistribution({ origins: [{ id: 'app', domainName: 'app.example.com', kind: 'custom', protocolPolicy: 'http-only' }] }) }],
  iac: {
    cloudformation: { good: [cfn(', OriginSSLProtocols: [TLSv1.2]')], bad: [cfn(', OriginSSLProtocols: [TLSv1, TLSv1.1, TLSv1.2]'), cfn('')] },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1", "TLSv1.2"]\n    }\n  }\n}\n'],
    },
  },
})
