import { defineCheck } from '../../core/check.js'
import { cloudFrontTlsPolicy } from '../../analysis/cloudfront-tls.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-minimum-tls-version',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution accepts only modern TLS from viewers',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the viewer security policy against data/cloudfront-tls-policies.json: TLSv1.2_2021 and newer (TLSv1.2_2025, TLSv1.3_2025) pass; older policies, which accept TLS 1.0/1.1 or CBC and SHA-1 cipher suites, fail. A distribution on the default *.cloudfront.net certificate fails too: CloudFront then negotiates down to TLSv1 whatever the setting says. Unknown policy names are reported as unknown.',
    risk: 'Accepting TLS 1.0/1.1 and weak cipher suites lets viewers (or an attacker forcing a downgrade) use protocols with known attacks; PCI DSS forbids them.',
    remediation: {
      text: 'Use a custom certificate from ACM (in us-east-1) with SNI and set the security policy to TLSv1.2_2021 or newer.',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set ViewerCertificate: {"ACMCertificateArn": "<arn>", "SSLSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.2_2021"}, then:\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Aliases: [www.example.com]\n      ViewerCertificate:\n        AcmCertificateArn: !Ref Certificate\n        SslSupportMethod: sni-only\n        MinimumProtocolVersion: TLSv1.2_2021',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  aliases = ["www.example.com"]\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}',
    },
    messages: {
      modern: 'Distribution {{name}} accepts only TLS {{minimum}} or later with modern ciphers ({{policy}}).',
      legacy: 'Distribution {{name}} uses security policy {{policy}}, which still accepts TLS {{minimum}} or weak cipher suites.',
      'default-certificate': 'Distribution {{name}} uses the default *.cloudfront.net certificate, which CloudFront serves with TLSv1.',
    },
  },
  evaluate(d, { pass, fail, unknown }) {
    if (d.viewerCertificate.cloudFrontDefaultCertificate) return fail('default-certificate', { data: { name: d.name }, at: 'viewerCertificate' })
    const name = d.viewerCertificate.minimumProtocolVersion ?? 'TLSv1'
    const policy = cloudFrontTlsPolicy(name)
    if (!policy) return unknown(`viewer security policy ${name} is not in data/cloudfront-tls-policies.json`, { at: 'viewerCertificate' })
    return policy.modern ? pass('modern', { name: d.name, policy: name, minimum: policy.minTls }) : fail('legacy', { data: { name: d.name, policy: name, minimum: policy.minTls }, at: 'viewerCertificate' })
  },
})
