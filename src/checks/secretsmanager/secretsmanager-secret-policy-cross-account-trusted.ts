import { defineCheck } from '../../core/check.js'
import { crossAccountPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-policy-cross-account-trusted',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret is shared only with trusted accounts',
    severity: 'high',
    categories: ['least-privilege', 'secrets'],
    description: 'Lists every other AWS account and organization the secret\'s resource policy lets read or manage the secret and fails for each one not in the `trustedAccounts` / `trustedOrganizations` options. Public statements are left to secretsmanager-secret-policy-not-public; secrets without a policy are skipped.',
    risk: 'An account that can call GetSecretValue holds the credential in the secret; an account added for a past integration, or a mistyped id, keeps it until someone notices.',
    remediation: {
      text: 'Remove the accounts that should not read the secret and rotate it; list the intended ones in the check\'s trustedAccounts option.',
      cli: 'aws secretsmanager get-resource-policy --secret-id <secret>\naws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
      terraform: 'resource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn = aws_secretsmanager_secret.db.arn\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:role/reporting" } # a reviewed, trusted account\n      Action    = "secretsmanager:GetSecretValue"\n      Resource  = "*"\n    }]\n  })\n}',
    },
    messages: {
      ownAccountOnly: 'The resource policy of secret {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the resource policy of secret {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the resource policy of secret {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(s, ctx) {
    if (s.policy === undefined) return ctx.unknown('the secret\'s resource policy was not read', { at: 'policy' })
    if (s.policy === null) return ctx.skip('the secret has no resource policy')
    return crossAccountPolicyVerdicts(ctx, s, s.policy, ctx.options, { ownAccountOnly: 'ownAccountOnly', untrustedAccount: 'untrustedAccount', untrustedOrganization: 'untrustedOrganization' })
  },
})
