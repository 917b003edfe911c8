/**
 * CloudWatch Logs JSON filter patterns, parsed and evaluated against sample CloudTrail records:
 * "would this metric filter count that event?". Used by the CIS monitoring checks, which accept
 * any pattern that matches every event the control names (a broader pattern is fine), however it
 * is written — `$.eventName = X` terms, `||` and `&&` in any grouping, quotes or none, wildcards.
 *
 * Syntax (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html):
 * `{ SELECTOR OP VALUE }` with `=`, `!=`, `<`, `>`, `<=`, `>=`; `IS TRUE|FALSE|NULL`, `EXISTS`,
 * `NOT EXISTS`; `&&`, `||` and parentheses; string values quoted or bare, with `*` wildcards, or a
 * `%regex%`. Only JSON patterns (in braces) are understood: a CloudTrail log group holds JSON
 * records, and a plain-text or space-delimited pattern is reported as unsupported, never as
 * covering anything.
 *
 * Semantics chosen where the documentation is silent: `&&` binds tighter than `||` (as in the
 * C-like languages the syntax borrows from); a comparison on a property the event does not have is
 * false, except `!=`, which is true (the event has no such value).
 */

/** A flat view of one log event: JSON path without `$.` → value. Absent paths are not keys. */
export type ProbeEvent = Readonly<Record<string, string | number | boolean | null>>

export type ComparisonOp = '=' | '!=' | '<' | '>' | '<=' | '>='

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'compare'; path: string; op: ComparisonOp; value: FilterValue }
  | { kind: 'is'; path: string; test: 'TRUE' | 'FALSE' | 'NULL' | 'EXISTS' | 'NOT EXISTS' }

export type FilterValue = { kind: 'string'; text: string } | { kind: 'number'; value: number } | { kind: 'regex'; source: string }

export type ParsedPattern = { ok: true; expr: FilterExpr } | { ok: false; reason: string }

interface Token {
  type: 'lbrace' | 'rbrace' | 'lparen' | 'rparen' | 'and' | 'or' | 'op' | 'word' | 'quoted' | 'regex'
  text: string
}

const MAX_PATTERN = 4096

function tokenize(src: string): Token[] | string {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const two = src.slice(i, i + 2)
    if (two === '&&' || two === '||') {
      out.push({ type: two === '&&' ? 'and' : 'or', text: two })
      i += 2
      continue
    }
    if (two === '!=' || two === '<=' || two === '>=') {
      out.push({ type: 'op', text: two })
      i += 2
      continue
    }
    if (c === '=' || c === '<' || c === '>') {
      out.push({ type: 'op', text: c })
      i++
      continue
    }
    if (c === '{' || c === '}' || c === '(' || c === ')') {
      out.push({ type: c === '{' ? 'lbrace' : c === '}' ? 'rbrace' : c === '(' ? 'lparen' : 'rparen', text: c })
      i++
      continue
    }
    if (c === '"') {
      let j = i + 1
      let text = ''
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) j++
        text += src[j]
        j++
      }
      if (j >= src.length) return 'unterminated quoted string'
      out.push({ type: 'quoted', text })
      i = j + 1
      continue
    }
    if (c === '%') {
      const j = src.indexOf('%', i + 1)
      if (j < 0) return 'unterminated %regex%'
      out.push({ type: 'regex', text: src.slice(i + 1, j) })
      i = j + 1
      continue
    }
    // A bare word: a selector ($.a.b[0]), a keyword (IS, NOT, EXISTS …) or an unquoted value.
    let j = i
    while (j < src.length && !/[\s(){}=!<>&|"]/.test(src[j]!)) j++
    if (j === i) return `unexpected character '${c}'`
    out.push({ type: 'word', text: src.slice(i, j) })
    i = j
  }
  return out
}

