import { afterEach, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda'
import { groupEventSourceMappings, lambdaFunctionCollector, mapLambdaFunction, type FunctionDetails } from './lambda-function.js'
import { absent, failed } from '../outcome.js'
import { actionsFor, selectedDetails } from '../collector.js'
import { LAMBDA_DETAIL_GROUPS, LAMBDA_DETAILS, notCollectedReason, withoutDetails, type LambdaDetailGroup } from './lambda-function-details.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const arn = (name: string) => `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${name}`
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }

const fullConfig: FunctionConfiguration = {
  FunctionName: 'orders',
  FunctionArn: arn('orders'),
  Runtime: 'nodejs22.x',
  PackageType: 'Zip',
  Handler: 'index.handler',
  Role: `arn:aws:iam::${TEST_ACCOUNT}:role/orders-role`,
  Architectures: ['arm64'],
  MemorySize: 256,
  Timeout: 10,
  Environment: { Variables: { TABLE: 'orders' } },
  KMSKeyArn: `arn:aws:kms:${TEST_REGION}:${TEST_ACCOUNT}:key/k1`,
  VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-a'], SecurityGroupIds: ['sg-1'] },
  DeadLetterConfig: { TargetArn: `arn:aws:sqs:${TEST_REGION}:${TEST_ACCOUNT}:dlq` },
  TracingConfig: { Mode: 'Active' },
  Layers: [{ Arn: `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:layer:shared:3`, CodeSize: 100 }],
  LoggingConfig: { LogGroup: '/custom/orders', LogFormat: 'JSON' },
  CodeSha256: 'abc=',
  LastModified: '2026-01-01T00:00:00.000+0000',
}

const policyJson = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Sid: 'apigw', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn('orders') },
})

const allAbsent: FunctionDetails = {
  getFunction: { ok: true, value: { Tags: {} } },
  policy: absent,
  url: absent,
  codeSigning: absent,
  eventInvoke: absent,
  eventSourceMappings: { ok: true, value: [] },
}

