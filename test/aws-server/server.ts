import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import { CallLog, type CallRecord } from './call-log.js'
import { accessDenied, ApiError, throttled } from './errors.js'
import { drawFault, type FaultPlan } from './faults.js'
import type { DenyRule, FixtureAccount } from './fixture.js'
import { createPrng, type Prng } from './prng.js'
import { PROTOCOLS } from './protocols/index.js'
import type { RawRequest, RawResponse } from './protocols/wire.js'
import { DEFAULT_QUOTAS, QuotaEnforcer, type QuotaTable } from './quotas.js'
import { SERVICES } from './services/index.js'
import { CODE_DOWNLOAD_PREFIX, serveCodeDownload } from './code-downloads.js'
import type { CallContext, ServiceDef } from './services/types.js'
import { parseAuthorization } from './sigv4.js'

/** Delay added to every answer, in ms. */
export type Latency = number | { baseMs: number; jitterMs?: number } | ((call: { service: string; operation: string; region: string }) => number)

export interface AwsServerOptions {
  /** The account every access key sees, unless `accountsByAccessKey` names another. */
  account: FixtureAccount
  accountsByAccessKey?: Record<string, FixtureAccount>
  /** Seed of the PRNG behind fault injection and latency jitter. */
  seed?: number
  latency?: Latency
  /** `true` = AWS's quotas (DEFAULT_QUOTAS); a table overrides them; absent = no limits. */
  quotas?: boolean | QuotaTable
  faults?: FaultPlan[]
  /** Deny rules on top of the account's own. */
  denied?: DenyRule[]
  /** Milliseconds clock for the quota buckets (tests freeze it). */
  clock?: () => number
}

/** A running loopback AWS endpoint. */
export interface AwsServer {
  /** `http://127.0.0.1:PORT`: give it to the SDK as AWS_ENDPOINT_URL or `endpoint`. */
  readonly url: string
  readonly port: number
  readonly calls: CallLog
  /** Replace the fault plans (e.g. between phases of a reliability test). */
  setFaults(plans: FaultPlan[]): void
  setLatency(latency: Latency | undefined): void
  deny(rule: DenyRule): void
  clearDenials(): void
  close(): Promise<void>
}

const MAX_BODY = 10 * 1024 * 1024

