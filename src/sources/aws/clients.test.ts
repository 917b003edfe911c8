/**
 * The real SDK clients against a tiny HTTP server on 127.0.0.1: endpoint overrides from the
 * environment, retries on throttling, the request timeout, bounded sockets.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ListFunctionsCommand } from '@aws-sdk/client-lambda'
import { AwsCallError } from './classify-error.js'
import { ClientPool, clientSettingsFromEnv } from './clients.js'
import { createAwsContext } from './context.js'
import { DEFAULT_RATES, scaledRates } from './rates.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server
let base = ''
let handler: Handler = () => undefined
const seen: { url: string; host: string; auth: string }[] = []
let inFlight = 0
let peak = 0

before(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host ?? '', auth: String(req.headers.authorization ?? '') })
    inFlight++
    peak = Math.max(peak, inFlight)
    res.on('close', () => inFlight--)
    handler(req, res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((r) => server.close(() => r())))

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function context(settings: Partial<ReturnType<typeof clientSettingsFromEnv>> = {}) {
  const pool = new ClientPool({ credentials: { accessKeyId: 'AKIDLOOPBACKTEST0000', secretAccessKey: 'loopback' }, ...clientSettingsFromEnv(), maxAttempts: 1, ...settings })
  const ctx = createAwsContext({ clients: pool, accountId: '111122223333', partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })
  return { pool, ctx }
}

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k]
  else process.env[k] = v
  return fn().finally(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]
    else process.env[k] = v
  })
}

describe('SDK clients on a loopback server', () => {
  it('honour AWS_ENDPOINT_URL_LAMBDA (per service) and sign the request', async () => {
    seen.length = 0
    handler = (_req, res) => json(res, 200, { Functions: [{ FunctionName: 'f', FunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:f' }] })
    await withEnv({ AWS_ENDPOINT_URL_LAMBDA: base, AWS_ENDPOINT_URL: undefined }, async () => {
      const { pool, ctx } = context()
      try {
        const out = await ctx.send('us-east-1', 'lambda:ListFunctions', new ListFunctionsCommand({ MaxItems: 50 }))
        assert.equal(out.Functions?.[0]?.FunctionName, 'f')
      } finally {
        await pool.destroy()
      }
    })
    assert.equal(seen.length, 1)
    assert.match(seen[0]!.url, /^\/2015-03-31\/functions\/?\?MaxItems=50/)
    assert.equal(seen[0]!.host, base.replace('http://', ''))
    assert.match(seen[0]!.auth, /^AWS4-HMAC-SHA256 Credential=AKIDLOOPBACKTEST0000\/\d{8}\/us-east-1\/lambda\/aws4_request/)
  })

  it('honour the global AWS_ENDPOINT_URL', async () => {
    seen.length = 0
    handler = (_req, res) => json(res, 200, { Functions: [] })
    await withEnv({ AWS_ENDPOINT_URL: base, AWS_ENDPOINT_URL_LAMBDA: undefined }, async () => {
      const { pool, ctx } = context()
      try {
        await ctx.send('eu-west-1', 'lambda:ListFunctions', new ListFunctionsCommand({}))
      } finally {
        await pool.destroy()
      }
    })
    assert.equal(seen.length, 1)
  })

  it('retry throttling (TooManyRequestsException) until it succeeds', async () => {
    seen.length = 0
    let n = 0
    handler = (_req, res) => (++n === 1 ? json(res, 429, { message: 'Rate exceeded' }, { 'x-amzn-errortype': 'TooManyRequestsException' }) : json(res, 200, { Functions: [] }))
    await withEnv({ AWS_ENDPOINT_URL_LAMBDA: base }, async () => {
      const { pool, ctx } = context({ maxAttempts: 3 })
      try {
        const out = await ctx.send('us-east-1', 'lambda:ListFunctions', new ListFunctionsCommand({}))
        assert.deepEqual(out.Functions, [])
      } finally {
        await pool.destroy()
      }
    })
    assert.equal(seen.length, 2, 'the SDK retried once')
  })

  it('throttling that outlasts the retries is classified Throttled', async () => {
    handler = (_req, res) => json(res, 429, { message: 'Rate exceeded' }, { 'x-amzn-errortype': 'TooManyRequestsException' })
    await withEnv({ AWS_ENDPOINT_URL_LAMBDA: base }, async () => {
      const { pool, ctx } = context({ maxAttempts: 1 })
      try {
        await assert.rejects(ctx.send('us-east-1', 'lambda:ListFunctions', new ListFunctionsCommand({})), (e: unknown) => e instanceof AwsCallError && e.kind === 'Throttled')
      } finally {
        await pool.destroy()
      }
    })
  })

  it('time out a request that does not answer (CLEARSKY_REQUEST_TIMEOUT_MS) as Timeout', async () => {
    handler = () => undefined // never answers
    await withEnv({ AWS_ENDPOINT_URL_LAMBDA: base, CLEARSKY_REQUEST_TIMEOUT_MS: '200' }, async () => {
      const { pool, ctx } = context()
      const start = Date.now()
      try {
        await assert.rejects(ctx.send('us-east-1', 'lambda:ListFunctions', new ListFunctionsCommand({})), (e: unknown) => e instanceof AwsCallError && e.kind === 'Timeout')
      } finally {
        await pool.destroy()
      }
      assert.ok(Date.now() - start < 3000)
    })
  })

  it('open at most maxSockets connections per client', async () => {
    peak = 0
    handler = (_req, res) => setTimeout(() => json(res, 200, { Functions: [] }), 30)
    await withEnv({ AWS_ENDPOINT_URL_LAMBDA: base }, async () => {
      const { pool, ctx } = context({ maxSockets: 2 })
      try {
        await Promise.all(Array.from({ length: 8 }, () => ctx.send('us-east-1', 'lambda:ListFunctions', new ListFunctionsCommand({}))))
      } finally {
        await pool.destroy()
      }
    })
    assert.ok(peak <= 2, `peak ${peak}`)
  })
})

describe('clientSettingsFromEnv', () => {
  it('reads the timeout, attempts and sockets, ignoring nonsense', () => {
    assert.deepEqual(clientSettingsFromEnv({ CLEARSKY_REQUEST_TIMEOUT_MS: '1500', CLEARSKY_MAX_ATTEMPTS: '3', CLEARSKY_MAX_SOCKETS: 'x' }), { requestTimeoutMs: 1500, maxAttempts: 3, maxSockets: 32 })
    assert.deepEqual(clientSettingsFromEnv({}), { requestTimeoutMs: 10_000, maxAttempts: 6, maxSockets: 32 })
  })
})
