/**
 * The real SDK clients against a tiny HTTP server on 127.0.0.1: endpoint overrides from the
 * environment, retries on throttling, the request timeout, bounded sockets.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ListFunctionsCommand } from '@aws-sdk/client-lambda'
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control'
import { AwsCallError } from './classify-error.js'
import { ClientPool, clientSettingsFromEnv, hasIpLiteralHost, type SdkClient } from './clients.js'
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

/** The URL the S3 Control client's endpoint rules give for one account (no request is sent). */
function s3ControlEndpoint(client: SdkClient, accountId: string, endpoint?: string): URL {
  const config = (client as unknown as { config: { endpointProvider(p: Record<string, unknown>): { url: URL } } }).config
  return config.endpointProvider({ Region: 'us-east-1', AccountId: accountId, RequiresAccountId: true, UseFIPS: false, UseDualStack: false, ...(endpoint ? { Endpoint: endpoint } : {}) }).url
}

describe('S3 Control client and custom endpoints', () => {
  it('sends to an IP-address endpoint as it is (no account prefix, no stack on stderr), naming the account in x-amz-account-id', async () => {
    seen.length = 0
    const accountHeaders: string[] = []
    handler = (req, res) => {
      accountHeaders.push(String(req.headers['x-amz-account-id']))
      res.writeHead(200, { 'content-type': 'application/xml' })
      res.end('<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>false</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>')
    }
    let stderr = ''
    const write = process.stderr.write.bind(process.stderr)
    const errorLog = console.error
    process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write
    console.error = (...args: unknown[]) => void (stderr += args.map(String).join(' ') + '\n')
    try {
      await withEnv({ AWS_ENDPOINT_URL: base, AWS_ENDPOINT_URL_S3_CONTROL: undefined }, async () => {
        const { pool, ctx } = context()
        try {
          const out = await ctx.send('us-east-1', 's3:GetAccountPublicAccessBlock', new GetPublicAccessBlockCommand({ AccountId: '111122223333' }), { client: 's3-control' })
          assert.equal(out.PublicAccessBlockConfiguration?.BlockPublicPolicy, true)
          assert.equal(out.PublicAccessBlockConfiguration?.IgnorePublicAcls, false)
        } finally {
          await pool.destroy()
        }
      })
    } finally {
      process.stderr.write = write
      console.error = errorLog
    }
    assert.equal(stderr, '')
    assert.equal(seen.length, 1)
    assert.equal(seen[0]!.host, base.replace('http://', ''))
    assert.equal(seen[0]!.url, '/v20180820/configuration/publicAccessBlock')
    assert.match(seen[0]!.auth, /\/us-east-1\/s3\/aws4_request/)
    assert.deepEqual(accountHeaders, ['111122223333'])
  })

  it('leaves AWS endpoints and host-name custom endpoints to the SDK (account id in front of the host)', async () => {
    await withEnv({ AWS_ENDPOINT_URL: undefined, AWS_ENDPOINT_URL_S3_CONTROL: undefined }, async () => {
      const { pool } = context()
      try {
        const client = await pool.get('s3-control', 'us-east-1')
        assert.equal(s3ControlEndpoint(client, '111122223333').host, '111122223333.s3-control.us-east-1.amazonaws.com')
        assert.equal(s3ControlEndpoint(client, '111122223333', 'http://localhost:4566').host, '111122223333.localhost:4566')
        assert.equal(s3ControlEndpoint(client, '111122223333', 'https://s3-control.example.com').host, '111122223333.s3-control.example.com')
        assert.equal(s3ControlEndpoint(client, '111122223333', 'http://127.0.0.1:4566').host, '127.0.0.1:4566')
        assert.equal(s3ControlEndpoint(client, '111122223333', 'http://[::1]:4566/base').href, 'http://[::1]:4566/base')
      } finally {
        await pool.destroy()
      }
    })
  })

  it('tells IP-address hosts from host names', () => {
    for (const ip of ['http://127.0.0.1:4566', 'https://10.0.0.7', 'http://[::1]:80', 'http://[fd00::1]/']) assert.equal(hasIpLiteralHost(ip), true, ip)
    for (const name of ['http://localhost:4566', 'https://s3-control.us-east-1.amazonaws.com', 'http://1.2.3.4.example.com', 'not a url']) assert.equal(hasIpLiteralHost(name), false, name)
  })
})
