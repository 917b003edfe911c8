import { defineCheck } from '../../core/check.js'
import { crossAccountPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'sns-topic-policy-cross-account-trusted',
    resourceType: 'sns.topic',
    title: 'SNS topic policy grants other accounts access only when they are trusted',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Lists every other AWS account and organization the topic policy lets publish, subscribe or manage the topic (as principals, or through account and organization conditions on a wildcard principal) and fails for each one not in the `trustedAccounts` / `trustedOrganizations` options. Public statements are left to sns-topic-policy-not-public.',
    risk: 'An unknown account that can subscribe receives every message; one that can publish sends your subscribers whatever it wants; either keeps that access until someone notices.',
    remediation: {
      text: 'Remove the statements or principals for accounts that should not have access; list the intended ones in the check\'s trustedAccounts option.',
      cli: 'aws sns get-topic-attributes --topic-arn <topic-arn> --query Attributes.Policy --output text > policy.json\n# remove the unknown account, then:\naws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
      terraform: 'resource "aws_sns_topic_policy" "orders_events" {\n  arn = aws_sns_topic.orders_events.arn\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" } # a reviewed, trusted account\n      Action    = "sns:Subscribe"\n      Resource  = aws_sns_topic.orders_events.arn\n    }]\n  })\n}',
    },
    messages: {
      ownAccountOnly: 'The policy of topic {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the policy of topic {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the policy of topic {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(t, ctx) {
    if (!t.policy) return ctx.skip('the topic has no policy')
    return crossAccountPolicyVerdicts(ctx, t, t.policy, ctx.options, { ownAccountOnly: 'ownAccountOnly', untrustedAccount: 'untrustedAccount', untrustedOrganization: 'untrustedOrganization' })
  },
})
