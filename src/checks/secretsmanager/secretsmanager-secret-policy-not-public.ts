import { defineCheck } from '../../core/check.js'
import { publicPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-policy-not-public',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret policy does not grant access to everyone',
    severity: 'critical',
    categories: ['public-exposure', 'secrets'],
    description: 'Reads the secret\'s resource policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account (a wildcard principal without a condition pinning accounts, an organization or a network path). Secrets without a resource policy pass. A policy that could not be read is reported as unknown.',
    risk: 'A public secret policy lets any AWS customer call GetSecretValue — the database password, API key or signing key in the secret is effectively published (if the secret uses the AWS managed key, cross-account reads fail; with a customer managed key whose policy also allows it, they succeed).',
    remediation: {
      text: 'Remove the public statement (Secrets Manager\'s BlockPublicPolicy validation rejects such policies: pass --block-public-policy when you put the policy), grant access to named roles instead, and rotate the secret.',
      cli: 'aws secretsmanager get-resource-policy --secret-id <secret>\naws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy\naws secretsmanager rotate-secret --secret-id <secret>',
      cloudformation: 'SecretPolicy:\n  Type: AWS::SecretsManager::ResourcePolicy\n  Properties:\n    SecretId: !Ref Secret\n    BlockPublicPolicy: true\n    ResourcePolicy:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { AWS: !GetAtt AppRole.Arn }\n          Action: secretsmanager:GetSecretValue\n          Resource: "*"',
      terraform: 'resource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn          = aws_secretsmanager_secret.db.arn\n  block_public_policy = true\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = aws_iam_role.app.arn }\n      Action    = "secretsmanager:GetSecretValue"\n      Resource  = "*"\n    }]\n  })\n}',
    },
    messages: {
      private: 'The resource policy of secret {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the resource policy of secret {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the resource policy of secret {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(s, ctx) {
    if (s.policy === undefined) return ctx.unknown('the secret\'s resource policy was not read', { at: 'policy' })
    if (s.policy === null) return ctx.pass('private', { name: s.name })
    return publicPolicyVerdicts(ctx, s, s.policy, { private: 'private', public: 'public', publicAuthenticated: 'publicAuthenticated' })
  },
})
