import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './lambda-layers-from-trusted-accounts.js'
import { evaluateCase, testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

const layer = (account: string, name = 'shared', version = 3) => ({ arn: `arn:aws:lambda:us-east-1:${account}:layer:${name}:${version}` })
const OWN = '111122223333'
const VENDOR = '444455556666'
const OTHER = '777788889999'

testCheck(check, {
  valid: [
    { name: 'a layer of the own account', resource: lambdaFunction({ layers: [layer(OWN)] }) },
    { name: 'a layer of a trusted account', resource: lambdaFunction({ layers: [layer(OWN), layer(VENDOR, 'insights', 38)] }), options: { trustedAccounts: [VENDOR] } },
    { name: 'own account taken from the function ARN', resource: lambdaFunction({ accountId: undefined, layers: [layer(OWN)] }) },
  ],
  invalid: [
    { name: 'a layer of another account', resource: lambdaFunction({ layers: [layer(OWN), layer(OTHER)] }), messageId: 'untrusted', at: 'layers.1', count: 1 },
    { name: 'AWS-published layers are not trusted by default', resource: lambdaFunction({ layers: [layer(VENDOR, 'LambdaInsightsExtension', 38)] }), messageId: 'untrusted', at: 'layers.0' },
    { name: 'one finding per untrusted layer', resource: lambdaFunction({ layers: [layer(OTHER, 'a'), layer(VENDOR, 'b')] }), options: { trustedAccounts: ['not-an-account', 42] }, messageId: 'untrusted', at: 'layers.1', count: 2 },
  ],
  unknown: [
    { name: 'a layer ARN from an unresolved reference', resource: lambdaFunction({ layers: [{ arn: '' }], unresolved: { 'layers.0.arn': '!Ref SharedLayer' } }) },
    { name: 'a layer reference that is not an ARN', resource: lambdaFunction({ layers: [{ arn: 'template.yaml#SharedLayer' }] }) },
    {
      name: 'own account unknown (IaC without an account)',
      resource: lambdaFunction({ accountId: undefined, arn: undefined, id: 'template.yaml#Orders', layers: [layer(OTHER)] }),
      accountId: '',
    },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'no layers', resource: lambdaFunction() }],
  iac: {
    cloudformation: {
      good: [
        // A layer published by the same template.
        `
Deps:
  Type: AWS::Lambda::LayerVersion
  Properties: { LayerName: deps, Content: { S3Bucket: artifacts, S3Key: deps.zip } }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, Layers: [!Ref Deps] }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Layers: [!Sub 'arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:layer:deps:4']
`,
      ],
      bad: [
        // A layer of another account runs inside the function with its role.
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, Layers: [arn:aws:lambda:us-east-1:444455556666:layer:vendor-agent:3] }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Layers: [!Sub 'arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:layer:deps:4', 'arn:aws:lambda:us-east-1:444455556666:layer:vendor-agent:3']
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_layer_version" "deps" {
  layer_name = "deps"
  filename   = "deps.zip"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  layers        = [aws_lambda_layer_version.deps.arn]
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  layers        = ["arn:aws:lambda:us-east-1:444455556666:layer:vendor-agent:3"]
}
`,
      ],
    },
  },
})

describe('lambda-layers-from-trusted-accounts findings', () => {
  it('name the publishing account and refine the subject to the layer', () => {
    const fs = evaluateCase(check, { name: 'x', resource: lambdaFunction({ layers: [layer(OTHER, 'pandas', 7)] }) })
    assert.deepEqual(fs.map((f) => [f.status, f.data['account'], f.data['layer'], f.subject]), [['fail', OTHER, 'pandas:7', layer(OTHER, 'pandas', 7).arn]])
  })
})
