import check from './lambda-env-encrypted-with-cmk.js'
import { testCheck } from '../../../test/check-tester.js'
import { keyArn, kmsKey, lambdaFunction } from '../../../test/factories/index.js'

const awsKeyId = '0000aaaa-11bb-22cc-33dd-444444eeeeee'

testCheck(check, {
  valid: [
    { name: 'customer managed key', resource: lambdaFunction() },
    { name: 'customer managed key known to the inventory', resource: lambdaFunction(), related: { 'kms.key': [kmsKey()] } },
    {
      name: 'KMS listing failed: the key ARN still answers',
      resource: lambdaFunction(),
      gaps: [{ resourceType: 'kms.key', region: 'us-east-1', code: 'AccessDenied', message: 'kms:ListKeys denied' }],
    },
  ],
  invalid: [
    { name: 'no key: AWS managed aws/lambda', resource: lambdaFunction({ kmsKeyArn: undefined }), messageId: 'aws-managed', at: 'kmsKeyArn', count: 1 },
    { name: 'the aws/lambda alias given explicitly', resource: lambdaFunction({ kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/lambda' }), messageId: 'aws-managed-key-arn', at: 'kmsKeyArn' },
    {
      name: 'a key the inventory knows is AWS managed',
      resource: lambdaFunction({ kmsKeyArn: keyArn(awsKeyId) }),
      related: { 'kms.key': [kmsKey({ keyId: awsKeyId, manager: 'AWS', rotationEnabled: null })] },
      messageId: 'aws-managed-key-arn',
    },
  ],
  unknown: [
    { name: 'key from an unresolved reference', resource: lambdaFunction({ kmsKeyArn: undefined, unresolved: { kmsKeyArn: '!GetAtt Key.Arn' } }) },
    { name: 'environment could not be read', resource: lambdaFunction({ environment: {}, unresolved: { environment: 'AccessDenied' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'no environment variables', resource: lambdaFunction({ environment: {}, kmsKeyArn: undefined }) }],
  iac: {
    cloudformation: {
      good: [
        `
Key:
  Type: AWS::KMS::Key
  Properties: { EnableKeyRotation: true }
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    Environment: { Variables: { TABLE: orders } }
    KmsKeyArn: !GetAtt Key.Arn
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Key:
    Type: AWS::KMS::Key
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Environment: { Variables: { TABLE: orders } }
      KmsKeyArn: !GetAtt Key.Arn
`,
      ],
      bad: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    Environment: { Variables: { TABLE: orders } }
`,
        // The AWS managed key, named by its alias, is no customer managed key.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Environment: { Variables: { TABLE: orders } }
      KmsKeyArn: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/aws/lambda
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_kms_key" "lambda_env" {
  enable_key_rotation = true
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  kms_key_arn   = aws_kms_key.lambda_env.arn
  environment {
    variables = { TABLE = "orders" }
  }
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  environment {
    variables = { TABLE = "orders" }
  }
}
`,
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  kms_key_arn   = "arn:aws:kms:us-east-1:123456789012:alias/aws/lambda"
  environment {
    variables = { TABLE = "orders" }
  }
}
`,
      ],
    },
  },
})