describe('mapLambdaFunction', () => {
  it('maps every field from ListFunctions and the per-function calls', () => {
    const fn = mapLambdaFunction(
      fullConfig,
      {
        getFunction: { ok: true, value: { Tags: { owner: 'a' }, Concurrency: { ReservedConcurrentExecutions: 5 } } },
        policy: { ok: true, value: { Policy: policyJson } },
        url: { ok: true, value: { FunctionUrl: 'https://x.lambda-url', FunctionArn: arn('orders'), AuthType: 'NONE', CreationTime: '', LastModifiedTime: '', Cors: { AllowOrigins: ['*'], AllowCredentials: true } } },
        codeSigning: { ok: true, value: { CodeSigningConfigArn: 'arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-1', FunctionName: 'orders' } },
        eventInvoke: { ok: true, value: { MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sns:us-east-1:111122223333:fail' } } } },
        eventSourceMappings: { ok: true, value: [{ uuid: 'u1', eventSourceArn: 'arn:aws:sqs:us-east-1:111122223333:in' }] },
      },
      where,
    )
    assert.equal(fn.id, arn('orders'))
    assert.equal(fn.name, 'orders')
    assert.equal(fn.accountId, TEST_ACCOUNT)
    assert.deepEqual(fn.tags, { owner: 'a' })
    assert.equal(fn.reservedConcurrency, 5)
    assert.equal(fn.runtime, 'nodejs22.x')
    assert.equal(fn.packageType, 'Zip')
    assert.deepEqual(fn.architectures, ['arm64'])
    assert.deepEqual(fn.environment, { TABLE: 'orders' })
    assert.equal(fn.kmsKeyArn, fullConfig.KMSKeyArn)
    assert.deepEqual(fn.vpc, { vpcId: 'vpc-1', subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] })
    assert.equal(fn.deadLetterTargetArn, fullConfig.DeadLetterConfig!.TargetArn)
    assert.equal(fn.tracingMode, 'Active')
    assert.deepEqual(fn.layers, [{ arn: fullConfig.Layers![0]!.Arn!, codeSize: 100 }])
    assert.deepEqual(fn.logging, { logGroup: '/custom/orders', logFormat: 'JSON' })
    assert.equal(fn.codeSha256, 'abc=')
    assert.equal(fn.lastModified, fullConfig.LastModified)
    assert.equal(fn.policy?.Statement.length, 1, 'a single Statement object becomes a list')
    assert.equal(fn.policy?.Statement[0]!.Action, 'lambda:InvokeFunction', 'string forms stay strings')
    assert.deepEqual(fn.url, { authType: 'NONE', url: 'https://x.lambda-url', cors: { allowOrigins: ['*'], allowMethods: [], allowHeaders: [], allowCredentials: true } })
    assert.equal(fn.codeSigningConfigArn, 'arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-1')
    assert.deepEqual(fn.eventInvokeConfig, { onFailureDestination: 'arn:aws:sns:us-east-1:111122223333:fail', maximumRetryAttempts: 0 })
    assert.deepEqual(fn.eventSourceMappings, [{ uuid: 'u1', eventSourceArn: 'arn:aws:sqs:us-east-1:111122223333:in' }])
    assert.equal(fn.unresolved, undefined)
  })

  it('applies AWS defaults: x86_64, PassThrough tracing, /aws/lambda/<name> log group, no VPC when VpcConfig is empty', () => {
    const fn = mapLambdaFunction({ FunctionName: 'f', FunctionArn: arn('f'), Role: 'r', VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' } }, allAbsent, where)
    assert.deepEqual(fn.architectures, ['x86_64'])
    assert.equal(fn.tracingMode, 'PassThrough')
    assert.equal(fn.logging.logGroup, '/aws/lambda/f')
    assert.equal(fn.vpc, undefined)
    assert.equal(fn.packageType, 'Zip')
    assert.deepEqual(fn.environment, {})
  })

  it('"not found" sub-resources are null, not unresolved', () => {
    const fn = mapLambdaFunction(fullConfig, allAbsent, where)
    assert.equal(fn.policy, null)
    assert.equal(fn.url, null)
    assert.equal(fn.codeSigningConfigArn, null)
    assert.equal(fn.eventInvokeConfig, null)
    assert.equal(fn.reservedConcurrency, null)
    assert.equal(fn.unresolved, undefined)
  })

  it('failed calls become unresolved fields, never an empty value that looks fine', () => {
    const fn = mapLambdaFunction(
      fullConfig,
      {
        getFunction: failed('AccessDenied (lambda:GetFunction)'),
        policy: failed('AccessDenied (lambda:GetPolicy)'),
        url: failed('Throttled (lambda:GetFunctionUrlConfig)'),
        codeSigning: failed('Timeout (lambda:GetFunctionCodeSigningConfig)'),
        eventInvoke: failed('AccessDenied (lambda:GetFunctionEventInvokeConfig)'),
        eventSourceMappings: failed('AccessDenied (lambda:ListEventSourceMappings)'),
      },
      where,
    )
    assert.equal(fn.policy, null)
    assert.deepEqual(fn.unresolved, {
      tags: 'AccessDenied (lambda:GetFunction)',
      reservedConcurrency: 'AccessDenied (lambda:GetFunction)',
      policy: 'AccessDenied (lambda:GetPolicy)',
      url: 'Throttled (lambda:GetFunctionUrlConfig)',
      codeSigningConfigArn: 'Timeout (lambda:GetFunctionCodeSigningConfig)',
      eventInvokeConfig: 'AccessDenied (lambda:GetFunctionEventInvokeConfig)',
      eventSourceMappings: 'AccessDenied (lambda:ListEventSourceMappings)',
    })
  })

  it('GetFunction without tag permission (TagsError) leaves tags unresolved', () => {
    const fn = mapLambdaFunction(fullConfig, { ...allAbsent, getFunction: { ok: true, value: { TagsError: { ErrorCode: 'AccessDeniedException', Message: 'no' } } } }, where)
    assert.equal(fn.tags, undefined)
    assert.equal(fn.unresolved?.tags, 'AccessDeniedException (lambda:ListTags)')
  })

  it('environment variables Lambda could not decrypt are unresolved', () => {
    const fn = mapLambdaFunction({ ...fullConfig, Environment: { Error: { ErrorCode: 'KMSAccessDeniedException' } } }, allAbsent, where)
    assert.deepEqual(fn.environment, {})
    assert.match(fn.unresolved?.environment ?? '', /KMSAccessDeniedException/)
  })

  it('a policy that is not JSON is unresolved, not null', () => {
    const fn = mapLambdaFunction(fullConfig, { ...allAbsent, policy: { ok: true, value: { Policy: '{broken' } } }, where)
    assert.equal(fn.policy, null)
    assert.match(fn.unresolved?.policy ?? '', /^ParseError/)
  })
})

describe('groupEventSourceMappings', () => {
  it('joins by function ARN, folding versions and aliases into the function, and keeps failure destinations', () => {
    const g = groupEventSourceMappings([
      { UUID: 'a', FunctionArn: arn('f'), EventSourceArn: 'arn:aws:sqs:us-east-1:1:q', State: 'Enabled', DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:1:dlq' } } },
      { UUID: 'b', FunctionArn: `${arn('f')}:live`, EventSourceArn: 'arn:aws:kinesis:us-east-1:1:stream/s' },
      { UUID: 'c', FunctionArn: arn('g') },
      { UUID: 'd' },
    ])
    assert.deepEqual(g.get(arn('f')), [
      { uuid: 'a', eventSourceArn: 'arn:aws:sqs:us-east-1:1:q', state: 'Enabled', onFailureDestination: 'arn:aws:sqs:us-east-1:1:dlq' },
      { uuid: 'b', eventSourceArn: 'arn:aws:kinesis:us-east-1:1:stream/s' },
    ])
    assert.deepEqual(g.get(arn('g')), [{ uuid: 'c' }])
    assert.equal(g.size, 2)
  })
})

describe('lambda.function collector (mocked SDK)', () => {
  const lambda = mockClient(LambdaClient)
  beforeEach(() => lambda.reset())
  afterEach(() => lambda.reset())

  function happyPath() {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ ...fullConfig, FunctionName: 'a', FunctionArn: arn('a') }], NextMarker: 'm1' })
    lambda.on(ListFunctionsCommand, { Marker: 'm1' }).resolves({ Functions: [{ FunctionName: 'b', FunctionArn: arn('b'), Role: 'r' }], NextMarker: 'm2' })
    lambda.on(ListFunctionsCommand, { Marker: 'm2' }).resolves({ Functions: [{ FunctionName: 'c', FunctionArn: arn('c'), Role: 'r', PackageType: 'Image' }] })
    lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [{ UUID: 'u', FunctionArn: arn('b'), EventSourceArn: 'arn:aws:sqs:us-east-1:1:q' }] })
    lambda.on(GetFunctionCommand).resolves({ Tags: { t: '1' }, Concurrency: { ReservedConcurrentExecutions: 2 } })
    lambda.on(GetPolicyCommand).rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(GetPolicyCommand, { FunctionName: arn('a') }).resolves({ Policy: policyJson })
    lambda.on(GetPolicyCommand, { FunctionName: arn('b') }).rejects(awsError('AccessDeniedException', 403))
    lambda.on(GetFunctionUrlConfigCommand).rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(GetFunctionCodeSigningConfigCommand).resolves({ FunctionName: 'x', CodeSigningConfigArn: '' })
    lambda.on(GetFunctionEventInvokeConfigCommand).rejects(awsError('ResourceNotFoundException', 404))
  }

  it('walks every ListFunctions page passing the marker on, and joins the mappings', async () => {
    happyPath()
    const ctx = testContext()
    const r = await lambdaFunctionCollector.collect(ctx, TEST_REGION, {})
    const fns = r.resources['lambda.function']!
    assert.deepEqual(
      fns.map((f) => f.name),
      ['a', 'b', 'c'],
    )
    const markers = lambda.commandCalls(ListFunctionsCommand).map((c) => c.args[0].input.Marker)
    assert.deepEqual(markers, [undefined, 'm1', 'm2'])
    for (const c of lambda.commandCalls(ListFunctionsCommand)) assert.equal(c.args[0].input.MaxItems, 50)
    assert.equal(lambda.commandCalls(ListEventSourceMappingsCommand).length, 1, 'one listing per region, no FunctionName filter')
    assert.equal(lambda.commandCalls(ListEventSourceMappingsCommand)[0]!.args[0].input.FunctionName, undefined)
    assert.deepEqual(fns[1]!.eventSourceMappings, [{ uuid: 'u', eventSourceArn: 'arn:aws:sqs:us-east-1:1:q' }])
    assert.deepEqual(r.gaps, [])
  })

  it('GetPolicy: found → document, AccessDenied → unresolved.policy, ResourceNotFound → null with nothing unresolved', async () => {
    happyPath()
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    const [a, b, c] = r.resources['lambda.function']!
    assert.equal(a!.policy?.Statement[0]!.Sid, 'apigw')
    assert.equal(b!.policy, null)
    assert.equal(b!.unresolved?.policy, 'AccessDenied (lambda:GetPolicy)')
    assert.equal(c!.policy, null)
    assert.equal(c!.unresolved, undefined)
  })

  it('takes tags and reserved concurrency from GetFunction (no ListTags or GetFunctionConcurrency calls) and skips code signing for images', async () => {
    happyPath()
    const ctx = testContext()
    const r = await lambdaFunctionCollector.collect(ctx, TEST_REGION, {})
    const fns = r.resources['lambda.function']!
    assert.deepEqual(fns[0]!.tags, { t: '1' })
    assert.equal(fns[0]!.reservedConcurrency, 2)
    assert.equal(fns[0]!.codeSigningConfigArn, null, 'an empty CodeSigningConfigArn means none')
    const counts = ctx.callCounts()
    assert.equal(counts['lambda:ListTags'], undefined)
    assert.equal(counts['lambda:GetFunctionConcurrency'], undefined)
    assert.equal(counts['lambda:GetFunction'], 3)
    assert.equal(counts['lambda:GetFunctionCodeSigningConfig'], 2, 'not for the container-image function')
    for (const action of Object.keys(counts)) assert.ok(lambdaFunctionCollector.actions.includes(action), `${action} is declared`)
  })

  it('AccessDenied on ListFunctions is a gap naming the action, with no resources', async () => {
    lambda.on(ListFunctionsCommand).rejects(awsError('AccessDeniedException', 403))
    lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] })
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps.length, 1)
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.equal(r.gaps[0]!.resourceType, 'lambda.function')
    assert.equal(r.gaps[0]!.region, TEST_REGION)
    assert.match(r.gaps[0]!.message, /lambda:ListFunctions/)
  })

  it('a failed second page is a gap too (a partial list never passes for a complete one)', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'a', FunctionArn: arn('a') }], NextMarker: 'm1' })
    lambda.on(ListFunctionsCommand, { Marker: 'm1' }).rejects(awsError('TooManyRequestsException', 429))
    lambda.on(ListEventSourceMappingsCommand).resolves({})
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'Throttled')
    assert.equal(r.resources['lambda.function'], undefined)
  })

  it('a failed mapping listing marks every function’s mappings unresolved', async () => {
    happyPath()
    lambda.on(ListEventSourceMappingsCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    for (const fn of r.resources['lambda.function']!) assert.equal(fn.unresolved?.eventSourceMappings, 'AccessDenied (lambda:ListEventSourceMappings)')
  })

  it('a function deleted between the listing and GetFunction is left out', async () => {
    happyPath()
    lambda.on(GetFunctionCommand, { FunctionName: arn('b') }).rejects(awsError('ResourceNotFoundException', 404))
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(
      r.resources['lambda.function']!.map((f) => f.name),
      ['a', 'c'],
    )
  })

  it('a cancelled scan rejects instead of producing gaps', async () => {
    happyPath()
    const ac = new AbortController()
    ac.abort()
    await assert.rejects(lambdaFunctionCollector.collect(testContext({ signal: ac.signal }), TEST_REGION, {}), { name: 'AbortError' })
  })
})

