/** A request as the protocol layers see it. */
export interface RawRequest {
  method: string
  /** Path without the query string, still URL-encoded. */
  path: string
  query: URLSearchParams
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

export function header(req: RawRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}

/** JSON protocols send timestamps as epoch seconds; drop undefined members as AWS omits them. */
export function toJsonWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000
  if (Array.isArray(value)) return value.map(toJsonWire)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonWire(v)
    return out
  }
  return value
}

/**
 * Turns `Filter.1.Name=a&Filter.1.Value.1=b` (EC2) and `Filter.member.1=Role` (query) into
 * nested objects; keys that are all integers become arrays in index order.
 */
export function nestForm(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of params) {
    const parts = key.split('.')
    let node = root
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1) node[part] = value
      else {
        const child = node[part]
        node = (child !== null && typeof child === 'object' ? child : (node[part] = {})) as Record<string, unknown>
      }
    }
  }
  return arrayify(root) as Record<string, unknown>
}

function arrayify(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node
  const obj = node as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrayify(obj[k]))
  }
  for (const k of keys) obj[k] = arrayify(obj[k])
  return obj
}
