import check from './cloudfront-origin-https-only.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const app = (protocolPolicy: string) => ({ id: 'app', domainName: 'app.example.com', kind: 'custom' as const, protocolPolicy, sslProtocols: ['TLSv1.2'] })
const cfn = (policy: string, viewer = 'redirect-to-https') => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: ${policy}, OriginSSLProtocols: [TLSv1.2] } }]\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: ${viewer} }\n`

testCheck(check, {
  valid: [
    { name: 'https-only function URL origin', resource: cloudFrontDistribution() },
    { name: 'match-viewer behind HTTPS-only behaviors', resource: cloudFrontDistribution({ origins: [app('match-viewer')], cacheBehaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https', targetOriginId: 'app' }] }) },
  ],
  invalid: [
    { name: 'http-only', resource: cloudFrontDistribution({ origins: [app('http-only')] }), messageId: 'http', at: 'origins' },
    { name: 'match-viewer behind allow-all', resource: cloudFrontDistribution({ origins: [app('match-viewer')], cacheBehaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all', targetOriginId: 'app' }] }), messageId: 'http' },
    { name: 'S3 website endpoint', resource: cloudFrontDistribution({ origins: [{ id: 'web', domainName: 'site.s3-website-us-east-1.amazonaws.com', kind: 's3-website', protocolPolicy: 'http-only' }] }), messageId: 'website-endpoint' },
  ],
  unknown: [{ name: 'origins unresolved', resource: cloudFrontDistribution({ unresolved: { origins: '!Ref Origins' } }) }],
  skip: [{ name: 'S3 REST origin only', resource: cloudFrontDistribution({ origins: [{ id: 'site', domainName: 'b.s3.amazonaws.com', kind: 's3', originAccessControlId: 'E1' }] }) }],
  iac: {
    cloudformation: { good: [cfn('https-only'), cfn('match-viewer', 'https-only')], bad: [cfn('http-only'), cfn('match-viewer', 'allow-all')] },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "http-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n'],
    },
  },
})
