import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { GetFunctionCommand, GetPolicyCommand, LambdaClient, ListFunctionsCommand, paginateListFunctions } from '@aws-sdk/client-lambda'
import { startAwsServer, type AwsServer } from './server.js'
import { clientConfig, smallAccount } from './test-support.js'
import { generateAccount } from './generate.js'
import { isReadOperation } from './call-log.js'

async function settle<T>(ps: Promise<T>[]) {
  const rs = await Promise.allSettled(ps)
  return {
    ok: rs.filter((r) => r.status === 'fulfilled').length,
    errors: rs.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).name] : [])),
  }
}

describe('aws-server: quotas, faults, latency, call log', () => {
  let server: AwsServer
  before(async () => {
    // A frozen clock: buckets do not refill during a test, so the counts are exact.
    server = await startAwsServer({ account: smallAccount(), quotas: true, clock: () => 0 })
  })
  after(() => server.close())

  it('enforces GetPolicy at 15/s per region with 429 TooManyRequestsException, apart from GetFunction', async () => {
    const lambda = new LambdaClient(clientConfig(server))
    const eu = new LambdaClient(clientConfig(server, 'eu-west-1'))
    try {
      server.calls.clear()
      const policy = await settle(Array.from({ length: 20 }, () => lambda.send(new GetPolicyCommand({ FunctionName: 'api' }))))
      assert.equal(policy.ok, 15)
      assert.deepEqual([...new Set(policy.errors)], ['TooManyRequestsException'])
      assert.equal(server.calls.filter({ operation: 'GetPolicy', status: 429 }).every((c) => c.cause === 'quota'), true)
      // GetFunction has its own 100/s bucket; another region has its own buckets.
      const fn = await settle(Array.from({ length: 20 }, () => lambda.send(new GetFunctionCommand({ FunctionName: 'api' }))))
      assert.equal(fn.ok, 20)
      assert.ok(await eu.send(new ListFunctionsCommand({})))
    } finally {
      lambda.destroy()
      eu.destroy()
    }
  })

  it('the SDK retries injected 500s and sees the last one; a reset socket surfaces as ECONNRESET', async () => {
    const lambda = new LambdaClient(clientConfig(server, 'us-east-1', 3))
    try {
      server.calls.clear()
      server.setFaults([{ http500: 1, match: { operation: 'ListFunctions' } }])
      const err = (await lambda.send(new ListFunctionsCommand({})).catch((e: unknown) => e)) as Error & { $metadata?: { attempts?: number; httpStatusCode?: number } }
      assert.equal(err.name, 'ServiceException')
      assert.equal(err.$metadata?.httpStatusCode, 500)
      assert.equal(server.calls.count({ operation: 'ListFunctions', status: 500 }), 3)
      server.setFaults([{ reset: 1 }])
      const one = new LambdaClient(clientConfig(server))
      const reset = (await one.send(new ListFunctionsCommand({})).catch((e: unknown) => e)) as { code?: string; name?: string }
      one.destroy()
      assert.equal(reset.code ?? reset.name, 'ECONNRESET')
      assert.equal(server.calls.count({ status: 'reset' }), 1)
    } finally {
      server.setFaults([])
      lambda.destroy()
    }
  })

  it('a hung answer runs into the client timeout', async () => {
    const lambda = new LambdaClient({ ...clientConfig(server), requestHandler: { requestTimeout: 150, throwOnRequestTimeout: true } })
    try {
      server.setFaults([{ hang: 1 }])
      const err = (await lambda.send(new ListFunctionsCommand({})).catch((e: unknown) => e)) as Error
      assert.equal(err.name, 'TimeoutError')
    } finally {
      server.setFaults([])
      lambda.destroy()
    }
  })

  it('draws the same faults for the same seed', async () => {
    const statuses = async () => {
      const s = await startAwsServer({ account: smallAccount(), seed: 7, faults: [{ throttle: 0.3, http503: 0.2 }] })
      const c = new LambdaClient(clientConfig(s))
      for (let i = 0; i < 15; i++) await c.send(new GetFunctionCommand({ FunctionName: 'f0' })).catch(() => undefined)
      c.destroy()
      await s.close()
      return s.calls.records.map((r) => r.status)
    }
    const a = await statuses()
    assert.deepEqual(a, await statuses())
    assert.ok(a.includes(429) && a.includes(200), `a mix of answers: ${a.join(',')}`)
  })

  it('adds latency to every answer', async () => {
    const lambda = new LambdaClient(clientConfig(server))
    try {
      server.setLatency(60)
      const t = performance.now()
      await lambda.send(new ListFunctionsCommand({}))
      assert.ok(performance.now() - t >= 55)
    } finally {
      server.setLatency(undefined)
      lambda.destroy()
    }
  })

  it('logs every call with its IAM action, and tells reads from writes', async () => {
    const lambda = new LambdaClient(clientConfig(server, 'us-west-2'))
    server.calls.clear()
    await lambda.send(new GetPolicyCommand({ FunctionName: 'f0' })).catch(() => undefined)
    lambda.destroy()
    assert.deepEqual(server.calls.records.map((r) => [r.action, r.region, r.status, r.errorCode, r.cause]), [['lambda:GetPolicy', 'us-west-2', 404, 'ResourceNotFoundException', 'handler']])
    assert.deepEqual(server.calls.nonReads(), [])
    assert.equal(isReadOperation('UpdateFunctionConfiguration'), false)
    assert.equal(isReadOperation('GetAccountAuthorizationDetails'), true)
    assert.equal(isReadOperation('Getaway'), false)
  })

  it('generates the same large account for the same seed, and pages it at 50', async () => {
    const a = generateAccount({ functionsPerRegion: 120, regions: ['us-east-1', 'eu-west-1'], seed: 3 })
    assert.deepEqual(a, generateAccount({ functionsPerRegion: 120, regions: ['us-east-1', 'eu-west-1'], seed: 3 }))
    const s = await startAwsServer({ account: a })
    const c = new LambdaClient(clientConfig(s, 'eu-west-1'))
    try {
      const sizes: number[] = []
      for await (const page of paginateListFunctions({ client: c }, {})) sizes.push(page.Functions?.length ?? 0)
      assert.deepEqual(sizes, [50, 50, 20])
    } finally {
      c.destroy()
      await s.close()
    }
  })
})
