/**
 * Terraform's built-in functions that configurations use to build names, tags, policies
 * and network settings. A function that is not here, or one whose result depends on the
 * machine or on time (timestamp, uuid, file hashes), yields an Unknown — never a guess.
 */
import { EncodedJson, EvalError, firstUnknown, isRecord, toSetElements, typeName, uniqueValues, Unknown, type Value } from './values.js'

export interface FunctionContext {
  /** Reads a file relative to the module directory (bounded in size); throws EvalError. */
  readFile(path: string): string
  /** `templatefile(path, vars)`. */
  templateFile(path: string, vars: Record<string, Value>): Value
  /** The module directory, for path functions. */
  readonly moduleDir: string
}

type Fn = (args: Value[], ctx: FunctionContext) => Value

const str = (v: Value, fn: string): string => {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw new EvalError(`${fn}(): expected a string, got ${typeName(v)}`)
}
const num = (v: Value, fn: string): number => {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  throw new EvalError(`${fn}(): expected a number, got ${typeName(v)}`)
}
const list = (v: Value, fn: string): Value[] => {
  if (Array.isArray(v)) return v
  throw new EvalError(`${fn}(): expected a list, got ${typeName(v)}`)
}
const map = (v: Value, fn: string): Record<string, Value> => {
  if (isRecord(v)) return v
  throw new EvalError(`${fn}(): expected a map or object, got ${typeName(v)}`)
}

/** A JSON string as Terraform writes it: `<`, `>`, `&`, U+2028 and U+2029 as \u escapes (its documented 0.11 compatibility). */
const jsonString = (s: string): string => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** JSON text as Terraform's jsonencode writes it: object keys in lexical order. */
function encode(v: Value): string {
  if (typeof v === 'string') return jsonString(v)
  if (v === null || typeof v !== 'object') return JSON.stringify(v)
  if (Array.isArray(v)) return `[${v.map(encode).join(',')}]`
  const m = v as Record<string, Value>
  return `{${Object.keys(m)
    .sort()
    .map((k) => `${jsonString(k)}:${encode(m[k]!)}`)
    .join(',')}}`
}

