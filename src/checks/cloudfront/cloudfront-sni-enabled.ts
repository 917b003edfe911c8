import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-sni-enabled',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution serves its custom certificate with SNI',
    severity: 'low',
    categories: ['encryption'],
    description: 'For a distribution with a custom certificate (ACM or IAM), checks that the SSL support method is `sni-only`. `vip` (dedicated IP addresses at every edge location, for clients without Server Name Indication) and `static-ip` fail. Distributions on the default *.cloudfront.net certificate are skipped.',
    risk: 'Dedicated-IP HTTPS exists only for very old clients that cannot send SNI; it costs a monthly fee per distribution and keeps those legacy clients (and their weak TLS stacks) supported. Every current browser and HTTP library sends SNI.',
    remediation: {
      text: 'Set the viewer certificate\'s SSL support method to sni-only.',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set ViewerCertificate.SSLSupportMethod to "sni-only", then:\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Aliases: [www.example.com]\n      ViewerCertificate:\n        AcmCertificateArn: !Ref Certificate\n        SslSupportMethod: sni-only\n        MinimumProtocolVersion: TLSv1.2_2021',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}',
    },
    messages: {
      sni: 'Distribution {{name}} serves its custom certificate with SNI.',
      'dedicated-ip': 'Distribution {{name}} serves its custom certificate from dedicated IP addresses (SSL support method {{method}}).',
    },
  },
  evaluate(d, { pass, fail, skip, unknown }) {
    const vc = d.viewerCertificate
    if (vc.cloudFrontDefaultCertificate || !(vc.acmCertificateArn || vc.iamCertificateId)) return skip('the distribution uses the default *.cloudfront.net certificate')
    // The API always answers the method, and CloudFormation and Terraform require it with a custom certificate.
    const method = vc.sslSupportMethod
    if (!method) return unknown('the SSL support method of the custom certificate is not known', { at: 'viewerCertificate' })
    return method === 'sni-only' ? pass('sni', { name: d.name }) : fail('dedicated-ip', { data: { name: d.name, method }, at: 'viewerCertificate' })
  },
})
