/**
 * Shapes the analyzers look for in a token stream: calls with their arguments, the end of a
 * statement, function bodies and assignments. Approximate by design (no parser): good enough to
 * follow a value within one function, documented in docs/code-inspection.md.
 */
import type { CodeLanguage } from '../../model/lambda.js'
import type { Token } from './tokenize.js'

/** A call `a.b.c(…)`. */
export interface Call {
  /** The called name (`execute`). */
  name: string
  /** The receiver chain as written, without the name (`['cursor']`, `['conn', 'cursor()']`); empty for a bare call. */
  qualifiers: string[]
  /** Preceded by `new`. */
  isNew: boolean
  /** Index of the name token. */
  index: number
  /** Index of the matching `)` (or the last token). */
  close: number
  /** Top-level arguments, newline tokens removed. */
  args: Token[][]
  line: number
}

const OPEN = new Set(['(', '[', '{'])
const CLOSE = new Set([')', ']', '}'])
const NOT_CALLS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'return', 'function', 'def', 'class', 'elif', 'not', 'and', 'or', 'in', 'is', 'typeof', 'await', 'yield', 'print', 'assert', 'lambda'])

/** Index of the bracket matching the one at `open`, or the last index. */
export function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'punct') continue
    if (OPEN.has(t.text)) depth++
    else if (CLOSE.has(t.text)) {
      depth--
      if (depth === 0) return k
    }
  }
  return tokens.length - 1
}

/** Index of the bracket opening the one at `close`, or -1. */
export function matchingOpen(tokens: readonly Token[], close: number): number {
  let depth = 0
  for (let k = close; k >= 0; k--) {
    const t = tokens[k]!
    if (t.kind !== 'punct') continue
    if (CLOSE.has(t.text)) depth++
    else if (OPEN.has(t.text)) {
      depth--
      if (depth === 0) return k
    }
  }
  return -1
}

/** Splits the tokens between an opening bracket and its match at top-level commas. */
export function splitArgs(tokens: readonly Token[], open: number, close: number): Token[][] {
  const args: Token[][] = []
  let cur: Token[] = []
  let depth = 0
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!
    if (t.kind === 'newline') continue
    if (t.kind === 'punct' && OPEN.has(t.text)) depth++
    else if (t.kind === 'punct' && CLOSE.has(t.text)) depth--
    if (depth === 0 && t.kind === 'punct' && t.text === ',') {
      args.push(cur)
      cur = []
      continue
    }
    cur.push(t)
  }
  if (cur.length) args.push(cur)
  return args
}

const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text

/** Every call in the token stream. */
export function findCalls(tokens: readonly Token[]): Call[] {
  const calls: Call[] = []
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!
    if (t.kind !== 'ident' || !isPunct(tokens[i + 1], '(') || NOT_CALLS.has(t.text)) continue
    const prev = tokens[i - 1]
    if (prev?.kind === 'ident' && (prev.text === 'def' || prev.text === 'function' || prev.text === 'class')) continue
    const qualifiers: string[] = []
    let j = i - 1
    while (j > 0 && (isPunct(tokens[j], '.') || isPunct(tokens[j], '?.'))) {
      const before = tokens[j - 1]!
      if (before.kind === 'ident') {
        qualifiers.unshift(before.text)
        j -= 2
      } else if (isPunct(before, ')')) {
        const open = matchingOpen(tokens, j - 1)
        const callee = tokens[open - 1]
        if (open <= 0 || callee?.kind !== 'ident') break
        qualifiers.unshift(`${callee.text}()`)
        j = open - 2
      } else break
    }
    const isNew = tokens[j]?.kind === 'ident' && tokens[j]!.text === 'new'
    const close = matchingClose(tokens, i + 1)
    calls.push({ name: t.text, qualifiers, isNew, index: i, close, args: splitArgs(tokens, i + 1, close), line: t.line })
  }
  return calls
}

/** The call as written: `cursor.execute`, `conn.cursor().execute`, `eval`. */
export function callText(c: Call): string {
  return [...c.qualifiers, c.name].join('.')
}

const CONTINUES_LINE = new Set(['+', '-', '*', '/', '%', '=', '==', '===', '+=', '.', '?.', ',', '(', '[', '{', '&&', '||', '??', '?', ':', '=>', '|', '&'])

