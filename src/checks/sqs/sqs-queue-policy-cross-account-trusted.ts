import { defineCheck } from '../../core/check.js'
import { crossAccountPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'sqs-queue-policy-cross-account-trusted',
    resourceType: 'sqs.queue',
    title: 'SQS queue policy grants other accounts access only when they are trusted',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Lists every other AWS account and organization the queue policy lets send, receive or manage messages (as principals, or through account and organization conditions on a wildcard principal) and fails for each one not in the `trustedAccounts` / `trustedOrganizations` options. Public statements are left to sqs-queue-policy-not-public.',
    risk: 'An unknown account that can receive messages reads your data; one that can send injects work into your consumers; either keeps that access until someone notices.',
    remediation: {
      text: 'Remove the statements or principals for accounts that should not have access; list the intended ones in the check\'s trustedAccounts option.',
      cli: 'aws sqs get-queue-attributes --queue-url <queue-url> --attribute-names Policy\n# remove the unknown account, then:\naws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attribute.json',
      terraform: 'resource "aws_sqs_queue_policy" "orders" {\n  queue_url = aws_sqs_queue.orders.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" } # a reviewed, trusted account\n      Action    = "sqs:SendMessage"\n      Resource  = aws_sqs_queue.orders.arn\n    }]\n  })\n}',
    },
    messages: {
      ownAccountOnly: 'The policy of queue {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the policy of queue {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the policy of queue {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(q, ctx) {
    if (!q.policy) return ctx.skip('the queue has no policy')
    return crossAccountPolicyVerdicts(ctx, q, q.policy, ctx.options, { ownAccountOnly: 'ownAccountOnly', untrustedAccount: 'untrustedAccount', untrustedOrganization: 'untrustedOrganization' })
  },
})
