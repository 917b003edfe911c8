import check from './cloudfront-s3-origin-access-control.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const site = { id: 'site', domainName: 'site-bucket.s3.us-east-1.amazonaws.com', kind: 's3' as const }
const cfn = (origin: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [${origin}]\n      DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https }\n`
const tf = (extra: string) => `resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "site"\n    domain_name = "site-bucket.s3.us-east-1.amazonaws.com"\n${extra}  }\n}\n`

testCheck(check, {
  valid: [{ name: 'OAC on the S3 origin', resource: cloudFrontDistribution() }],
  invalid: [
    { name: 'legacy OAI', resource: cloudFrontDistribution({ origins: [{ ...site, originAccessIdentity: 'origin-access-identity/cloudfront/E2QWRUHAPOMQZL' }] }), messageId: 'oai', at: 'origins' },
    { name: 'neither', resource: cloudFrontDistribution({ origins: [site] }), messageId: 'none' },
  ],
  unknown: [{ name: 'origins from a parameter', resource: cloudFrontDistribution({ unresolved: { origins: '!Ref Origins' } }) }],
  skip: [{ name: 'no S3 origin', resource: cloudFrontDistribution({ origins: [{ id: 'app', domainName: 'app.example.com', kind: 'custom', protocolPolicy: 'https-only' }] }) }],
  iac: {
    cloudformation: {
      good: [cfn('{ Id: site, DomainName: site-bucket.s3.us-east-1.amazonaws.com, OriginAccessControlId: E2OAC1, S3OriginConfig: { OriginAccessIdentity: "" } }')],
      bad: [cfn('{ Id: site, DomainName: site-bucket.s3.us-east-1.amazonaws.com, S3OriginConfig: { OriginAccessIdentity: origin-access-identity/cloudfront/E2QWRUHAPOMQZL } }'), cfn('{ Id: site, DomainName: site-bucket.s3.amazonaws.com, S3OriginConfig: {} }')],
    },
    terraform: {
      good: [tf('    origin_access_control_id = "E2OAC1"\n')],
      bad: [tf('    s3_origin_config {\n      origin_access_identity = "origin-access-identity/cloudfront/E2QWRUHAPOMQZL"\n    }\n')],
    },
  },
})
