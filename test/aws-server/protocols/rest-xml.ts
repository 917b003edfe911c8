import type { ServiceDef } from '../services/types.js'
import type { Protocol } from './protocol.js'
import type { RawRequest } from './wire.js'
import { escapeXml } from './xml.js'

/**
 * REST-XML as S3 speaks it (path-style addressing, which the SDK uses for an IP endpoint): the
 * operation is the method, the path (`/`, `/{Bucket}`) and a query key (`?policy`, `?acl`);
 * answers are XML documents (or a raw payload, such as a bucket policy's JSON), errors are
 * `<Error><Code/><Message/></Error>` with the HTTP status.
 *
 * Handlers return an {@link XmlDocument} (root element and content) or a {@link RawPayload}.
 * Content rendering: an object's members become child elements; an array repeats its key's
 * element (S3's flattened lists — wrap it in an object for a wrapped list); `$attrs` gives
 * attributes; Dates become ISO-8601; booleans and numbers their text.
 */
export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/'

export class XmlDocument {
  constructor(
    readonly root: string,
    readonly content: unknown,
  ) {}
}

export class RawPayload {
  constructor(
    readonly body: string,
    readonly contentType = 'application/json',
  ) {}
}

function node(name: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map((v) => node(name, v)).join('')
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`
  if (typeof value === 'object') {
    const { $attrs, ...members } = value as Record<string, unknown>
    const attrs = Object.entries(($attrs as Record<string, string> | undefined) ?? {})
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('')
    return `<${name}${attrs}>${Object.entries(members).map(([k, v]) => node(k, v)).join('')}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

export function renderXmlDocument(doc: XmlDocument): string {
  const content = doc.content !== null && typeof doc.content === 'object' && !Array.isArray(doc.content) && !(doc.content instanceof Date) ? doc.content : { $text: doc.content }
  const { $text, ...rest } = content as Record<string, unknown>
  const inner = $text !== undefined ? escapeXml(String($text)) : Object.entries(rest).map(([k, v]) => node(k, v)).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${doc.root} xmlns="${S3_XMLNS}">${inner}</${doc.root}>`
}

interface Route {
  operation: string
  method: string
  re: RegExp
  labels: string[]
  query?: string
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
    list.push({ operation, method: def.http.method, re: new RegExp(`^${pattern}/?$`), labels, ...(def.http.query ? { query: def.http.query } : {}) })
  }
  // A route that needs a query key is more specific than one that does not.
  list.sort((a, b) => Number(Boolean(b.query)) - Number(Boolean(a.query)))
  routeCache.set(service, list)
  return list
}

export const restXml: Protocol = {
  parse(req: RawRequest, service) {
    for (const r of routes(service)) {
      if (r.method !== req.method || (r.query && !req.query.has(r.query))) continue
      const m = r.re.exec(req.path)
      if (!m) continue
      const input: Record<string, unknown> = {}
      for (const [k, v] of req.query) input[k] = v
      r.labels.forEach((label, i) => (input[label] = decodeURIComponent(m[i + 1]!)))
      if (req.body) input.$body = req.body
      return { operation: r.operation, input, known: true }
    }
    return { operation: `${req.method} ${req.path}?${[...req.query.keys()].join('&')}`, input: {}, known: false }
  },
  success(output, _op, _service, requestId) {
    const headers = { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId }
    if (output instanceof RawPayload) return { status: 200, headers: { ...headers, 'content-type': output.contentType }, body: output.body }
    if (output instanceof XmlDocument) return { status: 200, headers: { ...headers, 'content-type': 'application/xml' }, body: renderXmlDocument(output) }
    return { status: 200, headers, body: '' }
  },
  error(err, _op, _service, requestId) {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message><RequestId>${requestId}</RequestId></Error>`
    return { status: err.status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId, ...(err.extra.headers ?? {}) }, body }
  },
}
