/**
 * Serverless Framework variables: `${self:…}`, `${opt:stage}`, `${opt:region}`, `${sls:stage}`,
 * `${env:X}`, `${aws:accountId}`, `${aws:region}`, with defaults (`${opt:stage, 'dev'}`,
 * `${env:X, ${self:custom.y}}`) and nesting (`${self:custom.memory.${sls:stage}}`).
 *
 * A string that is exactly one variable takes the variable's value with its type (a number,
 * a map); variables inside a longer string are interpolated. Sources that need AWS or other
 * files (`ssm:`, `cf:`, `s3:`, `file(…)`) stay unresolved.
 */
import { isRecord, Unresolved } from '../cloudformation/values.js'

export interface VariableContext {
  /** The whole document (for `self:`). */
  root: Record<string, unknown>
  stage: string
  region: string
  accountId: string
  env: Record<string, string | undefined>
  /** Explicit `--stage` (for `opt:stage`); undefined when not given. */
  optStage?: string
}

const MAX_PASSES = 20

/**
 * Work one document's variables may cost: `self:` lookups and characters produced. A variable
 * that uses another twice, thirty levels deep, expands to 2^30 copies (a "variable bomb", like
 * YAML alias bombs); past these bounds the rest stays unresolved instead of hanging the scan.
 */
const MAX_LOOKUPS = 100_000
const MAX_CHARACTERS = 10_000_000

/** Expressions the framework resolves: a lower-case source before a colon. */
const VARIABLE = /^\s*((self|opt|sls|env|aws|ssm|cf|s3|param)\s*:|file\()/

export class VariableResolver {
  private readonly inProgress: string[] = []
  private lookups = 0
  private characters = 0

  constructor(private readonly ctx: VariableContext) {}

  /** Resolves every string in a value tree. */
  resolveTree(v: unknown): unknown {
    if (typeof v === 'string') return this.resolveString(v)
    if (Array.isArray(v)) return v.map((x) => this.resolveTree(x))
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.resolveTree(x)]))
    return v
  }

  resolveString(s: string): unknown {
    let current: unknown = s
    for (let pass = 0; pass < MAX_PASSES && typeof current === 'string' && current.includes('${'); pass++) {
      const next = this.onePass(current)
      if (next === current) break
      current = next
    }
    return current
  }

  /** Replaces the innermost `${…}` expressions once. */
  private onePass(s: string): unknown {
    // `${AWS::Region}` and `${Resource.Arn}` belong to CloudFormation's Fn::Sub: left alone.
    const spans = innermost(s).filter((sp) => VARIABLE.test(s.slice(sp.start + 2, sp.end - 1)))
    if (!spans.length) return s
    // A whole-string variable keeps the value's type.
    if (spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === s.length) return this.evaluate(s.slice(2, -1))
    let out = ''
    let last = 0
    for (const { start, end } of spans) {
      out += s.slice(last, start)
      const v = this.evaluate(s.slice(start + 2, end - 1))
      if (v instanceof Unresolved) return v
      if (v !== null && typeof v === 'object') return new Unresolved(`\${${s.slice(start + 2, end - 1)}} is not a string and is used inside one`)
      out += v === undefined ? '' : String(v)
      last = end
    }
    this.characters += out.length
    if (this.characters > MAX_CHARACTERS) return new Unresolved(`variables expand to more than ${MAX_CHARACTERS} characters; the rest is not resolved`)
    return out + s.slice(last)
  }

  /** Evaluates one expression: `source:address, default…`. */
  private evaluate(expr: string): unknown {
    const [head, ...fallbacks] = splitTopLevel(expr)
    const value = this.lookup(head!.trim())
    if (value !== undefined && !(value instanceof Unresolved)) return value
    for (const f of fallbacks) {
      const t = f.trim()
      const quoted = /^(['"])(.*)\1$/.exec(t)
      if (quoted) return quoted[2]
      if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t)
      if (t === 'true' || t === 'false') return t === 'true'
      if (t === 'null') return null
      // An unquoted fallback that names no variable source is a value an inner variable
      // already produced (`${env:X, ${self:y}}` after `${self:y}` was replaced).
      if (!/^(self|opt|sls|env|aws|ssm|cf|s3|file\()/.test(t)) return t
      const v = t.startsWith('${') ? this.resolveString(t) : this.lookup(t)
      if (v !== undefined && !(v instanceof Unresolved)) return v
    }
    return value instanceof Unresolved ? value : new Unresolved(`\${${expr}} has no value`)
  }

  private lookup(ref: string): unknown {
    const colon = ref.indexOf(':')
    const source = colon < 0 ? ref : ref.slice(0, colon)
    const address = colon < 0 ? '' : ref.slice(colon + 1)
    switch (source) {
      case 'self':
        return this.self(address)
      case 'opt':
        if (address === 'stage') return this.ctx.optStage
        if (address === 'region') return this.ctx.region
        return undefined
      case 'sls':
        if (address === 'stage') return this.ctx.stage
        if (address === 'instanceId') return 'instance'
        return undefined
      case 'env':
        return this.ctx.env[address]
      case 'aws':
        if (address === 'accountId') return this.ctx.accountId
        if (address === 'region') return this.ctx.region
        return undefined
      case 'ssm':
        return new Unresolved(`\${ssm:${address}} (read from SSM Parameter Store at deploy time)`)
      case 'cf':
        return new Unresolved(`\${cf:${address}} (output of another stack)`)
      case 's3':
        return new Unresolved(`\${s3:${address}} (an object in S3)`)
      default:
        if (source.startsWith('file(')) return new Unresolved(`\${${ref}} (another file; not read)`)
        return new Unresolved(`\${${ref}} (variable source ${source} is not supported)`)
    }
  }

  private self(address: string): unknown {
    if (this.inProgress.includes(address)) return new Unresolved(`\${self:${address}} refers to itself`)
    if (++this.lookups > MAX_LOOKUPS) return new Unresolved(`more than ${MAX_LOOKUPS} variable lookups; \${self:${address}} and the rest are not resolved`)
    let v: unknown = this.ctx.root
    for (const key of address.split('.').filter(Boolean)) {
      if (!isRecord(v) && !Array.isArray(v)) return undefined
      v = (v as Record<string, unknown>)[key]
      if (v === undefined) return undefined
    }
    this.inProgress.push(address)
    try {
      return this.resolveTree(v)
    } finally {
      this.inProgress.pop()
    }
  }
}

/** Positions of `${…}` expressions that contain no other `${…}` (they are resolved first). */
function innermost(s: string): { start: number; end: number }[] {
  const all: { start: number; end: number }[] = []
  const open: number[] = []
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '{') {
      open.push(i)
      i++
    } else if (s[i] === '}' && open.length) all.push({ start: open.pop()!, end: i + 1 })
  }
  return all.filter((o) => !all.some((x) => x !== o && x.start > o.start && x.end < o.end)).sort((a, b) => a.start - b.start)
}

/** Splits `a, 'b, c', ${d, e}` at commas that are outside quotes and `${…}`. */
function splitTopLevel(expr: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let cur = ''
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!
    if (quote) {
      if (c === quote) quote = null
    } else if (c === "'" || c === '"') quote = c
    else if (c === '$' && expr[i + 1] === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      parts.push(cur)
      cur = ''
      continue
    }
    cur += c
  }
  parts.push(cur)
  return parts
}
