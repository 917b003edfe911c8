import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-geo-restriction',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution restricts the countries it serves',
    severity: 'info',
    categories: ['network'],
    description: 'Informational: reports whether the distribution uses geographic restrictions (an allow list or a block list of countries). Whether a service should be reachable from everywhere is a business decision; this check only makes the choice visible, for example for sanctioned-country requirements.',
    risk: 'A distribution without geo restriction serves every country, including ones the business does not operate in and from which most attacks against it may come.',
    remediation: {
      text: 'If the service only has users in some countries, add a geographic allow list (or block the countries you must not serve).',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# set Restrictions.GeoRestriction to {"RestrictionType":"whitelist","Quantity":2,"Items":["DE","FR"]}, then aws cloudfront update-distribution',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Restrictions:\n        GeoRestriction: { RestrictionType: whitelist, Locations: [DE, FR, NL] }',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  restrictions {\n    geo_restriction {\n      restriction_type = "whitelist"\n      locations        = ["DE", "FR", "NL"]\n    }\n  }\n}',
    },
    messages: {
      restricted: 'Distribution {{name}} uses a geographic {{kind}} of {{count}} countries.',
      none: 'Distribution {{name}} serves every country (no geographic restriction).',
    },
  },
  evaluate(d, { pass, fail }) {
    const g = d.geoRestriction
    if (g.type !== 'none' && g.locations.length) return pass('restricted', { name: d.name, kind: g.type === 'whitelist' ? 'allow list' : 'block list', count: g.locations.length })
    return fail('none', { data: { name: d.name }, at: 'geoRestriction' })
  },
})
