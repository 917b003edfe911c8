import { defineCheck } from '../../core/check.js'
import { publicPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-policy-not-public',
    resourceType: 'ecr.repository',
    title: 'ECR repository policy does not grant access to everyone',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'Reads the repository policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account: `"Principal": "*"` without a condition that pins callers to accounts, an organization or a source. Repositories without a policy pass.',
    risk: 'A public repository policy lets any AWS customer pull the images — and the source code, configuration and secrets baked into their layers — or, with push actions, replace them with malicious ones.',
    remediation: {
      text: 'Replace the wildcard principal with the accounts that need the images, or add an aws:PrincipalOrgID condition. Use ECR Public for images that are meant to be public.',
      cli: 'aws ecr get-repository-policy --repository-name <name>\n# edit the public statement, then:\naws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
      cloudformation: 'Repository:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryName: orders\n    RepositoryPolicyText:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: PullFromTheOrganization\n          Effect: Allow\n          Principal: "*"\n          Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]\n          Condition: { StringEquals: { aws:PrincipalOrgID: o-a1b2c3d4e5 } }',
      terraform: 'resource "aws_ecr_repository_policy" "orders" {\n  repository = aws_ecr_repository.orders.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "PullFromTheOrganization"\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }\n    }]\n  })\n}',
    },
    messages: {
      private: 'The policy of repository {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the policy of repository {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the policy of repository {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(repo, ctx) {
    if (!repo.policy) return ctx.pass('private', { name: repo.name })
    return publicPolicyVerdicts(ctx, repo, repo.policy, { private: 'private', public: 'public', publicAuthenticated: 'publicAuthenticated' })
  },
})
