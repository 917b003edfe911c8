import type { ServiceDef } from '../services/types.js'
import type { Protocol } from './protocol.js'
import { toJsonWire, type RawRequest } from './wire.js'

/**
 * REST-JSON (Lambda): the operation is the route (method + path), members come from path
 * labels, the query string and a JSON body; errors carry their code in `x-amzn-ErrorType`.
 */
interface Route {
  operation: string
  method: string
  re: RegExp
  labels: string[]
}

const routeCache = new WeakMap<ServiceDef, Route[]>()

function routes(service: ServiceDef): Route[] {
  let list = routeCache.get(service)
  if (list) return list
  list = []
  for (const [operation, def] of Object.entries(service.operations)) {
    if (!def.http) continue
    const labels: string[] = []
    const pattern = def.http.path
      .replace(/\/$/, '')
      .split('/')
      .map((seg) => {
        const m = /^\{(\w+)(\+?)\}$/.exec(seg)
        if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        labels.push(m[1]!)
        return m[2] ? '(.+)' : '([^/]+)'
      })
      .join('/')
    // AWS accepts the collection routes with and without a trailing slash.
    list.push({ operation, method: def.http.method, re: new RegExp(`^${pattern}/?$`), labels })
  }
  routeCache.set(service, list)
  return list
}

export const restJson: Protocol = {
  parse(req: RawRequest, service) {
    for (const r of routes(service)) {
      if (r.method !== req.method) continue
      const m = r.re.exec(req.path)
      if (!m) continue
      const input: Record<string, unknown> = {}
      for (const [k, v] of req.query) input[k] = v
      r.labels.forEach((label, i) => (input[label] = decodeURIComponent(m[i + 1]!)))
      if (req.body) Object.assign(input, JSON.parse(req.body) as Record<string, unknown>)
      return { operation: r.operation, input, known: true }
    }
    return { operation: `${req.method} ${req.path}`, input: {}, known: false }
  },
  success(output, _op, _service, requestId) {
    return { status: 200, headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId }, body: JSON.stringify(toJsonWire(output ?? {})) }
  },
  error(err, _op, _service, requestId) {
    return {
      status: err.status,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId, 'x-amzn-errortype': err.code, ...(err.extra.headers ?? {}) },
      body: JSON.stringify({ Type: err.fault === 'Sender' ? 'User' : 'Service', Message: err.message, ...(err.extra.body ?? {}) }),
    }
  },
}