describe('lambda.function detail groups', () => {
  const lambda = mockClient(LambdaClient)
  beforeEach(() => lambda.reset())
  afterEach(() => lambda.reset())

  const fullDetails: FunctionDetails = {
    getFunction: { ok: true, value: { Tags: { owner: 'a' }, Concurrency: { ReservedConcurrentExecutions: 5 } } },
    policy: { ok: true, value: { Policy: policyJson } },
    url: { ok: true, value: { FunctionUrl: 'https://x.lambda-url', FunctionArn: arn('orders'), AuthType: 'NONE', CreationTime: '', LastModifiedTime: '' } },
    codeSigning: { ok: true, value: { CodeSigningConfigArn: 'arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-1', FunctionName: 'orders' } },
    eventInvoke: { ok: true, value: { MaximumRetryAttempts: 0 } },
    eventSourceMappings: { ok: true, value: [{ uuid: 'u1', eventSourceArn: 'arn:aws:sqs:us-east-1:111122223333:in' }] },
  }
  const KEY: Record<LambdaDetailGroup, keyof FunctionDetails> = {
    'get-function': 'getFunction',
    policy: 'policy',
    url: 'url',
    'code-signing': 'codeSigning',
    'event-invoke': 'eventInvoke',
    'event-source-mappings': 'eventSourceMappings',
  }

  it('withoutDetails leaves a function exactly as the collector maps a skipped call (what the meta-test relies on)', () => {
    for (const g of LAMBDA_DETAIL_GROUPS) {
      const skipped = mapLambdaFunction(fullConfig, { ...fullDetails, [KEY[g]]: failed(notCollectedReason(g)) }, where)
      assert.deepEqual(withoutDetails(mapLambdaFunction(fullConfig, fullDetails, where), [g]), skipped, g)
      for (const field of LAMBDA_DETAILS[g].fields) assert.match(skipped.unresolved?.[field] ?? '', /^not collected: no selected check reads it/, `${g}: ${field}`)
    }
  })

  it('selects the groups the selected checks read (every group without a selection), and a mutelist on tags adds GetFunction', () => {
    assert.deepEqual([...selectedDetails(lambdaFunctionCollector, undefined)].sort(), [...LAMBDA_DETAIL_GROUPS].sort())
    assert.deepEqual([...selectedDetails(lambdaFunctionCollector, { checks: new Set(['lambda-function-url-auth-required']) })], ['url'])
    assert.deepEqual([...selectedDetails(lambdaFunctionCollector, { checks: new Set(['lambda-runtime-supported']) })], [])
    assert.deepEqual([...selectedDetails(lambdaFunctionCollector, { checks: new Set(['lambda-function-url-auth-required']), fields: new Set(['tags']) })].sort(), ['get-function', 'url'])
  })

  it('collecting the code signing configs (derived from functions’ codeSigningConfigArn) fetches that group whatever the checks read', () => {
    const none = { checks: new Set<string>() }
    assert.deepEqual([...selectedDetails(lambdaFunctionCollector, none, new Set(['lambda.function', 'lambda.code-signing-config']))], ['code-signing'])
    assert.deepEqual(actionsFor(lambdaFunctionCollector, none, new Set(['lambda.code-signing-config'])), ['lambda:ListFunctions', 'lambda:GetFunctionCodeSigningConfig'])
  })

  it('the actions of a selection are the listing plus the selected groups’ calls', () => {
    assert.deepEqual(actionsFor(lambdaFunctionCollector, { checks: new Set(['lambda-function-url-auth-required']) }), ['lambda:ListFunctions', 'lambda:GetFunctionUrlConfig'])
    assert.deepEqual(actionsFor(lambdaFunctionCollector, undefined), lambdaFunctionCollector.actions)
    const everyGroup = LAMBDA_DETAIL_GROUPS.flatMap((g) => LAMBDA_DETAILS[g].actions)
    for (const a of everyGroup) assert.ok(lambdaFunctionCollector.actions.includes(a), `${a} is declared`)
  })

  it('a URL-only selection calls ListFunctions and GetFunctionUrlConfig only, and records what it left out', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ ...fullConfig, FunctionName: 'a', FunctionArn: arn('a') }, { FunctionName: 'b', FunctionArn: arn('b'), Role: 'r' }] })
    lambda.on(GetFunctionUrlConfigCommand).rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: arn('a') }).resolves({ FunctionUrl: 'https://a', FunctionArn: arn('a'), AuthType: 'AWS_IAM', CreationTime: '', LastModifiedTime: '' })
    const ctx = testContext({ details: { checks: new Set(['lambda-function-url-auth-required']) } })
    const r = await lambdaFunctionCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(ctx.callCounts(), { 'lambda:GetFunctionUrlConfig': 2, 'lambda:ListFunctions': 1 })
    const [a, b] = r.resources['lambda.function']!
    assert.equal(a!.url?.authType, 'AWS_IAM')
    assert.equal(b!.url, null)
    assert.equal(b!.unresolved?.url, undefined, 'a fetched group is not marked')
    for (const fn of [a!, b!]) {
      assert.deepEqual(Object.keys(fn.unresolved ?? {}).sort(), ['codeSigningConfigArn', 'eventInvokeConfig', 'eventSourceMappings', 'policy', 'reservedConcurrency', 'tags'])
      assert.equal(fn.tags, undefined)
    }
    assert.deepEqual(r.partial, [
      {
        resourceType: 'lambda.function',
        kind: 'fields',
        region: TEST_REGION,
        fields: ['tags', 'reservedConcurrency', 'policy', 'codeSigningConfigArn', 'eventInvokeConfig', 'eventSourceMappings'],
        reason: r.partial![0]!.reason,
      },
    ])
    assert.match(r.partial![0]!.reason, /lambda:GetFunction, lambda:GetPolicy/)
  })

  it('a full selection records nothing as left out', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [] })
    lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] })
    const r = await lambdaFunctionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.partial, undefined)
  })
})
