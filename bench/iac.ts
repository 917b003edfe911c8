/**
 * `npm run bench:iac`: generates a tree of IaC files (SAM, CloudFormation JSON, serverless.yml
 * and Terraform roots, in equal parts), loads it with the real IaC loader (discovery by content,
 * parsers, SAM transform, serverless conversion, Terraform evaluation, adapters) and runs every
 * check that is not liveOnly over the inventory, as `clearsky scan iac` does. Prints files per
 * second and peak RSS. See bench/README.md.
 *
 *   npm run bench:iac
 *   npm run bench:iac -- --files 2000 --keep
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { CHECKS } from '../src/checks/index.js'
import { runChecks } from '../src/core/engine.js'
import { DEFAULT_IAC_OPTIONS, loadIac } from '../src/sources/iac/load.js'

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } })
const total = Number(values.files)
if (!Number.isInteger(total) || total < 4) throw new Error('--files must be an integer >= 4')

const RUNTIMES = ['python3.13', 'nodejs22.x', 'python3.8', 'java21']

/** A SAM app: a secured API function, a queue worker, a public URL function on odd indexes. */
function sam(i: number): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: { Type: String, Default: prod }
Globals:
  Function:
    Runtime: ${RUNTIMES[i % RUNTIMES.length]}
    Timeout: 10
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: !Ref Stage
      Auth: { DefaultAuthorizer: AWS_IAM }
  ApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: !Sub app${i}-\${Stage}-api
      Handler: api.handler
      CodeUri: src/
      Environment: { Variables: { TABLE: orders${i} } }
      Policies: [{ SQSSendMessagePolicy: { QueueName: !GetAtt Queue.QueueName } }]
      Events:
        Create: { Type: Api, Properties: { RestApiId: !Ref Api, Path: /orders, Method: post } }
        Health: { Type: HttpApi, Properties: { Path: /health, Method: get } }
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: worker.handler
      CodeUri: src/
      Events:
        Jobs: { Type: SQS, Properties: { Queue: !GetAtt Queue.Arn, BatchSize: 10 } }
${i % 2 ? `  Public:
    Type: AWS::Serverless::Function
    Properties:
      Handler: public.handler
      CodeUri: src/
      FunctionUrlConfig: { AuthType: NONE }
      Environment: { Variables: { API_KEY: sk_live_bench${i}EXAMPLE } }
` : ''}`
}

/** A plain CloudFormation JSON stack: role, function, bucket, log group, permission. */
function cfnJson(i: number): string {
  return JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
            Policies: [{ PolicyName: 'data', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 5 ? 's3:GetObject' : '*', Resource: i % 5 ? { 'Fn::Sub': '${Bucket.Arn}/*' } : '*' }] } }],
          },
        },
        Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: `bench-${i}-data`, VersioningConfiguration: { Status: 'Enabled' } } },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: { FunctionName: `bench-${i}-fn`, Runtime: RUNTIMES[(i + 1) % RUNTIMES.length], Handler: 'index.handler', Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, Code: { ZipFile: 'exports.handler = async () => 1' }, TracingConfig: { Mode: 'Active' } },
        },
        Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: `/aws/lambda/bench-${i}-fn`, RetentionInDays: 30 } },
        FromBucket: {
          Type: 'AWS::Lambda::Permission',
          Properties: { FunctionName: { Ref: 'Fn' }, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceAccount: { Ref: 'AWS::AccountId' } },
        },
      },
    },
    null,
    1,
  )
}

function serverless(i: number): string {
  return `service: svc${i}
provider:
  name: aws
  runtime: ${RUNTIMES[(i + 2) % RUNTIMES.length]}
  stage: prod
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [dynamodb:GetItem, dynamodb:PutItem]
          Resource: arn:aws:dynamodb:us-east-1:123456789012:table/t${i}
functions:
  api:
    handler: src/api.handler
    events:
      - http: { method: post, path: orders, authorizer: aws_iam }
      - httpApi: GET /status
  worker:
    handler: src/worker.handler
    events:
      - schedule: rate(1 hour)
