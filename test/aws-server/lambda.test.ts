import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import {
  GetCodeSigningConfigCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionPolicyCommand,
  GetPolicyCommand,
  LambdaClient,
  ListCodeSigningConfigsCommand,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  ListLayersCommand,
  ListLayerVersionsCommand,
  paginateListFunctions,
} from '@aws-sdk/client-lambda'
import { startAwsServer, type AwsServer } from './server.js'
import { ACCOUNT, clientConfig, smallAccount } from './test-support.js'
import { arns } from './fixture.js'

/** Runs a call that must fail; returns the SDK error. */
async function failure(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  assert.fail('expected the call to fail')
}

describe('aws-server: Lambda (REST-JSON)', () => {
  let server: AwsServer
  let lambda: LambdaClient
  before(async () => {
    server = await startAwsServer({ account: smallAccount() })
    lambda = new LambdaClient(clientConfig(server))
  })
  after(async () => {
    lambda.destroy()
    await server.close()
  })

  it('pages ListFunctions with Marker/NextMarker at the fixture page size', async () => {
    server.calls.clear()
    const names: string[] = []
    let pages = 0
    for await (const page of paginateListFunctions({ client: lambda, pageSize: 1000 }, {})) {
      pages++
      assert.ok((page.Functions ?? []).length <= 3)
      names.push(...(page.Functions ?? []).map((f) => f.FunctionName!))
    }
    assert.equal(pages, 3)
    assert.deepEqual(names, ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'api', 'img'])
    assert.equal(server.calls.count({ service: 'lambda', operation: 'ListFunctions', status: 200 }), 3)
  })

  it('caps a ListFunctions page at 50 whatever MaxItems says', async () => {
    const account = smallAccount()
    account.pageSizes = {}
    account.regions['us-east-1']!.functions = Array.from({ length: 60 }, (_, i) => ({ name: `g${i}`, runtime: 'nodejs22.x', role: arns.role(ACCOUNT, 'r0') }))
    const s = await startAwsServer({ account })
    const c = new LambdaClient(clientConfig(s))
    try {
      const first = await c.send(new ListFunctionsCommand({ MaxItems: 1000 }))
      assert.equal(first.Functions?.length, 50)
      assert.ok(first.NextMarker)
      const second = await c.send(new ListFunctionsCommand({ MaxItems: 1000, Marker: first.NextMarker }))
      assert.equal(second.Functions?.length, 10)
      assert.equal(second.NextMarker, undefined)
      const bad = await failure(c.send(new ListFunctionsCommand({ Marker: 'not-a-marker' })))
      assert.equal(bad.name, 'InvalidParameterValueException')
    } finally {
      c.destroy()
      await s.close()
    }
  })

  it('answers GetFunction with configuration, code, tags and concurrency', async () => {
    const out = await lambda.send(new GetFunctionCommand({ FunctionName: 'api' }))
    const c = out.Configuration!
    assert.equal(c.FunctionArn, arns.function('us-east-1', ACCOUNT, 'api'))
    assert.equal(c.Runtime, 'python3.12')
    assert.deepEqual(c.Environment?.Variables, { A: 'b' })
    assert.equal(c.KMSKeyArn, arns.key('us-east-1', ACCOUNT, 'k1'))
    assert.equal(c.VpcConfig?.VpcId, 'vpc-1')
    assert.deepEqual(c.VpcConfig?.SubnetIds, ['subnet-1', 'subnet-2'])
    assert.equal(c.TracingConfig?.Mode, 'Active')
    assert.equal(c.Layers?.[0]?.Arn, 'arn:aws:lambda:us-east-1:999999999999:layer:ext:3')
    assert.equal(c.LoggingConfig?.LogGroup, '/aws/lambda/api')
    assert.equal(out.Code?.RepositoryType, 'S3')
    assert.deepEqual(out.Tags, { team: 'a' })
    assert.equal(out.Concurrency?.ReservedConcurrentExecutions, 5)
    const conc = await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'f0' }))
    assert.equal(conc.ReservedConcurrentExecutions, undefined)
  })

  it('resolves a function by ARN and reports a VPC-detached image function as AWS does', async () => {
    const out = await lambda.send(new GetFunctionCommand({ FunctionName: arns.function('us-east-1', ACCOUNT, 'img') }))
    assert.equal(out.Configuration?.PackageType, 'Image')
    assert.equal(out.Configuration?.Runtime, undefined)
    assert.equal(out.Configuration?.VpcConfig?.VpcId, '')
    assert.equal(out.Code?.RepositoryType, 'ECR')
    const missing = await failure(lambda.send(new GetFunctionCommand({ FunctionName: 'nope' })))
    assert.equal(missing.name, 'ResourceNotFoundException')
    assert.equal(missing.$metadata?.httpStatusCode, 404)
  })

  it('answers GetPolicy with the policy JSON, 404 without one, AccessDenied when denied', async () => {
    const out = await lambda.send(new GetPolicyCommand({ FunctionName: 'api' }))
    assert.equal(JSON.parse(out.Policy!).Statement[0].Principal, '*')
    const none = await failure(lambda.send(new GetPolicyCommand({ FunctionName: 'f0' })))
    assert.equal(none.name, 'ResourceNotFoundException')
    assert.equal(none.$metadata?.httpStatusCode, 404)
    const denied = await failure(lambda.send(new GetPolicyCommand({ FunctionName: 'f3' })))
    assert.equal(denied.name, 'AccessDeniedException')
    assert.equal(denied.$metadata?.httpStatusCode, 403)
    assert.match(denied.message, /lambda:GetPolicy/)
    assert.equal(server.calls.filter({ operation: 'GetPolicy' }).at(-1)?.cause, 'denied')
  })

  it('answers URL, code signing and event-invoke configs', async () => {
    const url = await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'api' }))
    assert.equal(url.AuthType, 'NONE')
    assert.deepEqual(url.Cors?.AllowOrigins, ['*'])
    assert.match(url.FunctionUrl!, /^https:\/\/[0-9a-f]{32}\.lambda-url\.us-east-1\.on\.aws\/$/)
    assert.equal((await failure(lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: 'f0' })))).name, 'ResourceNotFoundException')

    const csc = await lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'api' }))
    assert.equal(csc.CodeSigningConfigArn, arns.codeSigningConfig('us-east-1', ACCOUNT, 'csc-1'))
    assert.equal((await lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'f0' }))).CodeSigningConfigArn, '')
    assert.equal((await failure(lambda.send(new GetFunctionCodeSigningConfigCommand({ FunctionName: 'img' })))).name, 'InvalidParameterValueException')
    const detail = await lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn: csc.CodeSigningConfigArn }))
    assert.equal(detail.CodeSigningConfig?.CodeSigningPolicies?.UntrustedArtifactOnDeployment, 'Enforce')
    assert.equal((await lambda.send(new ListCodeSigningConfigsCommand({}))).CodeSigningConfigs?.length, 1)

    const eic = await lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'api' }))
    assert.equal(eic.DestinationConfig?.OnFailure?.Destination, arns.queue('us-east-1', ACCOUNT, 'dlq'))
    assert.ok(eic.LastModified instanceof Date)
    assert.equal((await failure(lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'f0' })))).name, 'ResourceNotFoundException')
  })

  it('lists event source mappings by function, and layers with their versions and policies', async () => {
    const esm = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'api' }))
    assert.equal(esm.EventSourceMappings?.[0]?.DestinationConfig?.OnFailure?.Destination, arns.queue('us-east-1', ACCOUNT, 'dlq'))
    assert.equal((await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'f0' }))).EventSourceMappings?.length, 0)
    const layers = await lambda.send(new ListLayersCommand({}))
    assert.equal(layers.Layers?.[0]?.LatestMatchingVersion?.Version, 2)
    const versions = await lambda.send(new ListLayerVersionsCommand({ LayerName: 'shared' }))
    assert.deepEqual(versions.LayerVersions?.map((v) => v.Version), [2, 1])
    const pol = await lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared', VersionNumber: 2 }))
    assert.equal(JSON.parse(pol.Policy!).Statement[0].Principal, '*')
    assert.equal((await failure(lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared', VersionNumber: 1 })))).name, 'ResourceNotFoundException')
  })

  it('gives each region its own data and refuses a region the account has not opted into', async () => {
    const eu = new LambdaClient(clientConfig(server, 'eu-west-1'))
    const ap = new LambdaClient(clientConfig(server, 'ap-east-1'))
    const west = new LambdaClient(clientConfig(server, 'us-west-2'))
    try {
      assert.deepEqual((await eu.send(new ListFunctionsCommand({}))).Functions?.map((f) => f.FunctionArn), [arns.function('eu-west-1', ACCOUNT, 'eu-fn')])
      assert.deepEqual((await west.send(new ListFunctionsCommand({}))).Functions, [])
      assert.equal((await failure(ap.send(new ListFunctionsCommand({})))).name, 'UnrecognizedClientException')
    } finally {
      eu.destroy()
      ap.destroy()
      west.destroy()
    }
  })
})
