/**
 * One function — execution role, public URL with CORS, a permission scoped by SourceArn, VPC
 * config, environment, DLQ, KMS key, tracing, concurrency — described four ways: a
 * CloudFormation template, a SAM template, a serverless.yml and a live-model object. Every
 * field checks read must come out equal.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LambdaFunction } from '../../src/model/lambda.js'
import { loadIac } from '../../src/sources/iac/load.js'
import { formatFileError } from '../../src/sources/iac/types.js'
import { ACCOUNT, fnArn, keyArn, lambdaFunction, roleArn } from '../factories/index.js'

const ROLE = roleArn('orders-role')
const KEY = keyArn('1234abcd-12ab-34cd-56ef-1234567890ab')
const DLQ = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-dlq`
const RULE = `arn:aws:events:us-east-1:${ACCOUNT}:rule/nightly`
const CSC = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-1`

const CFN = `
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Orders:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      Role: ${ROLE}
      Code: { S3Bucket: artifacts, S3Key: orders.zip }
      Architectures: [arm64]
      MemorySize: 256
      Timeout: 10
      KmsKeyArn: ${KEY}
      TracingConfig: { Mode: Active }
      ReservedConcurrentExecutions: 10
      CodeSigningConfigArn: ${CSC}
      DeadLetterConfig: { TargetArn: ${DLQ} }
      VpcConfig: { SubnetIds: [subnet-a, subnet-b], SecurityGroupIds: [sg-1] }
      Environment: { Variables: { TABLE_NAME: orders } }
  OrdersUrl:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: !GetAtt Orders.Arn
      AuthType: NONE
      Cors: { AllowOrigins: ['https://shop.example.com'], AllowMethods: [POST] }
  OrdersUrlPublic:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Orders, Action: lambda:InvokeFunctionUrl, Principal: '*', FunctionUrlAuthType: NONE }
  OrdersUrlInvoke:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Orders, Action: lambda:InvokeFunction, Principal: '*', InvokedViaFunctionUrl: true }
  NightlyPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !GetAtt Orders.Arn, Action: lambda:InvokeFunction, Principal: events.amazonaws.com, SourceArn: ${RULE} }
  OrdersLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 90 }
`

const SAM = `
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: nodejs22.x
    Architectures: [arm64]
    Tracing: Active
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Handler: index.handler
      CodeUri: src/
      Role: ${ROLE}
      MemorySize: 256
      Timeout: 10
      KmsKeyArn: ${KEY}
      ReservedConcurrentExecutions: 10
      CodeSigningConfigArn: ${CSC}
      DeadLetterQueue: { Type: SQS, TargetArn: ${DLQ} }
      VpcConfig: { SubnetIds: [subnet-a, subnet-b], SecurityGroupIds: [sg-1] }
      Environment: { Variables: { TABLE_NAME: orders } }
      FunctionUrlConfig:
        AuthType: NONE
        Cors: { AllowOrigins: ['https://shop.example.com'], AllowMethods: [POST] }
  NightlyPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Orders, Action: lambda:InvokeFunction, Principal: events.amazonaws.com, SourceArn: ${RULE} }
  OrdersLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /aws/lambda/orders, RetentionInDays: 90 }
`

const SERVERLESS = `
service: shop
provider:
  name: aws
  runtime: nodejs22.x
  architecture: arm64
  memorySize: 256
  timeout: 10
  logRetentionInDays: 90
  tracing: { lambda: true }
  environment:
    TABLE_NAME: orders
functions:
  orders:
    name: orders
    handler: index.handler
    role: ${ROLE}
    kmsKeyArn: ${KEY}
    reservedConcurrency: 10
    codeSigningConfigArn: ${CSC}
    onError: ${DLQ}
    vpc: { subnetIds: [subnet-a, subnet-b], securityGroupIds: [sg-1] }
    url:
      cors: { allowedOrigins: ['https://shop.example.com'], allowedMethods: [POST], allowedHeaders: [] }
resources:
  Resources:
    NightlyPermission:
      Type: AWS::Lambda::Permission
      Properties: { FunctionName: !GetAtt OrdersLambdaFunction.Arn, Action: lambda:InvokeFunction, Principal: events.amazonaws.com, SourceArn: ${RULE} }
`

const TERRAFORM = `
resource "aws_lambda_function" "orders" {
  function_name                  = "orders"
  runtime                        = "nodejs22.x"
  handler                        = "index.handler"
  role                           = "${ROLE}"
  s3_bucket                      = "artifacts"
  s3_key                         = "orders.zip"
  architectures                  = ["arm64"]
  memory_size                    = 256
  timeout                        = 10
  kms_key_arn                    = "${KEY}"
  reserved_concurrent_executions = 10
  code_signing_config_arn        = "${CSC}"
  tracing_config {
    mode = "Active"
  }
  dead_letter_config {
    target_arn = "${DLQ}"
  }
  vpc_config {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["sg-1"]
  }
  environment {
    variables = { TABLE_NAME = "orders" }
  }
}
resource "aws_lambda_function_url" "orders" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = "NONE"
  cors {
    allow_origins = ["https://shop.example.com"]
    allow_methods = ["POST"]
  }
}
resource "aws_lambda_permission" "url_public" {
  function_name          = aws_lambda_function.orders.function_name
  action                 = "lambda:InvokeFunctionUrl"
  principal              = "*"
  function_url_auth_type = "NONE"
}
resource "aws_lambda_permission" "url_invoke" {
  function_name            = aws_lambda_function.orders.function_name
  action                   = "lambda:InvokeFunction"
  principal                = "*"
  invoked_via_function_url = true
}
resource "aws_lambda_permission" "nightly" {
  function_name = aws_lambda_function.orders.arn
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com"
  source_arn    = "${RULE}"
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/orders"
  retention_in_days = 90
}
`

/** What GetFunction, GetPolicy and GetFunctionUrlConfig return for the same function. */
const LIVE = lambdaFunction({
  name: 'orders',
  url: { authType: 'NONE', cors: { allowOrigins: ['https://shop.example.com'], allowMethods: ['POST'], allowHeaders: [], allowCredentials: false } },
  policy: {
    Version: '2012-10-17',
    Id: 'default',
    Statement: [
      { Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: fnArn('orders'), Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } },
      { Sid: 'FunctionURLAllowInvokeAction', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: fnArn('orders'), Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } } },
      { Sid: 'nightly', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn('orders'), Condition: { ArnLike: { 'AWS:SourceArn': RULE } } },
    ],
  },
})

