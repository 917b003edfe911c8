import check from './cloudfront-custom-certificate.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const cert = 'arn:aws:acm:us-east-1:111122223333:certificate/0a1b2c3d-0000-4000-8000-000000000002'
const cfn = (viewer: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https }\n${viewer}`
const tf = (viewer: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n  default_cache_behavior {\n    target_origin_id       = "app"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n  }\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n${viewer}}\n`

testCheck(check, {
  valid: [
    { name: 'ACM certificate', resource: cloudFrontDistribution() },
    { name: 'IAM certificate', resource: cloudFrontDistribution({ viewerCertificate: { cloudFrontDefaultCertificate: false, iamCertificateId: 'ASCAEXAMPLE', sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' } }) },
  ],
  invalid: [{ name: 'default certificate', resource: cloudFrontDistribution({ aliases: [], viewerCertificate: { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' } }), messageId: 'default-certificate', at: 'viewerCertificate' }],
  unknown: [{ name: 'certificate from a parameter', resource: cloudFrontDistribution({ unresolved: { viewerCertificate: 'AcmCertificateArn: !Ref Cert' } }) }],
  iac: {
    cloudformation: {
      good: [cfn(`      Aliases: [www.example.com]\n      ViewerCertificate: { AcmCertificateArn: ${cert}, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }\n`)],
      bad: [cfn(''), cfn('      ViewerCertificate: { CloudFrontDefaultCertificate: true }\n')],
    },
    terraform: {
      good: [tf(`  aliases = ["www.example.com"]\n  viewer_certificate {\n    acm_certificate_arn      = "${cert}"\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n`)],
      bad: [tf('  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n')],
    },
  },
})
