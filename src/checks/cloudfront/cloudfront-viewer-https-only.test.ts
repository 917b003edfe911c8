import check from './cloudfront-viewer-https-only.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const cfn = (viewer: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: ${viewer} }\n`
const tf = (viewer: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n  default_cache_behavior {\n    target_origin_id       = "app"\n    viewer_protocol_policy = "${viewer}"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n  }\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'redirect and https-only', resource: cloudFrontDistribution() }],
  invalid: [
    { name: 'default behavior allow-all', resource: cloudFrontDistribution({ cacheBehaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all', targetOriginId: 'site' }] }), messageId: 'allow-all', at: 'cacheBehaviors' },
    { name: 'one ordered behavior allow-all', resource: cloudFrontDistribution({ cacheBehaviors: [...cloudFrontDistribution().cacheBehaviors, { pathPattern: '/legacy/*', viewerProtocolPolicy: 'allow-all', targetOriginId: 'site' }] }), messageId: 'allow-all', count: 1 },
  ],
  unknown: [{ name: 'behaviors from a parameter', resource: cloudFrontDistribution({ unresolved: { cacheBehaviors: '!Ref ViewerPolicy' } }) }],
  iac: {
    cloudformation: { good: [cfn('redirect-to-https'), cfn('https-only')], bad: [cfn('allow-all')] },
    terraform: { good: [tf('redirect-to-https')], bad: [tf('allow-all')] },
  },
})