/** Index one past the end of the statement that starts at `start` (exclusive). */
export function statementEnd(tokens: readonly Token[], start: number, lang: CodeLanguage): number {
  let depth = 0
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind === 'punct' && OPEN.has(t.text)) depth++
    else if (t.kind === 'punct' && CLOSE.has(t.text)) {
      if (depth === 0) return k
      depth--
    }
    if (depth > 0) continue
    if (lang === 'javascript' && isPunct(t, ';')) return k
    if (t.kind === 'newline') {
      if (lang === 'python') return k
      // JavaScript: a line break ends the statement unless an operator carries it on.
      const before = tokens[k - 1]
      const after = tokens[k + 1]
      if (before?.kind === 'punct' && CONTINUES_LINE.has(before.text)) continue
      if (after?.kind === 'punct' && CONTINUES_LINE.has(after.text) && after.text !== '(' && after.text !== '[' && after.text !== '{') continue
      return k
    }
  }
  return tokens.length
}

/** A function body: tokens `start`..`end` inclusive. */
export interface Region {
  start: number
  end: number
  /** The function's name when it has a plain one (`lambda_handler`, `handler`). */
  name?: string
  /** Its parameter names, in order. */
  params: string[]
}

/** Token index where each logical line starts (Python) or each line (JavaScript). */
function lineStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = []
  for (let k = 0; k < tokens.length; k++) if (k === 0 || tokens[k - 1]!.kind === 'newline') if (tokens[k]!.kind !== 'newline') starts.push(k)
  return starts
}

function paramNames(tokens: readonly Token[], open: number, close: number): string[] {
  return splitArgs(tokens, open, close)
    .map((a) => a.find((t) => t.kind === 'ident' && t.text !== 'self' && t.text !== 'async')?.text)
    .filter((n): n is string => n !== undefined && n !== 'self')
}

/** Function bodies in the file (nested ones included). The module itself is not listed. */
export function functionRegions(tokens: readonly Token[], lang: CodeLanguage): Region[] {
  return lang === 'python' ? pythonRegions(tokens) : javascriptRegions(tokens)
}

function pythonRegions(tokens: readonly Token[]): Region[] {
  const regions: Region[] = []
  const starts = lineStarts(tokens)
  for (const [n, s] of starts.entries()) {
    let k = s
    if (tokens[k]?.text === 'async') k++
    if (tokens[k]?.kind !== 'ident' || tokens[k]!.text !== 'def') continue
    const indent = tokens[s]!.col
    const name = tokens[k + 1]?.kind === 'ident' ? tokens[k + 1]!.text : undefined
    const open = k + 2
    const params = isPunct(tokens[open], '(') ? paramNames(tokens, open, matchingClose(tokens, open)) : []
    let end = tokens.length - 1
    for (let m = n + 1; m < starts.length; m++) {
      const next = starts[m]!
      if (tokens[next]!.col <= indent) {
        end = next - 1
        break
      }
    }
    regions.push({ start: s, end, ...(name ? { name } : {}), params })
  }
  return regions
}

const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'with'])

function javascriptRegions(tokens: readonly Token[]): Region[] {
  const regions: Region[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (!isPunct(tokens[k], '{')) continue
    const prev = tokens[k - 1]!
    let params: string[] = []
    let name: string | undefined
    if (isPunct(prev, '=>')) {
      const before = tokens[k - 2]
      if (isPunct(before, ')')) {
        const open = matchingOpen(tokens, k - 2)
        params = paramNames(tokens, open, k - 2)
        name = assignedName(tokens, open - 1)
      } else if (before?.kind === 'ident') {
        params = [before.text]
        name = assignedName(tokens, k - 3)
      }
    } else if (isPunct(prev, ')')) {
      const open = matchingOpen(tokens, k - 1)
      const callee = tokens[open - 1]
      if (!callee) continue
      if (callee.kind === 'ident' && callee.text === 'function') name = assignedName(tokens, open - 2)
      else if (callee.kind === 'ident' && tokens[open - 2]?.kind === 'ident' && tokens[open - 2]!.text === 'function') name = callee.text
      else if (callee.kind === 'ident' && !CONTROL.has(callee.text)) name = callee.text
      else continue
      params = paramNames(tokens, open, k - 1)
    } else continue
    regions.push({ start: k, end: matchingClose(tokens, k), ...(name ? { name } : {}), params })
  }
  return regions
}

