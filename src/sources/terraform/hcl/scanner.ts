/**
 * Character-level reading shared by the HCL body, expression and template parsers:
 * whitespace and the three comment styles, identifiers, numbers, nesting depth and
 * positioned syntax errors.
 */
import { MAX_DEPTH } from '../../iac/limits.js'

/** A syntax error at an offset of the file. */
export class HclSyntaxError extends Error {
  override name = 'HclSyntaxError'
  constructor(
    message: string,
    readonly offset: number,
    readonly code: 'HCL_SYNTAX' | 'TOO_DEEP' = 'HCL_SYNTAX',
  ) {
    super(message)
  }
}

const isIdentStart = (c: string) => /[A-Za-z_]/.test(c) || c > '\u007f'
const isIdentChar = (c: string) => /[A-Za-z0-9_-]/.test(c) || c > '\u007f'

export class Scanner {
  pos = 0
  private depth = 0

  constructor(readonly src: string) {}

  ch(ahead = 0): string {
    return this.src[this.pos + ahead] ?? ''
  }

  eof(): boolean {
    return this.pos >= this.src.length
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos)
  }

  error(message: string, at: number = this.pos): never {
    throw new HclSyntaxError(message, Math.min(at, this.src.length))
  }

  expect(s: string, what = `'${s}'`): void {
    if (!this.startsWith(s)) this.error(`expected ${what}, found ${this.describeHere()}`)
    this.pos += s.length
  }

  describeHere(): string {
    if (this.eof()) return 'the end of the file'
    const c = this.ch()
    if (c === '\n') return 'a new line'
    return `'${this.src.slice(this.pos, this.pos + 12).split('\n')[0]}'`
  }

  /** Nesting guard: every recursive construct enters and leaves. */
  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new HclSyntaxError(`nesting deeper than ${MAX_DEPTH} levels`, this.pos, 'TOO_DEEP')
  }

  leave(): void {
    this.depth--
  }

  /**
   * Skips spaces, tabs, carriage returns and comments; newlines too when `newlines` is set.
   * A line comment stops before its newline, which stays significant.
   */
  skipSpace(newlines: boolean): void {
    for (;;) {
      const c = this.ch()
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.pos++
      else if (c === '#' || (c === '/' && this.ch(1) === '/')) {
        while (!this.eof() && this.ch() !== '\n') this.pos++
      } else if (c === '/' && this.ch(1) === '*') {
        const end = this.src.indexOf('*/', this.pos + 2)
        if (end < 0) this.error('unterminated /* comment')
        this.pos = end + 2
      } else return
    }
  }

  atIdentStart(): boolean {
    return isIdentStart(this.ch())
  }

  ident(): string | undefined {
    if (!isIdentStart(this.ch())) return undefined
    const start = this.pos
    while (isIdentChar(this.ch())) this.pos++
    return this.src.slice(start, this.pos)
  }

  /** An identifier without consuming it. */
  peekIdent(): string | undefined {
    const save = this.pos
    const id = this.ident()
    this.pos = save
    return id
  }

  number(): number | undefined {
    const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 64))
    if (!m) return undefined
    this.pos += m[0].length
    return Number(m[0])
  }
}