/** Recursive descent over the tokens: or → and → primary. */
class Parser {
  private pos = 0
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.pos]
  }

  next(): Token | undefined {
    return this.tokens[this.pos++]
  }

  done(): boolean {
    return this.pos >= this.tokens.length
  }

  or(): FilterExpr {
    let left = this.and()
    while (this.peek()?.type === 'or') {
      this.next()
      left = { kind: 'or', left, right: this.and() }
    }
    return left
  }

  and(): FilterExpr {
    let left = this.primary()
    while (this.peek()?.type === 'and') {
      this.next()
      left = { kind: 'and', left, right: this.primary() }
    }
    return left
  }

  primary(): FilterExpr {
    const t = this.next()
    if (!t) throw new Error('pattern ends early')
    if (t.type === 'lparen') {
      const e = this.or()
      if (this.next()?.type !== 'rparen') throw new Error('missing )')
      return e
    }
    if (t.type !== 'word' || !t.text.startsWith('$')) throw new Error(`expected a $.selector, got '${t.text}'`)
    const path = selectorPath(t.text)
    const op = this.next()
    if (!op) throw new Error(`nothing after ${t.text}`)
    if (op.type === 'word' && op.text.toUpperCase() === 'IS') {
      const what = this.next()?.text.toUpperCase()
      if (what === 'TRUE' || what === 'FALSE' || what === 'NULL') return { kind: 'is', path, test: what }
      throw new Error(`IS ${what ?? ''}?`)
    }
    if (op.type === 'word' && op.text.toUpperCase() === 'EXISTS') return { kind: 'is', path, test: 'EXISTS' }
    if (op.type === 'word' && op.text.toUpperCase() === 'NOT') {
      if (this.next()?.text.toUpperCase() !== 'EXISTS') throw new Error('NOT without EXISTS')
      return { kind: 'is', path, test: 'NOT EXISTS' }
    }
    if (op.type !== 'op') throw new Error(`expected an operator after ${t.text}, got '${op.text}'`)
    const v = this.next()
    if (!v) throw new Error(`no value after ${t.text} ${op.text}`)
    let value: FilterValue
    if (v.type === 'quoted') value = { kind: 'string', text: v.text }
    else if (v.type === 'regex') value = { kind: 'regex', source: v.text }
    else if (v.type === 'word') value = /^-?\d+(\.\d+)?$/.test(v.text) ? { kind: 'number', value: Number(v.text) } : { kind: 'string', text: v.text }
    else throw new Error(`unexpected '${v.text}' as a value`)
    return { kind: 'compare', path, op: op.text as ComparisonOp, value }
  }
}

/** `$.userIdentity.type` → `userIdentity.type`; `$.resources[0].ARN` → `resources.0.ARN`. */
export function selectorPath(selector: string): string {
  return selector
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '')
}

/** Parses a JSON filter pattern. Anything else (text terms, space-delimited patterns) is not supported. */
export function parseFilterPattern(pattern: string): ParsedPattern {
  const src = pattern.trim()
  if (src.length > MAX_PATTERN) return { ok: false, reason: 'pattern too long' }
  if (!src.startsWith('{') || !src.endsWith('}')) return { ok: false, reason: 'not a JSON filter pattern' }
  const tokens = tokenize(src)
  if (typeof tokens === 'string') return { ok: false, reason: tokens }
  const inner = tokens.slice(1, -1)
  if (tokens[0]?.type !== 'lbrace' || tokens.at(-1)?.type !== 'rbrace' || inner.length === 0) return { ok: false, reason: 'empty JSON filter pattern' }
  const p = new Parser(inner)
  try {
    const expr = p.or()
    if (!p.done()) return { ok: false, reason: `unexpected '${p.peek()!.text}'` }
    return { ok: true, expr }
  } catch (err) {
    return { ok: false, reason: (err as Error).message }
  }
}

function globToRegExp(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 's')
}

function valueMatches(actual: string | number | boolean | null, value: FilterValue): boolean {
  if (value.kind === 'number') return typeof actual === 'number' ? actual === value.value : String(actual) === String(value.value)
  if (value.kind === 'regex') {
    try {
      return new RegExp(value.source).test(String(actual))
    } catch {
      return false
    }
  }
  return globToRegExp(value.text).test(String(actual))
}

function compare(actual: string | number | boolean | null | undefined, op: ComparisonOp, value: FilterValue): boolean {
  if (actual === undefined) return op === '!='
  if (op === '=') return valueMatches(actual, value)
  if (op === '!=') return !valueMatches(actual, value)
  // Ordering comparisons are numeric only.
  if (value.kind !== 'number' || typeof actual !== 'number') return false
  switch (op) {
    case '<':
      return actual < value.value
    case '>':
      return actual > value.value
    case '<=':
      return actual <= value.value
    default:
      return actual >= value.value
  }
}

/** Whether the expression matches the event. Pure. */
export function evaluateFilter(expr: FilterExpr, event: ProbeEvent): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, event) && evaluateFilter(expr.right, event)
    case 'or':
      return evaluateFilter(expr.left, event) || evaluateFilter(expr.right, event)
    case 'compare':
      return compare(Object.hasOwn(event, expr.path) ? event[expr.path] : undefined, expr.op, expr.value)
    case 'is': {
      const present = Object.hasOwn(event, expr.path)
      const v = present ? event[expr.path] : undefined
      if (expr.test === 'EXISTS') return present
      if (expr.test === 'NOT EXISTS') return !present
      if (expr.test === 'NULL') return present && v === null
      return v === (expr.test === 'TRUE')
    }
  }
}

/** Parses (memoised by text) and evaluates; `undefined` when the pattern is not a supported JSON pattern. */
const parsedCache = new Map<string, ParsedPattern>()
export function patternMatches(pattern: string, event: ProbeEvent): boolean | undefined {
  let parsed = parsedCache.get(pattern)
  if (!parsed) {
    parsed = parseFilterPattern(pattern)
    if (parsedCache.size < 1000) parsedCache.set(pattern, parsed)
  }
  return parsed.ok ? evaluateFilter(parsed.expr, event) : undefined
}
