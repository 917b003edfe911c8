import { defineCheck, type Verdict } from '../../core/check.js'
import { s3OriginBucket } from '../../analysis/cloudfront-origins.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-s3-origin-bucket-exists',
    resourceType: 'cloudfront.distribution',
    reads: ['s3.bucket', 'account.region'],
    title: 'CloudFront S3 origins point to buckets the account owns',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'Joins every S3 REST-endpoint origin of the distribution to the account\'s buckets (s3.bucket) by the bucket name in the origin domain. An origin whose bucket is not among them fails: the bucket was deleted, or it belongs to another account. The verdict is unknown when the buckets could not be listed, or when the origin names a region the scan did not cover. A bucket behind the legacy region-less endpoint (bucket.s3.amazonaws.com) is looked for in every scanned region, so scan every region the account uses. S3 website endpoints and custom domains in front of S3 are not judged.',
    risk: 'Bucket names are global: once the bucket behind an origin is deleted, anyone can create a bucket with that name in their own account and CloudFront will serve their content under your domain (subdomain takeover), or collect what your users upload.',
    remediation: {
      text: 'Point the origin at a bucket the account owns (recreate the bucket with that name right away if you still can), or remove the origin and the behaviors that use it.',
      cli: 'aws s3api create-bucket --bucket <bucket-name> --region <region> --create-bucket-configuration LocationConstraint=<region>\n# or remove the origin: aws cloudfront get-distribution-config --id <id>, edit Origins and the behaviors, then\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'SiteBucket:\n  Type: AWS::S3::Bucket\n  DeletionPolicy: Retain\nDistribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - Id: site\n          DomainName: !GetAtt SiteBucket.RegionalDomainName\n          OriginAccessControlId: !GetAtt SiteOac.Id\n          S3OriginConfig: { OriginAccessIdentity: "" }\n      DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }',
      terraform: 'resource "aws_s3_bucket" "site" {\n  bucket = "site-bucket-111122223333"\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\nresource "aws_cloudfront_distribution" "site" {\n  # ...\n  origin {\n    origin_id                = "site"\n    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name\n    origin_access_control_id = aws_cloudfront_origin_access_control.site.id\n  }\n}',
    },
    messages: {
      owned: 'Every S3 origin of distribution {{name}} points to a bucket of the account.',
      missing: 'S3 origin {{origin}} of distribution {{name}} points to bucket {{bucket}}, which is not among the account\'s buckets (deleted, or owned by another account).',
    },
    liveOnly: true,
  },
  evaluate(d, { pass, fail, skip, unknown, inventory }) {
    const s3 = d.origins.filter((o) => o.kind === 's3')
    if (!s3.length) return skip('the distribution has no S3 origin')
    const partition = d.arn?.split(':')[1] || 'aws'
    const verdicts: Verdict[] = []
    let scanned: Set<string> | undefined
    for (const o of s3) {
      const named = s3OriginBucket(o.domainName)
      if (!named) {
        verdicts.push(unknown(`origin ${o.id}: ${o.domainName} is not an S3 REST endpoint, so the bucket is not known`, { at: 'origins', subject: `origin ${o.id}` }))
        continue
      }
      if (inventory.get('s3.bucket', `arn:${partition}:s3:::${named.bucket}`)) continue
      const gaps = inventory.gapsFor('s3.bucket')
      if (gaps.length) {
        verdicts.push(unknown(`origin ${o.id}: the account's buckets could not all be listed (${gaps[0]!.code})`, { at: 'origins', subject: `origin ${o.id}` }))
        continue
      }
      scanned ??= new Set(inventory.list('account.region').map((r) => r.region))
      if (named.region && !scanned.has(named.region)) {
        verdicts.push(unknown(`origin ${o.id}: bucket ${named.bucket} is in ${named.region}, which the scan did not cover`, { at: 'origins', subject: `origin ${o.id}` }))
        continue
      }
      verdicts.push(fail('missing', { data: { name: d.name, origin: o.id, bucket: named.bucket }, at: 'origins', subject: `origin ${o.id}` }))
    }
    return verdicts.length ? verdicts : pass('owned', { name: d.name })
  },
})
