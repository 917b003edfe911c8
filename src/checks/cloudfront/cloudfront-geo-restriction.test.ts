import check from './cloudfront-geo-restriction.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'allow list', resource: cloudFrontDistribution({ geoRestriction: { type: 'whitelist', locations: ['DE', 'FR'] } }) },
    { name: 'block list', resource: cloudFrontDistribution({ geoRestriction: { type: 'blacklist', locations: ['KP'] } }) },
  ],
  invalid: [{ name: 'no restriction', resource: cloudFrontDistribution({ geoRestriction: { type: 'none', locations: [] } }), messageId: 'none', at: 'geoRestriction' }],
  unknown: [{ name: 'restriction from a parameter', resource: cloudFrontDistribution({ unresolved: { geoRestriction: '!Ref Countries' } }) }],
  iac: {
    cloudformation: {
      good: ['Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Restrictions: { GeoRestriction: { RestrictionType: whitelist, Locations: [DE, FR] } }\n'],
      bad: ['Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig: { Enabled: true }\n'],
    },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  restrictions {\n    geo_restriction {\n      restriction_type = "whitelist"\n      locations        = ["DE", "FR"]\n    }\n  }\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n}\n'],
    },
  },
})
