import check from './cloudfront-lambda-url-origin-oac.js'
import { testCheck } from '../../../test/check-tester.js'
import { cloudFrontDistribution } from '../../../test/factories/index.js'

const url = { id: 'api', domainName: 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws', kind: 'lambda-url' as const, protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'] }
const cfn = (oac: string) => `Dist:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins: [{ Id: api, DomainName: abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws, ${oac}CustomOriginConfig: { OriginProtocolPolicy: https-only } }]\n      DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }\n`

testCheck(check, {
  valid: [{ name: 'OAC on the function URL origin', resource: cloudFrontDistribution() }],
  invalid: [{ name: 'function URL origin without OAC', resource: cloudFrontDistribution({ origins: [url] }), messageId: 'none', at: 'origins' }],
  unknown: [{ name: 'origins unresolved', resource: cloudFrontDistribution({ unresolved: { origins: '!Ref Origins' } }) }],
  skip: [{ name: 'no function URL origin', resource: cloudFrontDistribution({ origins: [{ id: 'site', domainName: 'site-bucket.s3.us-east-1.amazonaws.com', kind: 's3', originAccessControlId: 'E1' }] }) }],
  iac: {
    cloudformation: { good: [cfn('OriginAccessControlId: E2OACAPI, ')], bad: [cfn('')] },
    terraform: {
      good: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id                = "api"\n    domain_name              = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws"\n    origin_access_control_id = "E2OACAPI"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n'],
      bad: ['resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n  origin {\n    origin_id   = "api"\n    domain_name = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws"\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}\n'],
    },
  },
})
