import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LambdaFunction } from '../../src/model/lambda.js'
import type { IamRole } from '../../src/model/iam.js'
import { loadSnippet } from './snippets.js'

const TEMPLATE = `
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Environment: { Variables: { LOG_LEVEL: info } }
    Tags: { team: a }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Topic:
    Type: AWS::SNS::Topic
  Queue:
    Type: AWS::SQS::Queue
  Table:
    Type: AWS::DynamoDB::Table
  Api:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      Tracing: Active
      Environment: { Variables: { TABLE: !Ref Table } }
      VpcConfig: { SubnetIds: [subnet-1], SecurityGroupIds: [sg-1] }
      Policies:
        - AmazonS3ReadOnlyAccess
        - arn:aws:iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy
        - DynamoDBCrudPolicy: { TableName: !Ref Table }
        - SomeFuturePolicy: { Name: x }
        - Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }]
      DeadLetterQueue: { Type: SQS, TargetArn: !GetAtt Queue.Arn }
      EventInvokeConfig:
        MaximumRetryAttempts: 1
        DestinationConfig:
          OnFailure: { Type: SQS }
      FunctionUrlConfig:
        AuthType: NONE
      Events:
        Get:
          Type: Api
          Properties: { RestApiId: !Ref Api, Path: /orders/, Method: get }
        Implicit:
          Type: HttpApi
          Properties: { Path: /items, Method: ANY }
        Upload:
          Type: S3
          Properties: { Bucket: !Ref Bucket, Events: s3:ObjectCreated:* }
        Notice:
          Type: SNS
          Properties: { Topic: !Ref Topic }
        Nightly:
          Type: Schedule
          Properties: { Schedule: rate(1 day) }
        Jobs:
          Type: SQS
          Properties: { Queue: !GetAtt Queue.Arn, BatchSize: 5 }
`

describe('SAM transform', () => {
  const scan = loadSnippet(TEMPLATE)
  const fn = scan.inventory.resources['lambda.function']![0] as LambdaFunction
  const role = (scan.inventory.resources['iam.role'] ?? []).find((r) => r.id.endsWith('#WorkerRole')) as IamRole
  const statementFor = (principal: unknown) => fn.policy?.Statement.find((s) => JSON.stringify(s.Principal) === JSON.stringify(principal))

  it('reads without errors', () => assert.deepEqual(scan.errors, []))
  it('Globals: scalars inherited, maps merged, the function wins', () => {
    assert.equal(fn.runtime, 'python3.12')
    assert.equal(fn.timeout, 30)
    assert.deepEqual(fn.environment, { LOG_LEVEL: 'info', TABLE: 'app-Table' })
    assert.deepEqual(fn.tags, { team: 'a', 'lambda:createdBy': 'SAM' })
    assert.equal(fn.tracingMode, 'Active')
  })
  it('generates the execution role: trust, managed policies (basic, X-Ray, VPC, SQS poller, named ones), inline documents', () => {
    assert.equal(fn.role, role.arn)
    assert.deepEqual(role.trustPolicy.Statement[0]!.Principal, { Service: ['lambda.amazonaws.com'] })
    assert.deepEqual(
      role.attachedPolicies.map((p) => p.name),
      ['AWSLambdaBasicExecutionRole', 'AWSXrayWriteOnlyAccess', 'AWSLambdaVPCAccessExecutionRole', 'AWSLambdaSQSQueueExecutionRole', 'AmazonS3ReadOnlyAccess', 'CloudWatchLambdaInsightsExecutionRolePolicy'],
    )
    const crud = role.inlinePolicies.find((p) => p.name === 'WorkerRolePolicy2')!
    assert.deepEqual((crud.document.Statement[0]!.Resource as string[])[0], 'arn:aws:dynamodb:us-east-1:123456789012:table/app-Table')
    const own = role.inlinePolicies.find((p) => p.name === 'WorkerRolePolicy4')!
    assert.equal(own.document.Statement[0]!.Action, 's3:GetObject')
  })
  it('a policy template missing from the data file leaves that policy unresolved, never empty-and-passing', () => {
    const i = role.inlinePolicies.findIndex((p) => p.name === 'WorkerRolePolicy3')
    assert.match(role.unresolved?.[`inlinePolicies.${i}.document`] ?? '', /SomeFuturePolicy/)
  })
  it('the DLQ and the on-failure destination SAM creates', () => {
    assert.equal(fn.deadLetterTargetArn, 'arn:aws:sqs:us-east-1:123456789012:app-Queue')
    assert.equal(fn.eventInvokeConfig?.maximumRetryAttempts, 1)
    assert.equal(fn.eventInvokeConfig?.onFailureDestination, 'arn:aws:sqs:us-east-1:123456789012:app-WorkerEventInvokeConfigOnFailureQueue')
  })
  it('FunctionUrlConfig: the URL and the public permissions SAM adds for AuthType NONE', () => {
    assert.equal(fn.url?.authType, 'NONE')
    const url = fn.policy!.Statement.find((s) => s.Action === 'lambda:InvokeFunctionUrl')!
    assert.equal(url.Principal, '*')
    assert.deepEqual(url.Condition, { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } })
  })
  it('event permissions carry the SourceArn/SourceAccount SAM sets', () => {
    const api = fn.policy!.Statement.filter((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: 'apigateway.amazonaws.com' }))
    assert.deepEqual(
      api.map((s) => s.Condition?.ArnLike?.['AWS:SourceArn']),
      ['arn:aws:execute-api:us-east-1:123456789012:app-Api/*/GET/orders', 'arn:aws:execute-api:us-east-1:123456789012:app-ServerlessHttpApi/*/*/items'],
    )
    assert.deepEqual(statementFor({ Service: 's3.amazonaws.com' })?.Condition, { StringEquals: { 'AWS:SourceAccount': '123456789012' } })
    assert.equal(statementFor({ Service: 'sns.amazonaws.com' })?.Condition?.ArnLike?.['AWS:SourceArn'], 'arn:aws:sns:us-east-1:123456789012:app-Topic')
    assert.equal(statementFor({ Service: 'events.amazonaws.com' })?.Condition?.ArnLike?.['AWS:SourceArn'], 'arn:aws:events:us-east-1:123456789012:rule/app-WorkerNightly')
  })
  it('pull events become event source mappings', () => {
    assert.deepEqual(fn.eventSourceMappings.map((m) => [m.eventSourceArn, m.state]), [['arn:aws:sqs:us-east-1:123456789012:app-Queue', 'Enabled']])
  })
  it('Api and HttpApi events become API Gateway routes', () => {
    const routes = scan.inventory.resources['apigateway.route'] ?? []
    const open = routes.filter((r) => r.authorizationType === 'NONE' && !r.apiKeyRequired).map((r) => `${r.apiType} ${r.method} ${r.path}`)
    assert.ok(open.includes('REST GET /orders'), JSON.stringify(open))
    assert.ok(open.includes('HTTP ANY /items'), JSON.stringify(open))
  })
  it('findings on generated resources point at the SAM lines they come from', () => {
    const lines = TEMPLATE.split('\n')
    assert.equal(fn.attributeLocations?.['url.authType']?.startLine, lines.findIndex((l) => l.includes('AuthType: NONE')) + 1)
    assert.equal(fn.attributeLocations?.runtime?.startLine, lines.findIndex((l) => l.includes('Runtime: python3.12')) + 1)
    assert.equal(role.location?.startLine, lines.findIndex((l) => l.includes('Policies:')) + 1)
  })
})