`
}

function terraform(i: number): string {
  return `variable "stage" {
  type    = string
  default = "prod"
}
resource "aws_iam_role" "fn" {
  name = "tf-\${var.stage}-${i}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
resource "aws_lambda_function" "fn" {
  function_name = "tf-\${var.stage}-${i}"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "${RUNTIMES[(i + 3) % RUNTIMES.length]}"
  filename      = "fn.zip"
  environment {
    variables = { STAGE = var.stage }
  }
}
resource "aws_sqs_queue" "jobs" {
  name = "tf-jobs-${i}"
}
resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.fn.arn
}
resource "aws_apigatewayv2_api" "http" {
  name          = "tf-${i}"
  protocol_type = "HTTP"
}
resource "aws_apigatewayv2_integration" "fn" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.fn.invoke_arn
}
resource "aws_apigatewayv2_route" "items" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /items"
  target             = "integrations/\${aws_apigatewayv2_integration.fn.id}"
  authorization_type = "${i % 3 ? 'AWS_IAM' : 'NONE'}"
}
resource "aws_cloudwatch_log_group" "fn" {
  name              = "/aws/lambda/tf-prod-${i}"
  retention_in_days = 14
}
`
}

/** Writes `n` files, a quarter of each kind; serverless.yml and Terraform get a directory each (one service, one root module). */
function generate(root: string, n: number): Record<string, number> {
  const counts = { sam: 0, cloudformationJson: 0, serverless: 0, terraform: 0 }
  for (let i = 0; i < n; i++) {
    const group = join(root, `team-${i % 20}`)
    switch (i % 4) {
      case 0:
        mkdirSync(group, { recursive: true })
        writeFileSync(join(group, `app-${i}.yaml`), sam(i))
        counts.sam++
        break
      case 1:
        mkdirSync(group, { recursive: true })
        writeFileSync(join(group, `stack-${i}.json`), cfnJson(i))
        counts.cloudformationJson++
        break
      case 2: {
        const dir = join(group, `svc-${i}`)
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, 'serverless.yml'), serverless(i))
        counts.serverless++
        break
      }
      default: {
        const dir = join(group, `tf-${i}`)
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, 'main.tf'), terraform(i))
        counts.terraform++
      }
    }
  }
  return counts
}

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`
const root = mkdtempSync(join(tmpdir(), 'clearsky-bench-iac-'))
try {
  const counts = generate(root, total)
  const checks = CHECKS.filter((c) => !c.meta.liveOnly)
  const t0 = performance.now()
  const scan = loadIac([root], DEFAULT_IAC_OPTIONS)
  const t1 = performance.now()
  const findings = runChecks(scan.inventory, checks, { now: new Date() })
  const t2 = performance.now()
  const resources = Object.values(scan.inventory.resources).reduce((n, list) => n + (list?.length ?? 0), 0)
  const seconds = (t2 - t0) / 1000
  const byStatus: Record<string, number> = {}
  for (const f of findings) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1
  const print = (s: string) => process.stdout.write(`${s}\n`)
  print(`files generated: ${total} (SAM ${counts.sam}, CloudFormation JSON ${counts.cloudformationJson}, serverless.yml ${counts.serverless}, Terraform ${counts.terraform})`)
  print(`files read: ${scan.files.length}, file errors: ${scan.errors.length}, resources: ${resources}, checks: ${checks.length}`)
  print(`findings: ${findings.length} (${Object.entries(byStatus).map(([k, v]) => `${k} ${v}`).join(', ')})`)
  print(`load: ${((t1 - t0) / 1000).toFixed(2)} s, checks: ${((t2 - t1) / 1000).toFixed(2)} s, total: ${seconds.toFixed(2)} s`)
  print(`throughput: ${(scan.files.length / seconds).toFixed(0)} files/s (load only: ${(scan.files.length / ((t1 - t0) / 1000)).toFixed(0)} files/s)`)
  print(`peak RSS: ${mib(process.resourceUsage().maxRSS)}`)
  if (scan.errors.length) print(`first error: ${JSON.stringify(scan.errors[0])}`)
  if (values.keep) print(`tree kept at ${root}`)
} finally {
  if (!values.keep) rmSync(root, { recursive: true, force: true })
}