export async function startAwsServer(opts: AwsServerOptions): Promise<AwsServer> {
  const prng: Prng = createPrng(opts.seed ?? 1)
  const calls = new CallLog()
  const quotas = opts.quotas ? new QuotaEnforcer(opts.quotas === true ? DEFAULT_QUOTAS : opts.quotas, opts.clock) : undefined
  let faults = opts.faults ?? []
  let latency = opts.latency
  const extraDenials = [...(opts.denied ?? [])]
  const sockets = new Set<Socket>()
  const hung = new Set<ServerResponse>()
  let baseUrl = ''

  const server = createServer((req, res) => {
    // Presigned code downloads are plain GETs, not signed API calls.
    if (req.method === 'GET' && req.url?.startsWith(CODE_DOWNLOAD_PREFIX)) {
      const out = serveCodeDownload(new URL(req.url, 'http://127.0.0.1').pathname, [opts.account, ...Object.values(opts.accountsByAccessKey ?? {})])
      res.writeHead(out.status, out.headers).end(out.body)
      return
    }
    readBody(req)
      .then((body) => handle(req, res, body))
      .catch((err: unknown) => {
        // A bug in the fake server, not an AWS answer: make it loud.
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(`aws-server internal error: ${(err as Error)?.stack ?? String(err)}`)
        }
      })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })

  async function handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const started = performance.now()
    const requestId = randomUUID()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const raw: RawRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body }
    const scope = parseAuthorization(req.headers.authorization)
    const service = scope ? SERVICES[scope.service] : undefined
    if (!scope || !service) {
      send(res, { status: 400, headers: { 'content-type': 'text/plain' }, body: scope ? `aws-server: no fake service for signing name '${scope.service}'` : 'aws-server: request is not SigV4-signed' })
      return
    }
    const protocol = PROTOCOLS[service.protocol]
    const parsed = protocol.parse(raw, service)
    const account = opts.accountsByAccessKey?.[scope.accessKeyId] ?? opts.account
    const callerArn = account.caller?.arn ?? `arn:aws:iam::${account.accountId}:user/scanner`
    const log = (status: CallRecord['status'], errorCode?: string, cause?: CallRecord['cause']) =>
      calls.add({
        seq: calls.nextSeq(),
        service: service.signingName,
        operation: parsed.operation,
        action: (parsed.known ? service.operations[parsed.operation]?.iamAction : undefined) ?? `${service.iamPrefix}:${parsed.operation}`,
        region: scope.region,
        accountId: account.accountId,
        accessKeyId: scope.accessKeyId,
        status,
        ...(errorCode ? { errorCode } : {}),
        ...(cause ? { cause } : {}),
        durationMs: performance.now() - started,
        ...sdkAttempt(req),
      })
    const reply = async (answer: { output?: unknown; error?: ApiError }, cause?: CallRecord['cause']) => {
      await delay(latencyFor(latency, prng, { service: service.signingName, operation: parsed.operation, region: scope.region }))
      const out = answer.error ? protocol.error(answer.error, parsed.operation, service, requestId) : protocol.success(answer.output, parsed.operation, service, requestId)
      send(res, out)
      log(out.status, answer.error?.code, answer.error ? cause : undefined)
    }

    if (!parsed.known) {
      await reply({ error: new ApiError(service.protocol === 'rest-json' ? 'UnknownOperationException' : 'InvalidAction', `aws-server does not implement ${service.signingName} ${parsed.operation}`, 400) }, 'handler')
      return
    }
    const op = service.operations[parsed.operation]!
    const inFlightKey = `${service.signingName}:${scope.region}`
    calls.enter(inFlightKey)
    try {
      if ((account.notOptedInRegions ?? []).includes(scope.region)) {
        const t = service.errors.invalidToken
        await reply({ error: new ApiError(t.code, t.message, t.status) }, 'region')
        return
      }
      const fault = drawFault(faults, { service: service.signingName, operation: parsed.operation, region: scope.region }, prng)
      if (fault?.kind === 'reset') {
        log('reset', undefined, 'fault')
        req.socket.destroy()
        return
      }
      if (fault?.kind === 'hang') {
        log('hung', undefined, 'fault')
        if (fault.plan.hangMs === undefined) {
          hung.add(res)
          res.on('close', () => hung.delete(res))
          return
        }
        await delay(fault.plan.hangMs)
        if (res.destroyed) return
      }
      if (fault?.kind === 'throttle') return await reply({ error: throttled(service.errors) }, 'fault')
      if (fault?.kind === 'http500') return await reply({ error: new ApiError(service.errors.internal.code, 'We encountered an internal error. Please try again.', 500) }, 'fault')
      if (fault?.kind === 'http503') return await reply({ error: new ApiError(service.errors.unavailable.code, 'Service is unavailable. Please try again.', 503) }, 'fault')

      const dataRegion = service.global ? 'global' : scope.region
      if (quotas && !quotas.take(account.accountId, dataRegion, service.signingName, op.family ?? service.defaultFamily)) {
        return await reply({ error: throttled(service.errors) }, 'quota')
      }
      const ctx: CallContext = {
        account,
        accountId: account.accountId,
        region: scope.region,
        data: account.regions[scope.region] ?? {},
        callerArn,
        baseUrl,
        fixturePageSize: (operation) => account.pageSizes?.[`${service.signingName}:${operation}`],
      }
      const action = op.iamAction ?? `${service.iamPrefix}:${parsed.operation}`
      const resource = op.resource?.(parsed.input, ctx)
      if (isDenied([...(account.denied ?? []), ...extraDenials], action, resource, scope.region)) {
        return await reply({ error: accessDenied(service.errors, callerArn, action, resource ?? '*') }, 'denied')
      }
      let output: unknown
      try {
        output = op.handle(parsed.input, ctx)
      } catch (err) {
        if (err instanceof ApiError) return await reply({ error: err }, 'handler')
        throw err
      }
      await reply({ output })
    } finally {
      calls.leave(inFlightKey)
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`

  return {
    url: baseUrl,
    port,
    calls,
    setFaults: (plans) => void (faults = plans),
    setLatency: (l) => void (latency = l),
    deny: (rule) => void extraDenials.push(rule),
    clearDenials: () => void (extraDenials.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy()
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Which logical SDK call (and which attempt of it) a request is, from the SDK's retry headers. */
function sdkAttempt(req: IncomingMessage): { invocationId?: string; attempt?: number } {
  const id = req.headers['amz-sdk-invocation-id']
  const attempt = /attempt=(\d+)/.exec(String(req.headers['amz-sdk-request'] ?? ''))?.[1]
  return { ...(typeof id === 'string' ? { invocationId: id } : {}), ...(attempt ? { attempt: Number(attempt) } : {}) }
}

function send(res: ServerResponse, out: RawResponse): void {
  if (res.destroyed) return
  res.writeHead(out.status, { ...out.headers, 'content-length': Buffer.byteLength(out.body) })
  res.end(out.body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) reject(new Error('request body too large'))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve()
}

function latencyFor(l: Latency | undefined, prng: Prng, call: { service: string; operation: string; region: string }): number {
  if (l === undefined) return 0
  if (typeof l === 'number') return l
  if (typeof l === 'function') return l(call)
  return l.baseMs + (l.jitterMs ? prng.next() * l.jitterMs : 0)
}

function glob(pattern: string, value: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value)
}

/** True when a rule denies this action (and resource, and region). A resource rule matches a name or an ARN ending in that name. */
export function isDenied(rules: readonly DenyRule[], action: string, resource: string | undefined, region: string): boolean {
  return rules.some((r) => {
    if (!glob(r.action, action)) return false
    if (r.region && r.region !== region) return false
    if (!r.resource) return true
    if (!resource) return false
    return glob(r.resource, resource) || glob(r.resource, resource.split(':').pop() ?? '') || glob(r.resource, resource.split('/').pop() ?? '')
  })
}

export type { ServiceDef }
