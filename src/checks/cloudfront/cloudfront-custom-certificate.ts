import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-custom-certificate',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution serves HTTPS with its own certificate',
    severity: 'low',
    categories: ['encryption'],
    description: 'Checks that the distribution presents a custom certificate (from ACM in us-east-1, or from IAM) rather than the shared *.cloudfront.net one. The shared certificate ties viewers to the cloudfront.net host name and is always served with the TLSv1 security policy, whatever the distribution\'s setting.',
    risk: 'On the shared certificate, viewers reach the site only under the opaque *.cloudfront.net name, which phishing copies can imitate, and CloudFront keeps accepting TLS 1.0 and 1.1 from them.',
    remediation: {
      text: 'Request a certificate for the site\'s domain in ACM (us-east-1), add the domain as an alternate domain name of the distribution and attach the certificate with SNI and a TLSv1.2_2021 or newer policy.',
      cli: 'aws acm request-certificate --region us-east-1 --domain-name www.example.com --validation-method DNS\n# then in the distribution config: Aliases [www.example.com], ViewerCertificate {"ACMCertificateArn": "<arn>", "SSLSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.2_2021"}\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Aliases: [www.example.com]\n      ViewerCertificate:\n        AcmCertificateArn: !Ref Certificate\n        SslSupportMethod: sni-only\n        MinimumProtocolVersion: TLSv1.2_2021',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  aliases = ["www.example.com"]\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}',
    },
    messages: {
      custom: 'Distribution {{name}} serves HTTPS with its own certificate.',
      'default-certificate': 'Distribution {{name}} serves HTTPS only with the shared *.cloudfront.net certificate.',
    },
  },
  evaluate(d, { pass, fail }) {
    const vc = d.viewerCertificate
    const custom = !vc.cloudFrontDefaultCertificate && Boolean(vc.acmCertificateArn || vc.iamCertificateId)
    return custom ? pass('custom', { name: d.name }) : fail('default-certificate', { data: { name: d.name }, at: 'viewerCertificate' })
  },
})
