import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-viewer-https-only',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution requires HTTPS from viewers',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the viewer protocol policy of the default and every ordered cache behavior: redirect-to-https and https-only pass, allow-all (plain HTTP served as such) fails.',
    risk: 'Content served over plain HTTP can be read or modified between the viewer and the edge — session cookies, personal data, and scripts an attacker could rewrite.',
    remediation: {
      text: 'Set the viewer protocol policy of every cache behavior to redirect-to-https (or https-only for APIs).',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set ViewerProtocolPolicy to "redirect-to-https" in DefaultCacheBehavior and each CacheBehaviors item, then:\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      DefaultCacheBehavior:\n        TargetOriginId: site\n        ViewerProtocolPolicy: redirect-to-https\n        CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6\n      Origins:\n        - Id: site\n          DomainName: app.example.com\n          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  default_cache_behavior {\n    target_origin_id       = "site"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"\n  }\n}',
    },
    messages: {
      https: 'Every cache behavior of distribution {{name}} requires HTTPS from viewers.',
      'allow-all': 'Cache behavior {{path}} of distribution {{name}} serves viewers over plain HTTP (allow-all).',
    },
  },
  evaluate(d, { pass, fail }) {
    const verdicts: Verdict[] = d.cacheBehaviors
      .filter((b) => b.viewerProtocolPolicy === 'allow-all')
      .map((b) => fail('allow-all', { data: { name: d.name, path: b.pathPattern === '*' ? 'default (*)' : b.pathPattern }, at: 'cacheBehaviors', subject: b.pathPattern }))
    return verdicts.length ? verdicts : pass('https', { name: d.name })
  },
})
