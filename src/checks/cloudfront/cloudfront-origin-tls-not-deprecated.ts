import { defineCheck, type Verdict } from '../../core/check.js'

const DEPRECATED = new Set(['SSLv3', 'TLSv1', 'TLSv1.1'])

export default defineCheck({
  meta: {
    id: 'cloudfront-origin-tls-not-deprecated',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront offers custom origins no deprecated SSL/TLS protocols',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the origin SSL protocols of every custom origin CloudFront may reach over HTTPS: SSLv3, TLSv1 and TLSv1.1 (deprecated by RFC 7568 and RFC 8996) must not be offered. Origins reached only over HTTP are left to cloudfront-origin-https-only.',
    risk: 'If CloudFront offers a deprecated protocol and the origin accepts it, the connection between edge and origin can be downgraded to protocols with practical attacks (POODLE, BEAST).',
    remediation: {
      text: 'Set OriginSSLProtocols to TLSv1.2 only (the origin must support it).',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set CustomOriginConfig.OriginSslProtocols to {"Quantity":1,"Items":["TLSv1.2"]}, then aws cloudfront update-distribution',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - Id: app\n          DomainName: app.example.com\n          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
      terraform: 'resource "aws_cloudfront_distribution" "app" {\n  # ...\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}',
    },
    messages: {
      modern: 'Distribution {{name}} offers its custom origins only TLS 1.2 or later.',
      deprecated: 'Distribution {{name}} may reach origin {{origin}} with {{protocols}}.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    const https = d.origins.filter((o) => (o.kind === 'custom' || o.kind === 'lambda-url') && (o.protocolPolicy ?? 'http-only') !== 'http-only')
    if (!https.length) return skip('no custom origin is reached over HTTPS')
    const verdicts: Verdict[] = []
    for (const o of https) {
      // CloudFront's default for a custom origin created without a list is SSLv3, TLSv1, TLSv1.1 and TLSv1.2.
      const protocols = (o.sslProtocols ?? ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']).filter((p) => DEPRECATED.has(p))
      if (protocols.length) verdicts.push(fail('deprecated', { data: { name: d.name, origin: o.id, protocols: protocols.join(', ') }, at: 'origins', subject: `origin ${o.id}` }))
    }
    return verdicts.length ? verdicts : pass('modern', { name: d.name })
  },
})