/** Functions whose arguments may hold unknowns deep inside: they move values around without reading them. */
const STRUCTURAL = new Set(['merge', 'concat', 'flatten', 'lookup', 'element', 'tolist', 'toset', 'tomap', 'values', 'zipmap', 'coalesce', 'coalescelist', 'jsonencode', 'one', 'compact', 'reverse', 'slice', 'try', 'setunion', 'distinct', 'length', 'keys', 'contains'])

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: ([v]) => (firstUnknown(v!) ? new EncodedJson(v!) : encode(v!)),
  jsondecode: ([v]) => {
    if (v instanceof EncodedJson) return v.value
    try {
      return JSON.parse(str(v!, 'jsondecode')) as Value
    } catch {
      throw new EvalError('jsondecode(): not valid JSON')
    }
  },
  format: ([f, ...rest]) => {
    let i = 0
    return str(f!, 'format').replace(/%(%|[-+ #0]*\d*(?:\.\d+)?[sdvqtfbxXeEgGo])/g, (m, spec: string) => {
      if (spec === '%') return '%'
      const v = rest[i++]
      if (v === undefined) throw new EvalError('format(): not enough arguments')
      const verb = spec.slice(-1)
      if (verb === 'q') return JSON.stringify(str(v, 'format'))
      if (verb === 'd') return String(Math.trunc(num(v, 'format')))
      if (verb === 'v' && typeof v === 'object' && v !== null) return encode(v)
      return str(v, 'format')
    })
  },
  formatlist: ([f, ...rest], ctx) => {
    const n = Math.max(...rest.map((r) => (Array.isArray(r) ? r.length : 1)), 0)
    return Array.from({ length: n }, (_, i) => FUNCTIONS.format!([f!, ...rest.map((r) => (Array.isArray(r) ? r[i]! : r))], ctx))
  },
  join: ([sep, ...lists]) => lists.flatMap((l) => list(l, 'join')).map((x) => str(x, 'join')).join(str(sep!, 'join')),
  split: ([sep, s]) => str(s!, 'split').split(str(sep!, 'split')),
  lower: ([s]) => str(s!, 'lower').toLowerCase(),
  upper: ([s]) => str(s!, 'upper').toUpperCase(),
  title: ([s]) => str(s!, 'title').replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([s]) => str(s!, 'trimspace').trim(),
  trim: ([s, chars]) => {
    const set = new Set(str(chars!, 'trim'))
    let t = str(s!, 'trim')
    while (t && set.has(t[0]!)) t = t.slice(1)
    while (t && set.has(t[t.length - 1]!)) t = t.slice(0, -1)
    return t
  },
  trimprefix: ([s, p]) => {
    const t = str(s!, 'trimprefix')
    const pre = str(p!, 'trimprefix')
    return t.startsWith(pre) ? t.slice(pre.length) : t
  },
  trimsuffix: ([s, p]) => {
    const t = str(s!, 'trimsuffix')
    const suf = str(p!, 'trimsuffix')
    return suf && t.endsWith(suf) ? t.slice(0, -suf.length) : t
  },
  substr: ([s, o, l]) => {
    const chars = [...str(s!, 'substr')]
    let offset = num(o!, 'substr')
    if (offset < 0) offset = chars.length + offset
    const len = num(l!, 'substr')
    return chars.slice(offset, len < 0 ? undefined : offset + len).join('')
  },
  replace: ([s, search, rep]) => {
    const text = str(s!, 'replace')
    const what = str(search!, 'replace')
    const by = str(rep!, 'replace')
    if (what.length > 1 && what.startsWith('/') && what.endsWith('/')) {
      // Terraform uses RE2 (linear time); JavaScript's engine backtracks, so patterns that could
      // take exponential time (a quantified group) and long inputs are not evaluated.
      if (/\)[*+?{]/.test(what) || text.length > 10_000) return new Unknown('replace() with this regular expression is not evaluated by this scanner')
      try {
        return text.replace(new RegExp(what.slice(1, -1), 'g'), by.replace(/\$\{?(\d+)\}?/g, '$$$1'))
      } catch {
        throw new EvalError('replace(): unsupported regular expression')
      }
    }
    return text.split(what).join(by)
  },
  startswith: ([s, p]) => str(s!, 'startswith').startsWith(str(p!, 'startswith')),
  endswith: ([s, p]) => str(s!, 'endswith').endsWith(str(p!, 'endswith')),
  strcontains: ([s, p]) => str(s!, 'strcontains').includes(str(p!, 'strcontains')),
  strrev: ([s]) => [...str(s!, 'strrev')].reverse().join(''),
  tostring: ([v]) => (v === null ? null : str(v!, 'tostring')),
  tonumber: ([v]) => (v === null ? null : num(v!, 'tonumber')),
  tobool: ([v]) => {
    if (v === null || typeof v === 'boolean') return v ?? null
    if (v === 'true' || v === 'false') return v === 'true'
    throw new EvalError('tobool(): expected a bool')
  },
  tolist: ([v]) => [...list(v!, 'tolist')],
  toset: ([v]) => toSetElements(list(v!, 'toset')),
  tomap: ([v]) => map(v!, 'tomap'),
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length
    if (Array.isArray(v)) return v.length
    if (isRecord(v)) return Object.keys(v).length
    throw new EvalError(`length(): cannot measure a ${typeName(v!)}`)
  },
  concat: (args) => args.flatMap((a) => list(a, 'concat')),
  flatten: ([v]) => {
    const out: Value[] = []
    const walk = (x: Value, d: number) => {
      if (Array.isArray(x) && d < 32) for (const y of x) walk(y, d + 1)
      else out.push(x)
    }
    walk(list(v!, 'flatten'), 0)
    return out
  },
  distinct: ([v]) => uniqueValues(list(v!, 'distinct')),
  compact: ([v]) => {
    const l = list(v!, 'compact')
    // An unknown element may be "" or null: which elements remain is not known.
    const u = l.find((x) => x instanceof Unknown)
    return u ? new Unknown(`compact() depends on ${(u as Unknown).reason}`) : l.filter((x) => x !== null && x !== '')
  },
  reverse: ([v]) => [...list(v!, 'reverse')].reverse(),
  sort: ([v]) => list(v!, 'sort').map((x) => str(x, 'sort')).sort(),
  slice: ([v, a, b]) => list(v!, 'slice').slice(num(a!, 'slice'), num(b!, 'slice')),
  element: ([v, i]) => {
    const l = list(v!, 'element')
    if (!l.length) throw new EvalError('element(): the list is empty')
    return l[((num(i!, 'element') % l.length) + l.length) % l.length]!
  },
  index: ([v, x]) => {
    const i = list(v!, 'index').findIndex((y) => JSON.stringify(y) === JSON.stringify(x))
    if (i < 0) throw new EvalError('index(): the value is not in the list')
    return i
  },
  contains: ([v, x]) => {
    const l = list(v!, 'contains')
    if (l.some((y) => y instanceof Unknown) && !l.some((y) => JSON.stringify(y) === JSON.stringify(x))) return new Unknown('contains(): the list has unknown elements')
    return l.some((y) => JSON.stringify(y) === JSON.stringify(x))
  },
  keys: ([v]) => Object.keys(map(v!, 'keys')).sort(),
  values: ([v]) => {
    const m = map(v!, 'values')
    return Object.keys(m)
      .sort()
      .map((k) => m[k]!)
  },
  lookup: ([m, k, d]) => {
    const obj = map(m!, 'lookup')
    const key = str(k!, 'lookup')
    if (Object.hasOwn(obj, key)) return obj[key]!
    if (d !== undefined) return d
    throw new EvalError(`lookup(): no key "${key}" and no default`)
  },
  merge: (args) => {
    const out: Record<string, Value> = {}
    for (const a of args) if (a !== null) Object.assign(out, map(a, 'merge'))
    return out
  },
  zipmap: ([k, v]) => {
    const ks = list(k!, 'zipmap')
    const vs = list(v!, 'zipmap')
    return Object.fromEntries(ks.map((x, i) => [str(x, 'zipmap'), vs[i] ?? null]))
  },
  coalesce: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return new Unknown(a.reason)
      if (a !== null && a !== '') return a
    }
    throw new EvalError('coalesce(): every argument is null or empty')
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return new Unknown(a.reason)
      if (Array.isArray(a) && a.length) return a
    }
    return []
  },
  one: ([v]) => {
    const l = list(v!, 'one')
    if (l.length > 1) throw new EvalError('one(): the list has more than one element')
    return l[0] ?? null
  },
  setunion: (args) => toSetElements(args.flatMap((a) => list(a, 'setunion'))),
  setintersection: ([first, ...rest]) => toSetElements(list(first!, 'setintersection').filter((x) => rest.every((r) => list(r, 'setintersection').some((y) => JSON.stringify(y) === JSON.stringify(x))))),
  setsubtract: ([a, b]) => toSetElements(list(a!, 'setsubtract').filter((x) => !list(b!, 'setsubtract').some((y) => JSON.stringify(y) === JSON.stringify(x)))),
  range: (args) => {
    const [start, end, step] = args.length === 1 ? [0, num(args[0]!, 'range'), 1] : [num(args[0]!, 'range'), num(args[1]!, 'range'), args[2] === undefined ? 1 : num(args[2], 'range')]
    if (step === 0) throw new EvalError('range(): the step cannot be 0')
    const n = Math.ceil((end - start) / step)
    if (n > 10_000) throw new EvalError('range(): too many elements')
    return Array.from({ length: Math.max(n, 0) }, (_, i) => start + i * step)
  },
  min: (args) => Math.min(...args.map((a) => num(a, 'min'))),
  max: (args) => Math.max(...args.map((a) => num(a, 'max'))),
  abs: ([v]) => Math.abs(num(v!, 'abs')),
  ceil: ([v]) => Math.ceil(num(v!, 'ceil')),
  floor: ([v]) => Math.floor(num(v!, 'floor')),
  signum: ([v]) => Math.sign(num(v!, 'signum')),
  pow: ([a, b]) => num(a!, 'pow') ** num(b!, 'pow'),
  parseint: ([s, b]) => {
    const n = parseInt(str(s!, 'parseint'), num(b!, 'parseint'))
    if (Number.isNaN(n)) throw new EvalError('parseint(): not a number')
    return n
  },
  base64encode: ([s]) => Buffer.from(str(s!, 'base64encode')).toString('base64'),
  base64decode: ([s]) => Buffer.from(str(s!, 'base64decode'), 'base64').toString('utf8'),
  file: ([p], ctx) => ctx.readFile(str(p!, 'file')),
  templatefile: ([p, vars], ctx) => ctx.templateFile(str(p!, 'templatefile'), vars === undefined ? {} : map(vars, 'templatefile')),
  fileexists: ([p], ctx) => {
    try {
      ctx.readFile(str(p!, 'fileexists'))
      return true
    } catch {
      return false
    }
  },
  basename: ([p]) => str(p!, 'basename').split('/').pop() ?? '',
  dirname: ([p]) => {
    const parts = str(p!, 'dirname').split('/')
    parts.pop()
    return parts.join('/') || '.'
  },
  abspath: ([p]) => str(p!, 'abspath'),
  cidrsubnet: ([prefix, newbits, netnum]) => cidrSubnet(str(prefix!, 'cidrsubnet'), num(newbits!, 'cidrsubnet'), num(netnum!, 'cidrsubnet')),
  cidrhost: ([prefix, hostnum]) => {
    const { base, bits } = parseCidr(str(prefix!, 'cidrhost'))
    const n = num(hostnum!, 'cidrhost')
    if (n < 0 || n >= 2 ** (32 - bits)) throw new EvalError('cidrhost(): host number out of range')
    return toIp(base + n)
  },
  alltrue: ([v]) => list(v!, 'alltrue').every((x) => x === true || x === 'true'),
  anytrue: ([v]) => list(v!, 'anytrue').some((x) => x === true || x === 'true'),
  sensitive: ([v]) => v!,
  nonsensitive: ([v]) => v!,
  type: ([v]) => typeName(v!),
}

