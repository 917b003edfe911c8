import check from './cloudfront-default-root-object.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const cfn = (root: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n${root}      Origins: [{ Id: site, DomainName: site-bucket.s3.amazonaws.com, OriginAccessControlId: E1 }]\n      DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https }\n`
const tf = (root: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n${root}  origin {\n    origin_id                = "site"\n    domain_name              = "site-bucket.s3.amazonaws.com"\n    origin_access_control_id = "E1"\n  }\n  default_cache_behavior {\n    target_origin_id       = "site"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'index.html', resource: cloudFrontDistribution() }],
  invalid: [{ name: 'no root object in front of S3', resource: cloudFrontDistribution({ defaultRootObject: undefined }), messageId: 'missing', at: 'defaultRootObject' }],
  unknown: [{ name: 'root object from a parameter', resource: cloudFrontDistribution({ defaultRootObject: undefined, unresolved: { defaultRootObject: '!Ref Index' } }) }],
  skip: [{ name: 'default origin is an application', resource: cloudFrontDistribution({ defaultRootObject: undefined, cacheBehaviors: [{ pathPattern: '*', viewerProtocolPolicy: 'https-only', targetOriginId: 'api' }] }) }],
  iac: {
    cloudformation: { good: [cfn('      DefaultRootObject: index.html\n')], bad: [cfn('')] },
    terraform: { good: [tf('  default_root_object = "index.html"\n')], bad: [tf('')] },
  },
})
