import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-origin-https-only',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront talks to custom origins over HTTPS',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the origin protocol policy of every custom origin (load balancers, APIs, Lambda function URLs, any other host): https-only passes; match-viewer passes only when every cache behavior that routes to the origin requires HTTPS from viewers; http-only fails. S3 static-website endpoints only speak HTTP and fail with their own message. S3 REST origins always use HTTPS and are not considered.',
    risk: 'Requests and responses between the edge and an HTTP origin cross the internet in clear text, including cookies and authorization headers forwarded to the origin.',
    remediation: {
      text: 'Set OriginProtocolPolicy to https-only with TLS 1.2 (give the origin a certificate if it has none). For an S3 website endpoint, switch to the bucket\'s REST endpoint with origin access control and a default root object.',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set CustomOriginConfig.OriginProtocolPolicy to "https-only" and OriginSslProtocols to ["TLSv1.2"], then aws cloudfront update-distribution',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - Id: app\n          DomainName: app.example.com\n          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }\n      DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
      terraform: 'resource "aws_cloudfront_distribution" "app" {\n  # ...\n  origin {\n    origin_id   = "app"\n    domain_name = "app.example.com"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}',
    },
    messages: {
      https: 'Distribution {{name}} reaches every custom origin over HTTPS.',
      http: 'Distribution {{name}} reaches origin {{origin}} over plain HTTP ({{policy}}).',
      'website-endpoint': 'Origin {{origin}} of distribution {{name}} is an S3 website endpoint, which CloudFront can only reach over HTTP.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    const custom = d.origins.filter((o) => o.kind === 'custom' || o.kind === 'lambda-url' || o.kind === 's3-website')
    if (!custom.length) return skip('the distribution has no custom origin')
    const verdicts: Verdict[] = []
    for (const o of custom) {
      const init = { at: 'origins', subject: `origin ${o.id}` }
      if (o.kind === 's3-website') {
        verdicts.push(fail('website-endpoint', { data: { name: d.name, origin: o.id }, ...init }))
        continue
      }
      const policy = o.protocolPolicy ?? 'http-only'
      if (policy === 'https-only') continue
      if (policy === 'match-viewer') {
        const routes = d.cacheBehaviors.filter((b) => b.targetOriginId === o.id)
        if (routes.length && routes.every((b) => b.viewerProtocolPolicy !== 'allow-all')) continue
      }
      verdicts.push(fail('http', { data: { name: d.name, origin: o.id, policy }, ...init }))
    }
    return verdicts.length ? verdicts : pass('https', { name: d.name })
  },
})
