/**
 * A small lexer for Python and JavaScript/TypeScript source, enough for the code analyzers to
 * tell code from comments and string literals, to see which strings interpolate values
 * (f-strings, template literals) and to match brackets. It never evaluates anything and never
 * throws: unterminated constructs run to the end of the file.
 */
import type { CodeLanguage } from '../../model/lambda.js'

export type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'newline'

export interface Token {
  kind: TokenKind
  /** The token's text; for strings, the content between the quotes (escapes left as written). */
  text: string
  /** 1-based line of the token's first character. */
  line: number
  /** 0-based column of the token's first character. */
  col: number
  /** Strings: an f-string (Python) or template literal (JavaScript) with at least one interpolation. */
  interpolated?: boolean
  /** Strings: a JavaScript template literal. */
  template?: boolean
  /** Strings: the tokens of the interpolated expressions, in order. */
  parts?: Token[]
}

const IDENT_START = /[A-Za-z_$\u00c0-\uffff]/
const IDENT_PART = /[A-Za-z0-9_$\u00c0-\uffff]/
const PY_STRING_PREFIX = /^(?:[rRbBuUfF]{1,2})$/
const THREE_CHAR_PUNCT = new Set(['===', '!==', '**=', '...', '>>=', '<<=', '&&=', '||=', '??=', '>>>'])
const TWO_CHAR_PUNCT = new Set(['==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&&', '||', '??', '=>', '**', '//', '->', '::', ':=', '?.', '++', '--', '<<', '>>', '|=', '&=', '^='])
/** After these, a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await'])

/**
 * Splits source text into tokens. Python newlines outside brackets become `newline` tokens
 * (logical line ends); JavaScript newlines outside ( and [ do too (possible statement ends).
 */
export function tokenize(src: string, language: CodeLanguage): Token[] {
  return new Lexer(src, language).run()
}

class Lexer {
  private i = 0
  private line = 1
  private lineStart = 0
  private depth = 0
  /** Open ( and [ only (JavaScript newline handling). */
  private parens = 0
  private readonly out: Token[] = []

  constructor(
    private readonly src: string,
    private readonly lang: CodeLanguage,
  ) {}

