import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIac, type IacScan } from '../../src/sources/iac/load.js'
import type { IacOptions } from '../../src/sources/iac/types.js'
import { VariableResolver } from '../../src/sources/serverless/variables.js'
import { isUnresolved } from '../../src/sources/cloudformation/values.js'

const YML = `
service: shop
custom:
  stage: \${opt:stage, 'dev'}
  memory: { dev: 256, prod: 1024 }
  table: \${self:service}-\${sls:stage}-orders
provider:
  name: aws
  runtime: nodejs20.x
  stage: \${self:custom.stage}
  region: eu-central-1
  memorySize: \${self:custom.memory.\${sls:stage}}
  logRetentionInDays: 14
  environment:
    TABLE: \${self:custom.table}
    API_KEY: \${ssm:/shop/api-key}
    REGION: \${aws:region}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:*
          Resource: '*'
      managedPolicies: [arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess]
  vpc:
    securityGroupIds: [sg-1]
    subnetIds: [subnet-1, subnet-2]
functions:
  open:
    handler: h.open
    url: true
    events:
      - http: { path: orders, method: get }
      - httpApi: 'GET /items'
      - s3: { bucket: uploads, event: 's3:ObjectCreated:*' }
      - sns: alerts
      - schedule: rate(1 hour)
      - sqs: arn:aws:sqs:eu-central-1:123456789012:jobs
      - stream: { type: dynamodb, arn: arn:aws:dynamodb:eu-central-1:123456789012:table/t/stream/1, destinations: { onFailure: arn:aws:sqs:eu-central-1:123456789012:dlq } }
  secured:
    handler: h.secured
    runtime: python3.13
    role: CustomRole
    timeout: 20
    url: { authorizer: aws_iam, cors: true }
    destinations: { onFailure: arn:aws:sns:eu-central-1:123456789012:failures }
    disableLogs: true
resources:
  Resources:
    CustomRole:
      Type: AWS::IAM::Role
      Properties:
        AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
`

