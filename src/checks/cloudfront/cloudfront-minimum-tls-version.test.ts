import check from './cloudfront-minimum-tls-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const base = cloudFrontDistribution()
const cert = (over: object) => cloudFrontDistribution({ viewerCertificate: { ...base.viewerCertificate, ...over } })
const cfn = (viewerCertificate: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      ViewerCertificate: ${viewerCertificate}\n`
const tf = (viewerCertificate: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  viewer_certificate {\n${viewerCertificate}\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'TLSv1.2_2021', resource: base }, { name: 'TLSv1.3_2025', resource: cert({ minimumProtocolVersion: 'TLSv1.3_2025' }) }],
  invalid: [
    { name: 'TLSv1.2_2019 (weak ciphers)', resource: cert({ minimumProtocolVersion: 'TLSv1.2_2019' }), messageId: 'legacy', at: 'viewerCertificate' },
    { name: 'TLSv1', resource: cert({ minimumProtocolVersion: 'TLSv1' }), messageId: 'legacy' },
    { name: 'default certificate', resource: cloudFrontDistribution({ viewerCertificate: { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' } }), messageId: 'default-certificate' },
  ],
  unknown: [
    { name: 'unknown policy name', resource: cert({ minimumProtocolVersion: 'TLSv1.4_2031' }) },
    { name: 'certificate settings from a parameter', resource: cloudFrontDistribution({ unresolved: { viewerCertificate: '!Ref Cert' } }) },
  ],
  iac: {
    cloudformation: {
      good: [cfn('{ AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }')],
      bad: [cfn('{ AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.1_2016 }'), cfn('{ CloudFrontDefaultCertificate: true }')],
    },
    terraform: {
      good: [tf('    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"')],
      bad: [tf('    cloudfront_default_certificate = true')],
    },
  },
})
