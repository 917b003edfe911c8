/**
 * A JSON parser that keeps what Terraform's JSON syntax needs and `JSON.parse` drops: the
 * offset of every key and value (findings point at lines of the `.tf.json` file), and every
 * property of an object in order, repeated names included (a body may name a block type
 * twice). It stops at MAX_DEPTH nesting, so a hostile file fails fast with a position.
 */
import { MAX_DEPTH } from '../../iac/limits.js'
import { HclSyntaxError } from './scanner.js'

/** One JSON value with its source offsets (0-based, end exclusive). */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; props: JsonProp[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'bool'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number }

/** One property of a JSON object: its key (decoded), where the key starts, and its value. */
export interface JsonProp {
  key: string
  keyStart: number
  value: JsonNode
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** Parses a whole JSON text. Throws HclSyntaxError (code TOO_DEEP for nesting) with the offset of the problem. */
export function parseJsonWithPositions(src: string): JsonNode {
  let pos = 0
  let depth = 0
  const fail = (message: string, at = pos): never => {
    throw new HclSyntaxError(message, at)
  }
  const describe = () => (pos >= src.length ? 'the end of the file' : `'${src[pos]}'`)
  const ws = () => {
    while (pos < src.length) {
      const c = src.charCodeAt(pos)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++
      else break
    }
  }
  const string = (): string => {
    const open = pos
    pos++
    let out = ''
    let runStart = pos
    for (;;) {
      if (pos >= src.length) fail('unterminated string: no closing quote', open)
      const c = src[pos]!
      if (c === '"') {
        out += src.slice(runStart, pos)
        pos++
        return out
      }
      if (c === '\\') {
        out += src.slice(runStart, pos)
        const e = src[pos + 1] ?? ''
        if (e in ESCAPES) {
          out += ESCAPES[e]
          pos += 2
        } else if (e === 'u') {
          const hex = src.slice(pos + 2, pos + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in a string')
          out += String.fromCharCode(parseInt(hex, 16))
          pos += 6
        } else fail(`invalid escape sequence \\${e}`)
        runStart = pos
        continue
      }
      if (src.charCodeAt(pos) < 0x20) fail('a control character (such as a new line) inside a string must be escaped')
      pos++
    }
  }
  const value = (): JsonNode => {
    ws()
    const start = pos
    const c = src[pos]
    if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) throw new HclSyntaxError(`nesting deeper than ${MAX_DEPTH} levels`, pos, 'TOO_DEEP')
      pos++
      ws()
      let node: JsonNode
      if (c === '{') {
        const props: JsonProp[] = []
        if (src[pos] === '}') pos++
        else
          for (;;) {
            ws()
            if (src[pos] !== '"') fail(`expected a property name in double quotes, found ${describe()}`)
            const keyStart = pos
            const key = string()
            ws()
            if (src[pos] !== ':') fail(`expected ':' after the property name "${key}", found ${describe()}`)
            pos++
            props.push({ key, keyStart, value: value() })
            ws()
            if (src[pos] === ',') {
              pos++
              continue
            }
            if (src[pos] === '}') {
              pos++
              break
            }
            fail(`expected ',' or '}' in the object, found ${describe()}`)
          }
        node = { kind: 'object', start, end: pos, props }
      } else {
        const items: JsonNode[] = []
        if (src[pos] === ']') pos++
        else
          for (;;) {
            items.push(value())
            ws()
            if (src[pos] === ',') {
              pos++
              continue
            }
            if (src[pos] === ']') {
              pos++
              break
            }
            fail(`expected ',' or ']' in the array, found ${describe()}`)
          }
        node = { kind: 'array', start, end: pos, items }
      }
      depth--
      return node
    }
    if (c === '"') {
      const v = string()
      return { kind: 'string', start, end: pos, value: v }
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
    m.lastIndex = pos
    const hit = m.exec(src)
    if (!hit) return fail(`expected a JSON value, found ${describe()}`)
    pos += hit[0].length
    if (hit[0] === 'true' || hit[0] === 'false') return { kind: 'bool', start, end: pos, value: hit[0] === 'true' }
    if (hit[0] === 'null') return { kind: 'null', start, end: pos }
    return { kind: 'number', start, end: pos, value: Number(hit[0]) }
  }
  // A UTF-8 byte order mark is tolerated, as Terraform does.
  if (src.charCodeAt(0) === 0xfeff) pos = 1
  const root = value()
  ws()
  if (pos < src.length) fail(`unexpected ${describe()} after the JSON value`)
  return root
}

/** The plain value of a node (what JSON.parse would give, later duplicate keys winning). */
export function plainJson(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {}
      // defineProperty: a "__proto__" key is data, not the object's prototype.
      for (const p of node.props) Object.defineProperty(out, p.key, { value: plainJson(p.value), enumerable: true, writable: true, configurable: true })
      return out
    }
    case 'array':
      return node.items.map(plainJson)
    case 'null':
      return null
    default:
      return node.value
  }
}