  run(): Token[] {
    const s = this.src
    while (this.i < s.length) {
      const c = s[this.i]!
      if (c === '\n') {
        // Python: a newline inside brackets does not end the logical line. JavaScript: braces
        // hold whole statement blocks, so newlines count everywhere but inside ( and [.
        const ends = this.lang === 'python' ? this.depth === 0 : this.parens === 0
        if (ends && this.out.length && this.out[this.out.length - 1]!.kind !== 'newline') this.push('newline', '\n', this.i)
        this.newline(this.i)
        this.i++
        continue
      }
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.i++
        continue
      }
      if (this.lang === 'python' && c === '\\' && s[this.i + 1] === '\n') {
        this.newline(this.i + 1)
        this.i += 2
        continue
      }
      if (this.lang === 'python' && c === '#') {
        this.skipToLineEnd()
        continue
      }
      if (this.lang === 'javascript' && c === '/' && s[this.i + 1] === '/') {
        this.skipToLineEnd()
        continue
      }
      if (this.lang === 'javascript' && c === '/' && s[this.i + 1] === '*') {
        this.skipBlockComment()
        continue
      }
      if (IDENT_START.test(c)) {
        const start = this.i
        while (this.i < s.length && IDENT_PART.test(s[this.i]!)) this.i++
        const word = s.slice(start, this.i)
        if (this.lang === 'python' && PY_STRING_PREFIX.test(word) && (s[this.i] === '"' || s[this.i] === "'")) {
          this.pythonString(start, word)
          continue
        }
        this.push('ident', word, start)
        continue
      }
      if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[this.i + 1] ?? ''))) {
        const start = this.i
        while (this.i < s.length && /[0-9A-Za-z_.]/.test(s[this.i]!)) this.i++
        this.push('number', s.slice(start, this.i), start)
        continue
      }
      if (c === '"' || c === "'") {
        if (this.lang === 'python') this.pythonString(this.i, '')
        else this.jsString(c)
        continue
      }
      if (c === '`' && this.lang === 'javascript') {
        this.jsTemplate()
        continue
      }
      if (c === '/' && this.lang === 'javascript' && this.regexAllowed()) {
        this.jsRegex()
        continue
      }
      this.punct()
    }
    return this.out
  }

  private push(kind: TokenKind, text: string, start: number, extra?: Partial<Token>): Token {
    const t: Token = { kind, text, line: this.lineAt(start), col: start - this.lineStartAt(start), ...extra }
    this.out.push(t)
    return t
  }

  // Lines are tracked as the scanner passes newlines; a token's own line is the current line
  // unless it started before the last newline (multi-line strings), which lineAt handles.
  private readonly starts: number[] = [0]
  private newline(at: number): void {
    this.line++
    this.lineStart = at + 1
    this.starts.push(at + 1)
  }
  private lineAt(pos: number): number {
    if (pos >= this.lineStart) return this.line
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= pos) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  private lineStartAt(pos: number): number {
    return this.starts[this.lineAt(pos) - 1] ?? 0
  }

  private skipToLineEnd(): void {
    while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++
  }

  private skipBlockComment(): void {
    const end = this.src.indexOf('*/', this.i + 2)
    const stop = end < 0 ? this.src.length : end + 2
    this.countNewlines(this.i, stop)
    this.i = stop
  }

  private countNewlines(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.src[k] === '\n') this.newline(k)
  }

  private punct(): void {
    const s = this.src
    const start = this.i
    const three = s.slice(start, start + 3)
    const two = s.slice(start, start + 2)
    const text = THREE_CHAR_PUNCT.has(three) ? three : TWO_CHAR_PUNCT.has(two) ? two : s[start]!
    this.i += text.length
    if (text === '(' || text === '[' || text === '{') this.depth++
    else if ((text === ')' || text === ']' || text === '}') && this.depth > 0) this.depth--
    if (text === '(' || text === '[') this.parens++
    else if ((text === ')' || text === ']') && this.parens > 0) this.parens--
    this.push('punct', text, start)
  }

  private regexAllowed(): boolean {
    const prev = this.out[this.out.length - 1]
    if (!prev || prev.kind === 'newline') return true
    if (prev.kind === 'ident') return REGEX_AFTER_WORDS.has(prev.text)
    if (prev.kind === 'number' || prev.kind === 'string') return false
    return !(prev.text === ')' || prev.text === ']' || prev.text === '}')
  }

  private jsRegex(): void {
    const s = this.src
    const start = this.i
    let k = start + 1
    let inClass = false
    while (k < s.length && s[k] !== '\n') {
      const ch = s[k]!
      if (ch === '\\') k += 2
      else {
        if (ch === '[') inClass = true
        else if (ch === ']') inClass = false
        else if (ch === '/' && !inClass) break
        k++
      }
    }
    k++
    while (k < s.length && /[a-z]/.test(s[k]!)) k++
    this.i = Math.min(k, s.length)
    this.push('string', s.slice(start, this.i), start)
  }

  private jsString(quote: string): void {
    const s = this.src
    const start = this.i
    let k = start + 1
    while (k < s.length && s[k] !== quote && s[k] !== '\n') k += s[k] === '\\' ? 2 : 1
    this.i = Math.min(k + 1, s.length)
    this.push('string', s.slice(start + 1, Math.min(k, s.length)), start)
  }

  private jsTemplate(): void {
    const s = this.src
    const start = this.i
    const parts: Token[] = []
    let k = start + 1
    while (k < s.length && s[k] !== '`') {
      if (s[k] === '\\') {
        k += 2
        continue
      }
      if (s[k] === '$' && s[k + 1] === '{') {
        const end = matchingBrace(s, k + 1, 'javascript')
        parts.push(...shifted(tokenize(s.slice(k + 2, end), 'javascript'), this.lineAt(start) + countLines(s, start, k + 2), 0))
        k = end + 1
        continue
      }
      k++
    }
    const stop = Math.min(k + 1, s.length)
    const token = this.push('string', s.slice(start + 1, Math.min(k, s.length)), start, { template: true, interpolated: parts.length > 0 || /\$\{/.test(s.slice(start, k)), parts })
    if (!token.parts?.length) delete token.parts
    this.countNewlines(start, stop)
    this.i = stop
  }

  private pythonString(start: number, prefix: string): void {
    const s = this.src
    const q = s[start + prefix.length]!
    const triple = s.slice(start + prefix.length, start + prefix.length + 3) === q.repeat(3)
    const open = start + prefix.length + (triple ? 3 : 1)
    let k = open
    while (k < s.length) {
      if (s[k] === '\\') {
        k += 2
        continue
      }
      if (!triple && s[k] === '\n') break
      if (triple ? s.startsWith(q.repeat(3), k) : s[k] === q) break
      k++
    }
    const contentEnd = Math.min(k, s.length)
    const stop = Math.min(k + (k < s.length && s[k] !== '\n' ? (triple ? 3 : 1) : 0), s.length)
    const content = s.slice(open, contentEnd)
    const isF = /f/i.test(prefix)
    const parts: Token[] = []
    if (isF) {
      let j = 0
      while (j < content.length) {
        if (content[j] === '{' && content[j + 1] === '{') j += 2
        else if (content[j] === '{') {
          const end = matchingBrace(content, j, 'python')
          // `{x!r:>10}`: conversion and format spec are not part of the expression.
          const expr = content.slice(j + 1, end).replace(/(![rsa])?(:[^{}]*)?$/, '')
          parts.push(...shifted(tokenize(expr, 'python'), this.lineAt(start) + countLines(s, start, open + j), 0))
          j = end + 1
        } else j++
      }
    }
    const token = this.push('string', content, start, isF && parts.length ? { interpolated: true, parts } : undefined)
    if (isF && !parts.length && /\{[^{]/.test(content.replace(/\{\{/g, ''))) token.interpolated = true
    this.countNewlines(start, stop)
    this.i = stop
  }
}

function countLines(s: string, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) if (s[k] === '\n') n++
  return n
}

function shifted(tokens: Token[], firstLine: number, _col: number): Token[] {
  return tokens.filter((t) => t.kind !== 'newline').map((t) => ({ ...t, line: t.line + firstLine - 1 }))
}

/**
 * Index of the `}` matching the `{` at `open` (or the end of the text), skipping strings,
 * template literals and comments inside.
 */
function matchingBrace(s: string, open: number, lang: CodeLanguage): number {
  let depth = 0
  let k = open
  while (k < s.length) {
    const c = s[k]!
    if (c === '{') depth++
    else if (c === '}') {
      depth--
      if (depth === 0) return k
    } else if (c === '"' || c === "'" || (c === '`' && lang === 'javascript')) {
      k++
      while (k < s.length && s[k] !== c) k += s[k] === '\\' ? 2 : 1
    } else if (lang === 'javascript' && c === '/' && s[k + 1] === '/') {
      while (k < s.length && s[k] !== '\n') k++
    }
    k++
  }
  return s.length
}