function load(text: string, options: Partial<IacOptions> = {}): IacScan {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-sls-'))
  try {
    writeFileSync(join(dir, 'serverless.yml'), text)
    return loadIac([dir], { accountId: '123456789012', region: 'us-east-1', partition: 'aws', parameters: {}, ...options })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('serverless.yml', () => {
  const scan = load(YML)
  const fns = scan.inventory.resources['lambda.function']!
  const open = fns.find((f) => f.name === 'shop-dev-open')!
  const secured = fns.find((f) => f.name === 'shop-dev-secured')!
  it('reads without errors; functions named <service>-<stage>-<key>, in provider.region', () => {
    assert.deepEqual(scan.errors, [])
    assert.deepEqual(fns.map((f) => f.name).sort(), ['shop-dev-open', 'shop-dev-secured'])
    assert.equal(open.region, 'eu-central-1')
  })
  it('provider settings are inherited, typed variables resolve, SSM stays unresolved', () => {
    assert.equal(open.runtime, 'nodejs20.x')
    assert.equal(open.memorySize, 256)
    assert.equal(open.timeout, 6)
    assert.deepEqual(open.vpc?.subnetIds, ['subnet-1', 'subnet-2'])
    assert.equal(open.environment.TABLE, 'shop-dev-orders')
    assert.equal(open.environment.REGION, 'eu-central-1')
    assert.match(open.unresolved?.['environment.API_KEY'] ?? '', /ssm:\/shop\/api-key/)
    assert.equal(secured.runtime, 'python3.13')
    assert.equal(secured.timeout, 20)
  })
  it('the shared role carries provider.iam.role statements and managed policies; a function role wins', () => {
    const roles = scan.inventory.resources['iam.role']!
    const shared = roles.find((r) => r.name === 'shop-dev-eu-central-1-lambdaRole')!
    assert.equal(open.role, shared.arn)
    const statements = shared.inlinePolicies[0]!.document.Statement
    assert.ok(statements.some((s) => s.Action === 'dynamodb:*'))
    assert.ok(statements.some((s) => JSON.stringify(s.Action).includes('sqs:ReceiveMessage')), 'the framework adds what the sqs event needs')
    assert.deepEqual(shared.attachedPolicies.map((p) => p.name), ['AWSXRayDaemonWriteAccess', 'AWSLambdaVPCAccessExecutionRole'])
    assert.equal(secured.role, roles.find((r) => r.id.endsWith('#CustomRole'))!.arn)
  })
  it('url: true is public (AuthType NONE + public permission); authorizer: aws_iam is not', () => {
    assert.equal(open.url?.authType, 'NONE')
    assert.ok(open.policy!.Statement.some((s) => s.Action === 'lambda:InvokeFunctionUrl' && s.Principal === '*'))
    assert.equal(secured.url?.authType, 'AWS_IAM')
    assert.deepEqual(secured.url?.cors?.allowOrigins, ['*'])
    assert.equal(secured.policy, null)
  })
  it('events become permissions with source ARNs, and mappings', () => {
    const sources = open.policy!.Statement.map((s) => (s.Condition?.ArnLike?.['AWS:SourceArn'] as string | undefined) ?? null)
    assert.ok(sources.includes('arn:aws:execute-api:eu-central-1:123456789012:shop-dev-ApiGatewayRestApi/*/*'), JSON.stringify(sources))
    assert.ok(sources.includes('arn:aws:execute-api:eu-central-1:123456789012:shop-dev-HttpApi/*'))
    assert.ok(sources.includes('arn:aws:s3:::uploads'))
    assert.ok(sources.includes('arn:aws:sns:eu-central-1:123456789012:alerts'))
    assert.ok(sources.includes('arn:aws:events:eu-central-1:123456789012:rule/shop-dev-OpenEventsRuleSchedule5'))
    assert.deepEqual(
      open.eventSourceMappings.map((m) => [m.eventSourceArn, m.onFailureDestination ?? null]),
      [
        ['arn:aws:sqs:eu-central-1:123456789012:jobs', null],
        ['arn:aws:dynamodb:eu-central-1:123456789012:table/t/stream/1', 'arn:aws:sqs:eu-central-1:123456789012:dlq'],
      ],
    )
    const routes = (scan.inventory.resources['apigateway.route'] ?? []).map((r) => `${r.method} ${r.path} ${r.authorizationType}`)
    assert.ok(routes.includes('GET /orders NONE'), JSON.stringify(routes))
  })
  it('destinations and log groups (logRetentionInDays; none with disableLogs)', () => {
    assert.equal(secured.eventInvokeConfig?.onFailureDestination, 'arn:aws:sns:eu-central-1:123456789012:failures')
    const groups = scan.inventory.resources['logs.log-group']!
    assert.deepEqual(groups.map((g) => [g.name, g.retentionInDays]), [['/aws/lambda/shop-dev-open', 14]])
    assert.equal(open.unresolved?.['logging.logGroup'], undefined)
  })
  it('--stage picks the stage', () => {
    const prod = load(YML, { stage: 'prod' }).inventory.resources['lambda.function']!.find((f) => f.name === 'shop-prod-open')!
    assert.equal(prod.memorySize, 1024)
  })
  it('locations point at serverless.yml lines, inherited ones at the provider', () => {
    const lines = YML.split('\n')
    assert.equal(open.attributeLocations?.runtime?.startLine, lines.findIndex((l) => l.includes('runtime: nodejs20.x')) + 1)
    assert.equal(secured.attributeLocations?.runtime?.startLine, lines.findIndex((l) => l.includes('runtime: python3.13')) + 1)
    assert.equal(open.location?.startLine, lines.findIndex((l) => l === '  open:') + 1)
  })
})

describe('serverless variables', () => {
  const resolve = (root: Record<string, unknown>, value: string, extra: { env?: Record<string, string>; optStage?: string } = {}) =>
    new VariableResolver({ root, stage: 'dev', region: 'us-east-1', accountId: '1', env: extra.env ?? {}, ...(extra.optStage ? { optStage: extra.optStage } : {}) }).resolveString(value)
  it('whole-value substitution keeps the type; interpolation makes a string', () => {
    const root = { custom: { n: 5, map: { a: 1 } } }
    assert.equal(resolve(root, '${self:custom.n}'), 5)
    assert.deepEqual(resolve(root, '${self:custom.map}'), { a: 1 })
    assert.equal(resolve(root, 'x-${self:custom.n}'), 'x-5')
  })
  it('defaults, env, nesting, and CloudFormation ${…} left alone', () => {
    assert.equal(resolve({}, "${env:NOPE, 'fallback'}"), 'fallback')
    assert.equal(resolve({}, '${env:HOME_DIR}', { env: { HOME_DIR: '/h' } }), '/h')
    assert.equal(resolve({ custom: { t: 'tbl' } }, '${env:NOPE, ${self:custom.t}}'), 'tbl')
    assert.equal(resolve({}, "${opt:stage, 'dev'}", { optStage: 'qa' }), 'qa')
    assert.equal(resolve({}, 'arn:${AWS::Partition}:s3:::${Bucket}'), 'arn:${AWS::Partition}:s3:::${Bucket}')
  })
  it('sources that need AWS or other files, and self-references, stay unresolved', () => {
    for (const v of ['${ssm:/a}', '${cf:stack.Out}', '${s3:bucket/key}', '${file(./x.yml):a}']) assert.ok(isUnresolved(resolve({}, v)), v)
    assert.ok(isUnresolved(resolve({ a: '${self:a}' }, '${self:a}')))
  })
})
