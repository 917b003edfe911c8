import check from './cloudfront-origin-failover.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const twoOrigins = [
  { id: 'primary', domainName: 'site-bucket.s3.us-east-1.amazonaws.com', kind: 's3' as const, originAccessControlId: 'E1' },
  { id: 'secondary', domainName: 'site-replica.s3.us-west-2.amazonaws.com', kind: 's3' as const, originAccessControlId: 'E1' },
]
const group = { id: 'site-failover', members: ['primary', 'secondary'] }
const routed = (target: string) => [{ pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https', targetOriginId: target }]

const cfn = (groups: string, target: string) =>
  `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - { Id: primary, DomainName: site-bucket.s3.us-east-1.amazonaws.com, OriginAccessControlId: E1, S3OriginConfig: { OriginAccessIdentity: "" } }\n        - { Id: secondary, DomainName: site-replica.s3.us-west-2.amazonaws.com, OriginAccessControlId: E1, S3OriginConfig: { OriginAccessIdentity: "" } }\n${groups}      DefaultCacheBehavior: { TargetOriginId: ${target}, ViewerProtocolPolicy: redirect-to-https }\n`
const cfnGroup = `      OriginGroups:\n        Quantity: 1\n        Items:\n          - Id: site-failover\n            FailoverCriteria: { StatusCodes: { Quantity: 2, Items: [500, 503] } }\n            Members: { Quantity: 2, Items: [{ OriginId: primary }, { OriginId: secondary }] }\n`
const tf = (groups: string, target: string) =>
  `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id                = "primary"\n    domain_name              = "site-bucket.s3.us-east-1.amazonaws.com"\n    origin_access_control_id = "E1"\n  }\n  origin {\n    origin_id                = "secondary"\n    domain_name              = "site-replica.s3.us-west-2.amazonaws.com"\n    origin_access_control_id = "E1"\n  }\n${groups}  default_cache_behavior {\n    target_origin_id       = "${target}"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n  }\n}\n`
const tfGroup = `  origin_group {\n    origin_id = "site-failover"\n    failover_criteria {\n      status_codes = [500, 503]\n    }\n    member {\n      origin_id = "primary"\n    }\n    member {\n      origin_id = "secondary"\n    }\n  }\n`

testCheck(check, {
  valid: [
    { name: 'secure default: /static/* fails over', resource: cloudFrontDistribution() },
    { name: 'default behavior routes to a failover group', resource: cloudFrontDistribution({ origins: twoOrigins, originGroups: [group], cacheBehaviors: routed('site-failover') }) },
  ],
  invalid: [
    { name: 'no origin group', resource: cloudFrontDistribution({ originGroups: [] }), messageId: 'none', at: 'originGroups' },
    { name: 'group with one member', resource: cloudFrontDistribution({ origins: twoOrigins, originGroups: [{ id: 'g', members: ['primary'] }], cacheBehaviors: routed('g') }), messageId: 'none' },
    { name: 'group no behavior uses', resource: cloudFrontDistribution({ origins: twoOrigins, originGroups: [group], cacheBehaviors: routed('primary') }), messageId: 'unused', at: 'cacheBehaviors' },
  ],
  unknown: [
    { name: 'origin groups not read (older snapshot)', resource: cloudFrontDistribution({ originGroups: undefined }) },
    { name: 'groups from a parameter', resource: cloudFrontDistribution({ originGroups: [], unresolved: { originGroups: '!Ref Groups' } }) },
  ],
  iac: {
    cloudformation: { good: [cfn(cfnGroup, 'site-failover')], bad: [cfn('', 'primary'), cfn(cfnGroup, 'primary')] },
    terraform: { good: [tf(tfGroup, 'site-failover')], bad: [tf('', 'primary'), tf(tfGroup, 'primary')] },
  },
})
