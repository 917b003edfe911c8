/**
 * A loopback HTTP server that serves code archives the way S3 serves a presigned URL: plain GET,
 * the body as bytes. Routes can also answer with an error status, hang, or stream without a
 * Content-Length; the server counts requests and the most downloads in flight at once.
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type Route = Buffer | { status: number } | { hang: true } | { chunked: Buffer } | { delayMs: number; body: Buffer }

export interface ArchiveServer {
  /** URL of a route, with a fake signature in the query string like a presigned URL. */
  url(path: string): string
  set(path: string, route: Route): void
  requests(path?: string): number
  readonly peakInFlight: number
  close(): Promise<void>
}

export async function startArchiveServer(routes: Record<string, Route> = {}): Promise<ArchiveServer> {
  const table = new Map(Object.entries(routes))
  const counts = new Map<string, number>()
  const sockets = new Set<Socket>()
  const hung = new Set<ServerResponse>()
  let inFlight = 0
  let peak = 0
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const route = table.get(path)
    inFlight++
    peak = Math.max(peak, inFlight)
    res.on('close', () => inFlight--)
    if (!route) {
      res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>')
    } else if (Buffer.isBuffer(route)) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': route.length }).end(route)
    } else if ('status' in route) {
      res.writeHead(route.status).end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>')
    } else if ('hang' in route) {
      hung.add(res)
      res.writeHead(200, { 'content-type': 'application/zip' })
      res.write(Buffer.from('PK'))
    } else if ('chunked' in route) {
      res.writeHead(200, { 'content-type': 'application/zip' })
      const body = route.chunked
      for (let i = 0; i < body.length; i += 64 * 1024) res.write(body.subarray(i, i + 64 * 1024))
      res.end()
    } else {
      setTimeout(() => res.writeHead(200, { 'content-length': route.body.length }).end(route.body), route.delayMs)
    }
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: (path) => `${base}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-Signature=0123456789abcdef`,
    set: (path, route) => void table.set(path, route),
    requests: (path) => (path ? (counts.get(path) ?? 0) : [...counts.values()].reduce((a, b) => a + b, 0)),
    get peakInFlight() {
      return peak
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hung) r.destroy()
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