function parseCidr(cidr: string): { base: number; bits: number } {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr)
  if (!m) throw new EvalError(`"${cidr}" is not an IPv4 CIDR block`)
  const bits = Number(m[5])
  const addr = ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4])
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
  return { base: (addr & mask) >>> 0, bits }
}

const toIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')

function cidrSubnet(prefix: string, newbits: number, netnum: number): string {
  const { base, bits } = parseCidr(prefix)
  const size = bits + newbits
  if (size > 32 || netnum < 0 || netnum >= 2 ** newbits) throw new EvalError('cidrsubnet(): the subnet does not fit the prefix')
  return `${toIp(base + netnum * 2 ** (32 - size))}/${size}`
}

/** Calls a function on forced arguments; unknown arguments make the result unknown. */
export function callFunction(name: string, args: Value[], ctx: FunctionContext): Value {
  const fn = FUNCTIONS[name]
  if (!fn) return new Unknown(`function ${name}() is not evaluated by this scanner`)
  const shallow = args.find((a) => a instanceof Unknown) as Unknown | undefined
  if (shallow && name !== 'coalesce' && name !== 'coalescelist') return new Unknown(`${name}() depends on ${shallow.reason}`)
  if (!STRUCTURAL.has(name)) {
    const deep = args.map((a) => firstUnknown(a)).find(Boolean)
    if (deep) return new Unknown(`${name}() depends on ${deep.reason}`)
    if (args.some((a) => a instanceof EncodedJson)) return new Unknown(`${name}() of a JSON document with unknown parts`)
  }
  return fn(args, ctx)
}

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS)
