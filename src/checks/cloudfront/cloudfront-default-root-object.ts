import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-default-root-object',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution in front of S3 has a default root object',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'For distributions whose default cache behavior routes to an S3 origin, checks that a default root object (index.html …) is set, so that a request for the root URL returns that object instead of asking S3 for the bucket itself. Distributions whose default origin is not S3 are skipped: the application there answers the root URL.',
    risk: 'Without a default root object a request for https://example.com/ is forwarded as a request for the bucket; if the origin is allowed to list the bucket, every object key — including files that were never meant to be linked — is returned to anyone.',
    remediation: {
      text: 'Set DefaultRootObject to the site\'s index document (for example index.html).',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set "DefaultRootObject": "index.html", then aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      DefaultRootObject: index.html',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  default_root_object = "index.html"\n}',
    },
    messages: {
      set: 'Distribution {{name}} serves {{object}} for its root URL.',
      missing: 'Distribution {{name}} has no default root object in front of S3 origin {{origin}}.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    const target = d.cacheBehaviors.find((b) => b.pathPattern === '*')?.targetOriginId
    const origin = d.origins.find((o) => o.id === target)
    if (!origin || origin.kind !== 's3') return skip('the default cache behavior does not route to an S3 origin')
    if (d.defaultRootObject) return pass('set', { name: d.name, object: d.defaultRootObject })
    return fail('missing', { data: { name: d.name, origin: origin.id }, at: 'defaultRootObject' })
  },
})
