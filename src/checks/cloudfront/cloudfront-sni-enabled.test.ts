import check from './cloudfront-sni-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const cert = 'arn:aws:acm:us-east-1:111122223333:certificate/0a1b2c3d-0000-4000-8000-000000000002'
const withMethod = (sslSupportMethod: string | undefined) =>
  cloudFrontDistribution({ viewerCertificate: { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.2_2021', acmCertificateArn: cert, ...(sslSupportMethod ? { sslSupportMethod } : {}) } })

const cfn = (method: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Aliases: [www.example.com]\n      Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https }\n      ViewerCertificate:\n        AcmCertificateArn: ${cert}\n        SslSupportMethod: ${method}\n        MinimumProtocolVersion: TLSv1.2_2021\n`
const tf = (method: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  aliases = ["www.example.com"]\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n  default_cache_behavior {\n    target_origin_id       = "app"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n  }\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n  viewer_certificate {\n    acm_certificate_arn      = "${cert}"\n    ssl_support_method       = "${method}"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'sni-only', resource: cloudFrontDistribution() }],
  invalid: [
    { name: 'dedicated IP (vip)', resource: withMethod('vip'), messageId: 'dedicated-ip', at: 'viewerCertificate' },
    { name: 'static-ip', resource: withMethod('static-ip'), messageId: 'dedicated-ip' },
  ],
  unknown: [
    { name: 'method from a parameter', resource: cloudFrontDistribution({ unresolved: { viewerCertificate: 'SslSupportMethod: !Ref Method' } }) },
    { name: 'method not known', resource: withMethod(undefined) },
  ],
  skip: [{ name: 'default certificate', resource: cloudFrontDistribution({ viewerCertificate: { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' } }) }],
  iac: {
    cloudformation: { good: [cfn('sni-only')], bad: [cfn('vip')] },
    terraform: { good: [tf('sni-only')], bad: [tf('vip')] },
  },
})
