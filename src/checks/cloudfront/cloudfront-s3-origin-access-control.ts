import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-s3-origin-access-control',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront S3 origins are reached through origin access control',
    severity: 'medium',
    categories: ['public-exposure'],
    description: 'Checks every S3 (REST endpoint) origin of the distribution for an origin access control (OAC). An origin that still uses a legacy origin access identity (OAI) fails with its own message — OAI cannot sign requests for SSE-KMS objects, PUTs or buckets in opt-in regions; one with neither means the bucket must be readable by anyone for CloudFront to serve it. S3 website endpoints are custom origins and are left to cloudfront-origin-https-only.',
    risk: 'Without OAC the bucket behind the distribution has to allow public reads (or OAI-style grants): anyone can fetch objects directly from S3, bypassing the distribution\'s WAF, geo restrictions, signed URLs and logging.',
    remediation: {
      text: 'Create an origin access control (signing behavior always, SigV4), attach it to the S3 origin, clear the OAI, and replace the bucket policy grant with one for the cloudfront.amazonaws.com service principal conditioned on AWS:SourceArn = the distribution ARN. Then turn on Block Public Access for the bucket.',
      cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=site,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3\n# set OriginAccessControlId on the origin (and S3OriginConfig.OriginAccessIdentity to ""), then aws cloudfront update-distribution',
      cloudformation: 'SiteOac:\n  Type: AWS::CloudFront::OriginAccessControl\n  Properties:\n    OriginAccessControlConfig: { Name: site, SigningProtocol: sigv4, SigningBehavior: always, OriginAccessControlOriginType: s3 }\nDistribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - Id: site\n          DomainName: site-bucket.s3.us-east-1.amazonaws.com\n          OriginAccessControlId: !GetAtt SiteOac.Id\n          S3OriginConfig: { OriginAccessIdentity: "" }\n      DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }',
      terraform: 'resource "aws_cloudfront_origin_access_control" "site" {\n  name                              = "site"\n  origin_access_control_origin_type = "s3"\n  signing_behavior                  = "always"\n  signing_protocol                  = "sigv4"\n}\n\nresource "aws_cloudfront_distribution" "site" {\n  # ...\n  origin {\n    origin_id                = "site"\n    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name\n    origin_access_control_id = aws_cloudfront_origin_access_control.site.id\n  }\n}',
    },
    messages: {
      oac: 'Every S3 origin of distribution {{name}} uses origin access control.',
      oai: 'S3 origin {{origin}} of distribution {{name}} uses a legacy origin access identity instead of origin access control.',
      none: 'S3 origin {{origin}} of distribution {{name}} has neither origin access control nor an origin access identity: its bucket must be publicly readable.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    const s3 = d.origins.filter((o) => o.kind === 's3')
    if (!s3.length) return skip('the distribution has no S3 origin')
    const verdicts: Verdict[] = []
    for (const o of s3) {
      if (o.originAccessControlId) continue
      verdicts.push(fail(o.originAccessIdentity ? 'oai' : 'none', { data: { name: d.name, origin: o.id }, at: 'origins', subject: `origin ${o.id}` }))
    }
    return verdicts.length ? verdicts : pass('oac', { name: d.name })
  },
})
