import check from './cloudfront-waf-associated.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'web ACL', resource: cloudFrontDistribution() }],
  invalid: [{ name: 'no web ACL', resource: cloudFrontDistribution({ webAclId: undefined }), messageId: 'none', at: 'webAclId' }],
  unknown: [{ name: 'web ACL from an import', resource: cloudFrontDistribution({ unresolved: { webAclId: '!ImportValue EdgeAcl' } }) }],
  skip: [{ name: 'disabled distribution', resource: cloudFrontDistribution({ enabled: false, webAclId: undefined }) }],
  iac: {
    cloudformation: {
      good: ['Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig: { Enabled: true, WebACLId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1" }\n'],
      bad: ['Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig: { Enabled: true }\n'],
    },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled    = true\n  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1"\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n}\n'],
    },
  },
})
