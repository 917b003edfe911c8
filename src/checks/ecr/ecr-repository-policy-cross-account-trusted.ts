import { defineCheck } from '../../core/check.js'
import { crossAccountPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-policy-cross-account-trusted',
    resourceType: 'ecr.repository',
    title: 'ECR repository policy shares images only with trusted accounts',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Lists every other AWS account and organization the repository policy lets pull or push images (as principals, or through account and organization conditions on a wildcard principal) and fails for each one not in the `trustedAccounts` / `trustedOrganizations` options. Public statements are left to ecr-repository-policy-not-public.',
    risk: 'An account added for a past integration, or a mistyped account id, keeps pulling your images — or pushing new ones — until someone notices.',
    remediation: {
      text: 'Remove the accounts that should not have access; list the intended ones in the check\'s trustedAccounts option so they are no longer reported.',
      cli: 'aws ecr get-repository-policy --repository-name <name>\n# remove the unknown account, then:\naws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
      terraform: 'resource "aws_ecr_repository_policy" "orders" {\n  repository = aws_ecr_repository.orders.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" } # a reviewed, trusted account\n      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]\n    }]\n  })\n}',
    },
    messages: {
      ownAccountOnly: 'The policy of repository {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the policy of repository {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the policy of repository {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(repo, ctx) {
    if (!repo.policy) return ctx.skip('the repository has no policy')
    return crossAccountPolicyVerdicts(ctx, repo, repo.policy, ctx.options, { ownAccountOnly: 'ownAccountOnly', untrustedAccount: 'untrustedAccount', untrustedOrganization: 'untrustedOrganization' })
  },
})
