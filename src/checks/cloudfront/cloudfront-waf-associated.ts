import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-waf-associated',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution is protected by an AWS WAF web ACL',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks that a web ACL (AWS WAF, CloudFront scope) is associated with the distribution. Disabled distributions are skipped.',
    risk: 'Without a web ACL the edge passes every request to the origins: injection payloads, bad bots and request floods reach the application and its bill.',
    remediation: {
      text: 'Create a web ACL with CloudFront scope (in us-east-1) with AWS managed rule groups and a rate-based rule, and set it on the distribution.',
      cli: 'aws wafv2 create-web-acl --region us-east-1 --scope CLOUDFRONT --name edge --default-action Allow={} --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=edge\n# then set WebACLId to the ACL ARN in the distribution config and run aws cloudfront update-distribution',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      WebACLId: !GetAtt EdgeWebAcl.Arn',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  web_acl_id = aws_wafv2_web_acl.edge.arn\n}',
    },
    messages: {
      associated: 'Distribution {{name}} is protected by web ACL {{webAcl}}.',
      none: 'Distribution {{name}} has no AWS WAF web ACL.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    if (!d.enabled) return skip('the distribution is disabled')
    if (d.webAclId) return pass('associated', { name: d.name, webAcl: d.webAclId.split('/').slice(-2, -1)[0] || d.webAclId })
    return fail('none', { data: { name: d.name }, at: 'webAclId' })
  },
})
