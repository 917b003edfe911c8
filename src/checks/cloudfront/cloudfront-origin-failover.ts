import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-origin-failover',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution fails over to a second origin',
    severity: 'low',
    categories: ['resilience'],
    description: 'Checks that the distribution has an origin group with two origins (a primary and a secondary that CloudFront switches to when the primary answers with an error status or cannot be reached) and that some cache behavior routes to such a group. A group that no behavior targets gives no failover, so it fails with its own message.',
    risk: 'With a single origin behind each behavior, an outage or a misconfiguration of that origin (a deleted bucket, a region down) takes the whole site down; origin failover keeps serving from the secondary.',
    remediation: {
      text: 'Create a second origin (for S3, a replica bucket in another region), add an origin group with the primary and the secondary and the status codes to fail over on, and point the cache behaviors at the group.',
      cli: 'aws cloudfront get-distribution-config --id <id> > dist.json\n# add OriginGroups: {"Quantity": 1, "Items": [{"Id": "site-failover", "FailoverCriteria": {"StatusCodes": {"Quantity": 4, "Items": [500, 502, 503, 504]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "primary"}, {"OriginId": "secondary"}]}}]}\n# and set DefaultCacheBehavior.TargetOriginId to "site-failover", then:\naws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://config.json',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - { Id: primary, DomainName: !GetAtt Primary.RegionalDomainName, OriginAccessControlId: !GetAtt Oac.Id, S3OriginConfig: { OriginAccessIdentity: "" } }\n        - { Id: secondary, DomainName: !GetAtt Replica.RegionalDomainName, OriginAccessControlId: !GetAtt Oac.Id, S3OriginConfig: { OriginAccessIdentity: "" } }\n      OriginGroups:\n        Quantity: 1\n        Items:\n          - Id: site-failover\n            FailoverCriteria: { StatusCodes: { Quantity: 4, Items: [500, 502, 503, 504] } }\n            Members: { Quantity: 2, Items: [{ OriginId: primary }, { OriginId: secondary }] }\n      DefaultCacheBehavior: { TargetOriginId: site-failover, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6 }',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ... origin blocks "primary" and "secondary"\n  origin_group {\n    origin_id = "site-failover"\n    failover_criteria {\n      status_codes = [500, 502, 503, 504]\n    }\n    member {\n      origin_id = "primary"\n    }\n    member {\n      origin_id = "secondary"\n    }\n  }\n\n  default_cache_behavior {\n    target_origin_id       = "site-failover"\n    viewer_protocol_policy = "redirect-to-https"\n    allowed_methods        = ["GET", "HEAD"]\n    cached_methods         = ["GET", "HEAD"]\n    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"\n  }\n}',
    },
    messages: {
      failover: 'Distribution {{name}} routes to origin group {{group}}, which fails over between two origins.',
      none: 'Distribution {{name}} has no origin group with two origins: every behavior depends on a single origin.',
      unused: 'Distribution {{name}} has origin group {{group}} with two origins, but no cache behavior routes to it.',
    },
  },
  evaluate(d, { pass, fail, unknown }) {
    if (d.originGroups === undefined) return unknown('the source did not read the distribution\'s origin groups', { at: 'originGroups' })
    const pairs = d.originGroups.filter((g) => g.members.length >= 2)
    if (!pairs.length) return fail('none', { data: { name: d.name }, at: 'originGroups' })
    const targets = new Set(d.cacheBehaviors.map((b) => b.targetOriginId))
    const used = pairs.find((g) => targets.has(g.id))
    if (used) return pass('failover', { name: d.name, group: used.id })
    return fail('unused', { data: { name: d.name, group: pairs[0]!.id }, at: 'cacheBehaviors' })
  },
})
