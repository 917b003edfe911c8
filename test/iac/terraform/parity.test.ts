/**
 * One function — execution role, public URL with CORS, permissions (one scoped by SourceArn),
 * VPC config, environment, DLQ, KMS key, tracing, concurrency — as Terraform configuration, as
 * the plan JSON Terraform makes of it, and as the live model a scan of the account returns.
 * Every field checks read must come out equal.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LambdaFunction } from '../../../src/model/lambda.js'
import { loadIac } from '../../../src/sources/iac/load.js'
import { formatFileError } from '../../../src/sources/iac/types.js'
import { ACCOUNT, fnArn, keyArn, lambdaFunction, roleArn } from '../../factories/index.js'

const KEY = keyArn('1234abcd-12ab-34cd-56ef-1234567890ab')
const RULE = `arn:aws:events:us-east-1:${ACCOUNT}:rule/nightly`
const CSC = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-1`

export const PARITY_TF = `
variable "stage" {
  default = "prod"
}
locals {
  name = "orders"
}
resource "aws_iam_role" "orders" {
  name               = "\${local.name}-role"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}
resource "aws_sqs_queue" "dlq" {
  name = "\${local.name}-dlq"
}
resource "aws_lambda_function" "orders" {
  function_name                  = local.name
  role                           = aws_iam_role.orders.arn
  runtime                        = "nodejs22.x"
  handler                        = "index.handler"
  filename                       = "orders.zip"
  architectures                  = ["arm64"]
  memory_size                    = 256
  timeout                        = 10
  kms_key_arn                    = "${KEY}"
  reserved_concurrent_executions = var.stage == "prod" ? 10 : 1
  code_signing_config_arn        = "${CSC}"
  tracing_config {
    mode = "Active"
  }
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
  vpc_config {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["sg-1"]
  }
  environment {
    variables = {
      TABLE_NAME = "orders"
    }
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
  statement_id           = "FunctionURLAllowPublicAccess"
  function_name          = aws_lambda_function.orders.function_name
  action                 = "lambda:InvokeFunctionUrl"
  principal              = "*"
  function_url_auth_type = "NONE"
}
resource "aws_lambda_permission" "url_invoke" {
  statement_id             = "FunctionURLAllowInvokeAction"
  function_name            = aws_lambda_function.orders.function_name
  action                   = "lambda:InvokeFunction"
  principal                = "*"
  invoked_via_function_url = true
}
resource "aws_lambda_permission" "nightly" {
  statement_id  = "nightly"
  function_name = aws_lambda_function.orders.arn
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com"
  source_arn    = "${RULE}"
}
resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/\${aws_lambda_function.orders.function_name}"
  retention_in_days = 90
}
`

const managed = (address: string, type: string, name: string, values: Record<string, unknown>) => ({ address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} })
const change = (address: string, type: string, name: string, afterUnknown: Record<string, unknown>) => ({ address, mode: 'managed', type, name, change: { actions: ['create'], before: null, after: {}, after_unknown: afterUnknown, before_sensitive: false, after_sensitive: {} } })
const refs = (...r: string[]) => ({ references: r.flatMap((x) => [x, x.split('.').slice(0, 2).join('.')]) })
const constant = (v: unknown) => ({ constant_value: v })
const TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"lambda.amazonaws.com"}}]}'

/** What `terraform show -json` prints for a plan of PARITY_TF (the parts this scanner reads). */
export const PARITY_PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.8',
  variables: { stage: { value: 'prod' } },
  planned_values: {
    root_module: {
      resources: [
        managed('aws_iam_role.orders', 'aws_iam_role', 'orders', { assume_role_policy: TRUST, name: 'orders-role', path: '/', permissions_boundary: null, description: null, max_session_duration: 3600, force_detach_policies: false, tags: null }),
        managed('aws_sqs_queue.dlq', 'aws_sqs_queue', 'dlq', { name: 'orders-dlq', fifo_queue: false, kms_master_key_id: null, delay_seconds: 0, tags: null }),
        managed('aws_lambda_function.orders', 'aws_lambda_function', 'orders', {
          architectures: ['arm64'],
          code_signing_config_arn: CSC,
          dead_letter_config: [{ target_arn: null }],
          environment: [{ variables: { TABLE_NAME: 'orders' } }],
          filename: 'orders.zip',
          function_name: 'orders',
          handler: 'index.handler',
          image_uri: null,
          kms_key_arn: KEY,
          layers: null,
          memory_size: 256,
          package_type: 'Zip',
          reserved_concurrent_executions: 10,
          runtime: 'nodejs22.x',
          timeout: 10,
          tracing_config: [{ mode: 'Active' }],
          vpc_config: [{ ipv6_allowed_for_dual_stack: false, security_group_ids: ['sg-1'], subnet_ids: ['subnet-a', 'subnet-b'] }],
        }),
        managed('aws_lambda_function_url.orders', 'aws_lambda_function_url', 'orders', { authorization_type: 'NONE', cors: [{ allow_credentials: null, allow_headers: null, allow_methods: ['POST'], allow_origins: ['https://shop.example.com'], expose_headers: null, max_age: null }], function_name: 'orders', invoke_mode: 'BUFFERED', qualifier: null }),
        managed('aws_lambda_permission.url_public', 'aws_lambda_permission', 'url_public', { action: 'lambda:InvokeFunctionUrl', event_source_token: null, function_name: 'orders', function_url_auth_type: 'NONE', principal: '*', principal_org_id: null, qualifier: null, source_account: null, source_arn: null, statement_id: 'FunctionURLAllowPublicAccess' }),
        managed('aws_lambda_permission.url_invoke', 'aws_lambda_permission', 'url_invoke', { action: 'lambda:InvokeFunction', event_source_token: null, function_name: 'orders', function_url_auth_type: null, invoked_via_function_url: true, principal: '*', principal_org_id: null, qualifier: null, source_account: null, source_arn: null, statement_id: 'FunctionURLAllowInvokeAction' }),
        managed('aws_lambda_permission.nightly', 'aws_lambda_permission', 'nightly', { action: 'lambda:InvokeFunction', event_source_token: null, function_url_auth_type: null, principal: 'events.amazonaws.com', principal_org_id: null, qualifier: null, source_account: null, source_arn: RULE, statement_id: 'nightly' }),
        managed('aws_cloudwatch_log_group.orders', 'aws_cloudwatch_log_group', 'orders', { name: '/aws/lambda/orders', retention_in_days: 90, kms_key_id: null, skip_destroy: false, tags: null }),
      ],
    },
  },
  resource_changes: [
    change('aws_iam_role.orders', 'aws_iam_role', 'orders', { arn: true, id: true, unique_id: true, inline_policy: true, managed_policy_arns: true }),
    change('aws_sqs_queue.dlq', 'aws_sqs_queue', 'dlq', { arn: true, id: true, url: true, policy: true, sqs_managed_sse_enabled: true }),
    change('aws_lambda_function.orders', 'aws_lambda_function', 'orders', { arn: true, id: true, invoke_arn: true, qualified_arn: true, role: true, dead_letter_config: [{ target_arn: true }], logging_config: true, version: true, vpc_config: [{ vpc_id: true }] }),
    change('aws_lambda_function_url.orders', 'aws_lambda_function_url', 'orders', { function_arn: true, function_url: true, id: true, url_id: true }),
    change('aws_lambda_permission.url_public', 'aws_lambda_permission', 'url_public', { id: true }),
    change('aws_lambda_permission.url_invoke', 'aws_lambda_permission', 'url_invoke', { id: true }),
    // function_name refers to the function's ARN, known only after apply.
    change('aws_lambda_permission.nightly', 'aws_lambda_permission', 'nightly', { id: true, function_name: true }),
    change('aws_cloudwatch_log_group.orders', 'aws_cloudwatch_log_group', 'orders', { arn: true, id: true }),
  ],
  configuration: {
    root_module: {
      resources: [
        { address: 'aws_iam_role.orders', mode: 'managed', type: 'aws_iam_role', name: 'orders', expressions: { name: refs('local.name'), assume_role_policy: refs('data.aws_iam_policy_document.trust.json') } },
        { address: 'aws_sqs_queue.dlq', mode: 'managed', type: 'aws_sqs_queue', name: 'dlq', expressions: { name: refs('local.name') } },
        {
          address: 'aws_lambda_function.orders',
          mode: 'managed',
          type: 'aws_lambda_function',
          name: 'orders',
          expressions: {
            function_name: refs('local.name'),
            role: refs('aws_iam_role.orders.arn'),
            runtime: constant('nodejs22.x'),
            handler: constant('index.handler'),
            filename: constant('orders.zip'),
            architectures: constant(['arm64']),
            memory_size: constant(256),
            timeout: constant(10),
            kms_key_arn: constant(KEY),
            reserved_concurrent_executions: refs('var.stage'),
            code_signing_config_arn: constant(CSC),
            tracing_config: [{ mode: constant('Active') }],
            dead_letter_config: [{ target_arn: refs('aws_sqs_queue.dlq.arn') }],
            vpc_config: [{ subnet_ids: constant(['subnet-a', 'subnet-b']), security_group_ids: constant(['sg-1']) }],
            environment: [{ variables: constant({ TABLE_NAME: 'orders' }) }],
          },
        },
        { address: 'aws_lambda_function_url.orders', mode: 'managed', type: 'aws_lambda_function_url', name: 'orders', expressions: { function_name: refs('aws_lambda_function.orders.function_name'), authorization_type: constant('NONE'), cors: [{ allow_origins: constant(['https://shop.example.com']), allow_methods: constant(['POST']) }] } },
        { address: 'aws_lambda_permission.url_public', mode: 'managed', type: 'aws_lambda_permission', name: 'url_public', expressions: { statement_id: constant('FunctionURLAllowPublicAccess'), function_name: refs('aws_lambda_function.orders.function_name'), action: constant('lambda:InvokeFunctionUrl'), principal: constant('*'), function_url_auth_type: constant('NONE') } },
        { address: 'aws_lambda_permission.url_invoke', mode: 'managed', type: 'aws_lambda_permission', name: 'url_invoke', expressions: { statement_id: constant('FunctionURLAllowInvokeAction'), function_name: refs('aws_lambda_function.orders.function_name'), action: constant('lambda:InvokeFunction'), principal: constant('*'), invoked_via_function_url: constant(true) } },
        { address: 'aws_lambda_permission.nightly', mode: 'managed', type: 'aws_lambda_permission', name: 'nightly', expressions: { statement_id: constant('nightly'), function_name: refs('aws_lambda_function.orders.arn'), action: constant('lambda:InvokeFunction'), principal: constant('events.amazonaws.com'), source_arn: constant(RULE) } },
        { address: 'aws_cloudwatch_log_group.orders', mode: 'managed', type: 'aws_cloudwatch_log_group', name: 'orders', expressions: { name: refs('aws_lambda_function.orders.function_name'), retention_in_days: constant(90) } },
      ],
    },
  },
}

