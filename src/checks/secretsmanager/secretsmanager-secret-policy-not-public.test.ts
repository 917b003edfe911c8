import check from './secretsmanager-secret-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { secret } from '../../../test/factories/index.js'

const anyone = (extra: object = {}) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*', ...extra }] })

testCheck(check, {
  valid: [{ name: 'no resource policy', resource: secret() }, { name: 'wildcard pinned to the organization', resource: secret({ policy: anyone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }) }],
  invalid: [{ name: 'anyone may read', resource: secret({ policy: anyone() }), messageId: 'public', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: secret({ policy: null, unresolved: { policy: 'AccessDenied (secretsmanager:GetResourcePolicy)' } }) }, { name: 'policies not read', resource: secret({ policy: undefined }) }],
  iac: {
    cloudformation: {
      good: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\n'],
      bad: ['Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\nPolicy:\n  Type: AWS::SecretsManager::ResourcePolicy\n  Properties:\n    SecretId: !Ref Secret\n    ResourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: "*", Action: secretsmanager:GetSecretValue, Resource: "*" }] }\n'],
    },
    terraform: {
      good: ['resource "aws_secretsmanager_secret" "s" {\n  name = "orders/db"\n}\n'],
      bad: ['resource "aws_secretsmanager_secret" "s" {\n  name = "orders/db"\n}\nresource "aws_secretsmanager_secret_policy" "s" {\n  secret_arn = aws_secretsmanager_secret.s.arn\n  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "secretsmanager:GetSecretValue", Resource = "*" }] })\n}\n'],
    },
  },
})
