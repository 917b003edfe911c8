import check from './secretsmanager-secret-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { secret } from '../../../test/factories/index.js'

const grant = (account: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Reporting', Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${account}:role/reporting` }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] })

testCheck(check, {
  valid: [{ name: 'own account role', resource: secret({ policy: grant('111122223333') }) }, { name: 'trusted account', resource: secret({ policy: grant('444455556666') }), options: { trustedAccounts: ['444455556666'] } }],
  invalid: [{ name: 'unknown account', resource: secret({ policy: grant('444455556666') }), messageId: 'untrustedAccount', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: secret({ policy: null, unresolved: { policy: 'AccessDenied' } }) }],
  skip: [{ name: 'no resource policy', resource: secret({ policy: null }) }],
  iac: {
    cloudformation: {
      good: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\nPolicy:\n  Type: AWS::SecretsManager::ResourcePolicy\n  Properties:\n    SecretId: !Ref Secret\n    ResourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123456789012:role/app" }, Action: secretsmanager:GetSecretValue, Resource: "*" }] }\n'],
      bad: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\nPolicy:\n  Type: AWS::SecretsManager::ResourcePolicy\n  Properties:\n    SecretId: !Ref Secret\n    ResourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:role/app" }, Action: secretsmanager:GetSecretValue, Resource: "*" }] }\n'],
    },
    terraform: {
      good: ['resource "aws_secretsmanager_secret" "s" {\n  name = "orders/db"\n}\nresource "aws_secretsmanager_secret_policy" "s" {\n  secret_arn = aws_secretsmanager_secret.s.arn\n  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, Action = "secretsmanager:GetSecretValue", Resource = "*" }] })\n}\n'],
      bad: ['resource "aws_secretsmanager_secret" "s" {\n  name = "orders/db"\n}\nresource "aws_secretsmanager_secret_policy" "s" {\n  secret_arn = aws_secretsmanager_secret.s.arn\n  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:role/app" }, Action = "secretsmanager:GetSecretValue", Resource = "*" }] })\n}\n'],
    },
  },
})