/** The fields checks read; statement ids are chosen by whoever adds a permission, so they are left out. */
function comparable(fn: LambdaFunction) {
  const statements = (fn.policy?.Statement ?? []).map(({ Sid: _sid, ...rest }) => JSON.stringify(rest)).sort()
  return {
    name: fn.name,
    arn: fn.arn,
    runtime: fn.runtime,
    handler: fn.handler,
    packageType: fn.packageType,
    role: fn.role,
    architectures: fn.architectures,
    memorySize: fn.memorySize,
    timeout: fn.timeout,
    environment: fn.environment,
    kmsKeyArn: fn.kmsKeyArn,
    subnetIds: fn.vpc?.subnetIds,
    securityGroupIds: fn.vpc?.securityGroupIds,
    deadLetterTargetArn: fn.deadLetterTargetArn,
    tracingMode: fn.tracingMode,
    layers: fn.layers,
    logGroup: fn.logging.logGroup,
    urlAuthType: fn.url?.authType,
    urlCors: fn.url?.cors,
    statements,
    reservedConcurrency: fn.reservedConcurrency,
    codeSigningConfigArn: fn.codeSigningConfigArn,
    eventInvokeConfig: fn.eventInvokeConfig,
    eventSourceMappings: fn.eventSourceMappings,
  }
}

function loadFunction(fileName: string, text: string): LambdaFunction {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-parity-'))
  try {
    writeFileSync(join(dir, fileName), text)
    const scan = loadIac([dir], { accountId: ACCOUNT, region: 'us-east-1', partition: 'aws', parameters: {} })
    assert.deepEqual(scan.errors.map(formatFileError), [])
    const fns = scan.inventory.resources['lambda.function'] ?? []
    assert.equal(fns.length, 1, `${fileName}: one function`)
    return fns[0]!
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the same function from every source', () => {
  const cfn = loadFunction('template.yaml', CFN)
  const sam = loadFunction('template.yaml', SAM)
  const sls = loadFunction('serverless.yml', SERVERLESS)
  const tf = loadFunction('main.tf', TERRAFORM)
  const live = comparable(LIVE)
  it('CloudFormation equals the live model', () => assert.deepEqual(comparable(cfn), live))
  it('SAM equals the live model', () => assert.deepEqual(comparable(sam), live))
  it('serverless.yml equals the live model', () => assert.deepEqual(comparable(sls), live))
  it('Terraform equals the live model', () => assert.deepEqual(comparable(tf), live))
  it('every IaC source marks the same things unresolved (the role, subnets and security group live outside the template)', () => {
    const keys = (fn: LambdaFunction) => Object.keys(fn.unresolved ?? {}).sort()
    assert.deepEqual(keys(cfn), ['role', 'vpc.securityGroupIds', 'vpc.subnetIds'])
    assert.deepEqual(keys(sam), keys(cfn))
    assert.deepEqual(keys(sls), keys(cfn))
    assert.deepEqual(keys(tf), keys(cfn))
  })
  it('attributes point at their lines', () => {
    assert.equal(cfn.attributeLocations?.['url.authType']?.startLine, CFN.split('\n').findIndex((l) => l.includes('AuthType: NONE')) + 1)
    assert.equal(sam.attributeLocations?.['url.authType']?.startLine, SAM.split('\n').findIndex((l) => l.includes('AuthType: NONE')) + 1)
    assert.equal(sls.attributeLocations?.['runtime']?.startLine, SERVERLESS.split('\n').findIndex((l) => l.includes('runtime: nodejs22.x')) + 1)
    assert.equal(tf.attributeLocations?.['url.authType']?.startLine, TERRAFORM.split('\n').findIndex((l) => l.includes('authorization_type = "NONE"')) + 1)
  })
})