/** What GetFunction, GetPolicy and GetFunctionUrlConfig return for the same function. */
const LIVE = lambdaFunction({
  name: 'orders',
  role: roleArn('orders-role'),
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

/** The fields checks read (statement ids are chosen by whoever adds a permission, so they are left out). */
export function comparable(fn: LambdaFunction) {
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

function load(fileName: string, text: string): { fn: LambdaFunction; keys: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-parity-'))
  try {
    writeFileSync(join(dir, fileName), text)
    const scan = loadIac([dir], { accountId: ACCOUNT, region: 'us-east-1', partition: 'aws', parameters: {} })
    assert.deepEqual(scan.errors.map(formatFileError), [])
    const fns = scan.inventory.resources['lambda.function'] ?? []
    assert.equal(fns.length, 1)
    return { fn: fns[0]!, keys: Object.keys(fns[0]!.unresolved ?? {}).sort() }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the same function as Terraform configuration, plan JSON and live model', () => {
  const hcl = load('main.tf', PARITY_TF)
  const plan = load('plan.json', JSON.stringify(PARITY_PLAN, null, 2))
  const live = comparable(LIVE)
  it('Terraform configuration equals the live model', () => assert.deepEqual(comparable(hcl.fn), live))
  it('the plan JSON equals the live model', () => assert.deepEqual(comparable(plan.fn), live))
  it('both mark the same things unresolved: subnets and security group declared elsewhere', () => {
    assert.deepEqual(hcl.keys, ['vpc.securityGroupIds', 'vpc.subnetIds'])
    assert.deepEqual(plan.keys, hcl.keys)
  })
})
