import check from './ssm-parameter-secrets-secure-string.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, ssmParameter } from '../../../test/factories/index.js'

const plain = (name: string, type = 'String') => ssmParameter({ name, type, keyId: undefined })

testCheck(check, {
  valid: [
    { name: 'a password as SecureString', resource: ssmParameter() },
    { name: 'an API key as SecureString', resource: ssmParameter({ name: '/payments/stripe/api-key' }) },
    { name: 'a value under /secrets/ as SecureString', resource: ssmParameter({ name: '/orders/secrets/stripe' }) },
  ],
  invalid: [
    { name: 'a database password as String', resource: plain('/orders/db/password'), messageId: 'plain', at: 'type' },
    { name: 'a camelCase token name', resource: plain('/ci/githubToken'), messageId: 'plain' },
    { name: 'a name without path', resource: plain('STRIPE_SECRET_KEY'), messageId: 'plain' },
    { name: 'a connection string as StringList', resource: plain('/orders/db/connection-string', 'StringList'), messageId: 'plain' },
    { name: 'a value filed under /credentials/', resource: plain('/ci/credentials/npm'), messageId: 'plain' },
  ],
  unknown: [
    { name: 'parameters could not be listed', resource: plain('/orders/db/password'), gaps: [{ resourceType: 'ssm.parameter', region: REGION, code: 'AccessDenied', message: 'ssm:DescribeParameters denied' }] },
    { name: 'type from an unresolved template value', resource: ssmParameter({ name: '/orders/db/password', type: 'String', unresolved: { type: '!Ref ParamType' } }) },
  ],
  skip: [
    { name: 'an ordinary setting', resource: plain('/orders/log-level') },
    { name: 'a reference to a secret, not a secret', resource: plain('/orders/db/password-arn') },
    { name: 'a descriptive value under /secrets/', resource: plain('/orders/secrets/rotation-days') },
    { name: 'a service whose name contains token', resource: plain('/token-service/endpoint') },
  ],
  iac: {
    // CloudFormation cannot create a SecureString parameter: a good template keeps only
    // non-secret configuration in Parameter Store (skipped), and a secret there always fails.
    cloudformation: {
      good: [
        "Param:\n  Type: AWS::SSM::Parameter\n  Properties: { Name: /orders/api/base-url, Type: String, Value: 'https://api.example.com' }\n",
        "Param:\n  Type: AWS::SSM::Parameter\n  Properties: { Name: /orders/db/password-secret-arn, Type: String, Value: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders/db' }\n",
      ],
      bad: [
        "Param:\n  Type: AWS::SSM::Parameter\n  Properties: { Name: /orders/db/password, Type: String, Value: '{{resolve:secretsmanager:orders/db}}' }\n",
        "Param:\n  Type: AWS::SSM::Parameter\n  Properties: { Name: /payments/stripe/api-key, Type: StringList, Value: 'a,b' }\n",
      ],
    },
    terraform: {
      good: [
        `
variable "db_password" {
  type      = string
  sensitive = true
}
resource "aws_ssm_parameter" "db_password" {
  name   = "/orders/db/password"
  type   = "SecureString"
  key_id = "alias/params"
  value  = var.db_password
}
`,
        `
resource "aws_ssm_parameter" "base_url" {
  name  = "/orders/api/base-url"
  type  = "String"
  value = "https://api.example.com"
}
`,
      ],
      bad: [
        `
variable "api_key" {
  type      = string
  sensitive = true
}
resource "aws_ssm_parameter" "stripe" {
  name  = "/payments/stripe/api-key"
  type  = "String"
  value = var.api_key
}
`,
      ],
    },
  },
})
