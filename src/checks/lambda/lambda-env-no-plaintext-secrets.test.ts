import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './lambda-env-no-plaintext-secrets.js'
import { evaluateCase, testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { FAKE_AWS_SECRET, VALUE_SAMPLES } from '../../../test/secret-samples.js'
import { maskedEnvValue } from '../../analysis/secrets/mask.js'

const env = (environment: Record<string, string>, unresolved?: Record<string, string>) => lambdaFunction({ environment, ...(unresolved ? { unresolved } : {}) })

testCheck(check, {
  valid: [
    { name: 'a table name', resource: lambdaFunction() },
    {
      name: 'references to secrets, not secrets',
      resource: env({
        DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders/db-AbCdEf',
        API_KEY_PARAM: '/prod/orders/api-key',
        DB_PASSWORD: '{{resolve:secretsmanager:orders/db:SecretString:password}}',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        CODE_SHA256: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
        DATABASE_URL: 'postgres://orders-db.internal:5432/orders',
      }),
    },
    { name: 'an unresolved value under a harmless name', resource: env({ TABLE_NAME: '' }, { 'environment.TABLE_NAME': '!Ref OrdersTable' }) },
  ],
  invalid: [
    { name: 'a literal password', resource: env({ TABLE_NAME: 'orders', DB_PASSWORD: 'hunter2-orders' }), messageId: 'secret', at: 'environment.DB_PASSWORD', count: 1 },
    { name: 'an AWS key pair', resource: env({ AWS_ACCESS_KEY_ID: VALUE_SAMPLES['aws-access-key-id']!, AWS_SECRET_ACCESS_KEY: FAKE_AWS_SECRET }), messageId: 'secret', at: 'environment.AWS_SECRET_ACCESS_KEY', count: 2 },
    { name: 'a GitHub token under a neutral name', resource: env({ UPSTREAM: VALUE_SAMPLES['github-token']! }), messageId: 'secret', at: 'environment.UPSTREAM' },
    { name: 'a connection string with a password', resource: env({ DATABASE_URL: VALUE_SAMPLES['url-credentials']! }), messageId: 'secret', at: 'environment.DATABASE_URL' },
    { name: 'a secret masked in a snapshot', resource: env({ DB_PASSWORD: maskedEnvValue('secret-name', 'hunter2-orders') }), messageId: 'masked-secret', at: 'environment.DB_PASSWORD' },
    {
      name: 'a plaintext secret next to an unresolved secret-named variable',
      resource: env({ API_TOKEN: VALUE_SAMPLES['slack-token']!, DB_PASSWORD: '' }, { 'environment.DB_PASSWORD': '!Ref DbPassword' }),
      messageId: 'secret',
      at: 'environment.API_TOKEN',
      count: 1,
    },
  ],
  unknown: [
    { name: 'a secret-named variable from an unresolved parameter', resource: env({ TABLE_NAME: 'orders', DB_PASSWORD: '' }, { 'environment.DB_PASSWORD': '!Ref DbPassword' }) },
    { name: 'environment could not be read', resource: env({}, { environment: 'AccessDenied' }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'no environment variables', resource: env({}) }],
  iac: {
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    Environment: { Variables: { TABLE: orders, DB_PASSWORD_SECRET_ARN: !Ref Secret } }\nSecret: { Type: AWS::SecretsManager::Secret, Properties: { GenerateSecretString: { PasswordLength: 32 } } }\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    Environment: { Variables: { DB_PASSWORD: Winter2024-orders-db! } }\n', 'Parameters:\n  Password: { Type: String, NoEcho: true, Default: Hunter2-Hunter2-x9 }\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs22.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: x }\n      Environment: { Variables: { DB_PASSWORD: !Ref Password } }\n'],
    },
    serverless: {
      good: ['service: s\nprovider: { name: aws, runtime: nodejs22.x, environment: { TABLE: orders } }\nfunctions:\n  api: { handler: h.main, environment: { DB_PASSWORD_PARAM: /orders/db-password } }\n'],
      bad: ['service: s\nprovider: { name: aws, runtime: nodejs22.x, environment: { DB_PASSWORD: Winter2024-orders-db! } }\nfunctions:\n  api: { handler: h.main }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  environment {
    variables = {
      TABLE                  = "orders"
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
    }
  }
}
resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  environment {
    variables = {
      DB_PASSWORD = "Winter2024-orders-db!"
    }
  }
}
`,
        `
variable "db_password" {
  type      = string
  sensitive = true
  default   = "Hunter2-Hunter2-x9"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  environment {
    variables = { DB_PASSWORD = var.db_password }
  }
}
`,
      ],
    },
  },
})

describe('lambda-env-no-plaintext-secrets messages', () => {
  it('name the variable and the kind, never the value', () => {
    const secret = VALUE_SAMPLES['stripe-secret-key']!
    const [f] = evaluateCase(check, { name: 'stripe', resource: env({ PAYMENTS_KEY: secret }) })
    assert.equal(f?.status, 'fail')
    assert.deepEqual([f!.messageId, f!.at, f!.data['variable'], f!.data['kind']], ['secret', 'environment.PAYMENTS_KEY', 'PAYMENTS_KEY', 'Stripe secret or restricted key'])
    // Not even a fragment of the value past its public prefix may reach the finding.
    assert.ok(!JSON.stringify(f).includes(secret.slice(4, 12)))
  })
  it('report the unresolved variable at its path', () => {
    const fs = evaluateCase(check, { name: 'u', resource: env({ DB_PASSWORD: '' }, { 'environment.DB_PASSWORD': '!Ref DbPassword' }) })
    assert.deepEqual(fs.map((f) => [f.status, f.at]), [['unknown', 'environment.DB_PASSWORD']])
  })
})