/** `handler = async (…) =>` / `exports.handler = function (…)`: the name assigned, looking back from the token before the function. */
function assignedName(tokens: readonly Token[], at: number): string | undefined {
  let k = at
  if (tokens[k]?.kind === 'ident' && tokens[k]!.text === 'async') k--
  if (!isPunct(tokens[k], '=') && !isPunct(tokens[k], ':')) return undefined
  const target = tokens[k - 1]
  return target?.kind === 'ident' ? target.text : undefined
}

/** One assignment: the names it binds and the tokens of the value. */
export interface Assignment {
  names: string[]
  /** Index of the first target token. */
  index: number
  value: Token[]
  /** `+=`: the value is appended to the old one. */
  augmented: boolean
}

const DECLARE = new Set(['const', 'let', 'var'])

/** Names bound by a target list: `a`, `a, b`, `{ a, b: c }`, `[a, b]`. */
function targetNames(target: Token[]): string[] {
  const names: string[] = []
  let subscript = 0
  for (const [k, t] of target.entries()) {
    const prev = target[k - 1]
    if (isPunct(t, '[') && (prev?.kind === 'ident' || isPunct(prev, ']') || isPunct(prev, ')') || subscript > 0)) subscript++
    else if (isPunct(t, ']') && subscript > 0) subscript--
    if (subscript > 0 || t.kind !== 'ident' || DECLARE.has(t.text)) continue
    const next = target[k + 1]
    // `{ key: alias }` binds alias; `obj.attr` and `a[i]` bind nothing new here.
    if (isPunct(next, ':') || isPunct(prev, '.')) continue
    names.push(t.text)
  }
  return names
}

function topLevelIndex(tokens: readonly Token[], text: string): number {
  let depth = 0
  for (const [k, t] of tokens.entries()) {
    if (t.kind !== 'punct') continue
    if (OPEN.has(t.text)) depth++
    else if (CLOSE.has(t.text)) depth--
    else if (depth === 0 && t.text === text) return k
  }
  return -1
}

/** Every assignment statement (`x = …`, `x += …`, `const { a } = …`, Python `for x in …`). */
export function findAssignments(tokens: readonly Token[], lang: CodeLanguage): Assignment[] {
  const out: Assignment[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'punct' || (t.text !== '=' && t.text !== '+=' && t.text !== ':=')) continue
    // The target runs back to the start of the statement. An unclosed `(` or `[` before it
    // means a keyword argument, a default value or an element: not an assignment.
    let s = k - 1
    let depth = 0
    let inside = false
    for (; s >= 0; s--) {
      const x = tokens[s]!
      if (x.kind === 'punct' && CLOSE.has(x.text)) depth++
      else if (x.kind === 'punct' && OPEN.has(x.text)) {
        if (depth === 0) {
          inside = !(x.text === '{' && lang === 'javascript')
          break
        }
        depth--
      }
      if (depth === 0 && (x.kind === 'newline' || isPunct(x, ';'))) break
    }
    if (inside) continue
    let target = tokens.slice(s + 1, k).filter((x) => x.kind !== 'newline')
    // A type annotation (`q: str = …`, `let q: string = …`) is not part of the target.
    const colon = topLevelIndex(target, ':')
    if (colon >= 0) target = target.slice(0, colon)
    if (!target.length) continue
    const end = statementEnd(tokens, k + 1, lang)
    out.push({ names: targetNames(target), index: s + 1, value: tokens.slice(k + 1, end).filter((x) => x.kind !== 'newline'), augmented: t.text === '+=' })
  }
  if (lang === 'python') {
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.kind !== 'ident' || tokens[k]!.text !== 'for') continue
      let inAt = k + 1
      while (inAt < tokens.length && tokens[inAt]!.kind !== 'newline' && !(tokens[inAt]!.kind === 'ident' && tokens[inAt]!.text === 'in')) inAt++
      if (tokens[inAt]?.text !== 'in') continue
      const end = statementEnd(tokens, inAt + 1, lang)
      out.push({ names: targetNames(tokens.slice(k + 1, inAt)), index: k, value: tokens.slice(inAt + 1, end), augmented: false })
    }
    out.sort((a, b) => a.index - b.index)
  }
  return out
}
