/**
 * A parser for HCL native syntax as Terraform writes it: bodies of attributes and blocks, and
 * the full expression language (operators, conditionals, function calls, `for` expressions,
 * splats, templates, heredocs). It keeps offsets on every node, runs in linear time and
 * stops at MAX_DEPTH nesting, so hostile files fail fast with a position.
 */
import type { Attribute, BinaryOp, Block, Body, Expr, ObjectItem } from './ast.js'
import { HclSyntaxError, Scanner } from './scanner.js'
import { parseHeredoc, parseQuotedTemplate, parseTemplateContent, templateExpression } from './template.js'

export { HclSyntaxError }

/** Parses a whole `.tf` (or `.tfvars`) file. Throws HclSyntaxError with the offset of the problem. */
export function parseHcl(src: string): Body {
  const p = new Parser(src)
  const body = p.body(false)
  p.s.skipSpace(true)
  if (!p.s.eof()) p.s.error(`unexpected ${p.s.describeHere()}`)
  return body
}

/** Parses one expression (a `--var` value, a plan reference). */
export function parseHclExpression(src: string): Expr {
  const p = new Parser(src)
  p.s.skipSpace(true)
  const e = p.expr(false)
  p.s.skipSpace(true)
  if (!p.s.eof()) p.s.error(`unexpected ${p.s.describeHere()} after the expression`)
  return e
}

/** Parses a template file's text (templatefile()). */
export function parseHclTemplate(src: string): import('./ast.js').TemplatePart[] {
  const p = new Parser(src)
  return parseTemplateContent(p.s, () => p.expr(false))
}

const LEVELS: BinaryOp[][] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']]

class Parser {
  readonly s: Scanner
  constructor(src: string) {
    this.s = new Scanner(src)
  }

  /** A body: attributes and blocks until `}` (nested) or the end of the file. */
  body(nested: boolean): Body {
    const s: Scanner = this.s
    const start = s.pos
    const attributes: Attribute[] = []
    const blocks: Block[] = []
    const seen = new Map<string, number>()
    s.enter()
    for (;;) {
      s.skipSpace(true)
      if (s.eof()) {
        if (nested) s.error('expected } to close the block, found the end of the file')
        break
      }
      if (s.ch() === '}') {
        if (!nested) s.error("unexpected '}'")
        break
      }
      const itemStart = s.pos
      const name = s.ident()
      if (!name) s.error(`expected an attribute or block name, found ${s.describeHere()}`)
      s.skipSpace(false)
      if (s.ch() === '=' && s.ch(1) !== '=') {
        s.pos++
        s.skipSpace(false)
        const expr = this.expr(true)
        const prev = seen.get(name)
        if (prev !== undefined) s.error(`attribute "${name}" is set twice in this body`, itemStart)
        seen.set(name, itemStart)
        attributes.push({ name, expr, start: itemStart, end: s.pos })
        this.endOfItem(nested)
        continue
      }
      const labels: string[] = []
      while (s.ch() !== '{') {
        if (s.ch() === '"') {
          s.pos++
          const labelStart = s.pos
          const end = s.src.indexOf('"', labelStart)
          const nl = s.src.indexOf('\n', labelStart)
          if (end < 0 || (nl >= 0 && nl < end)) s.error('unterminated block label')
          labels.push(s.src.slice(labelStart, end))
          s.pos = end + 1
        } else {
          const label = s.ident()
          if (label === undefined) s.error(`expected '=' or a block, found ${s.describeHere()} after "${name}"`)
          labels.push(label)
        }
        s.skipSpace(false)
      }
      s.pos++
      const body = this.body(true)
      s.expect('}')
      blocks.push({ type: name, labels, body, start: itemStart, end: s.pos })
      this.endOfItem(nested)
    }
    s.leave()
    return { attributes, blocks, start, end: s.pos }
  }

  /** An attribute or block ends at a new line, the end of the file, or (one-line blocks) `}`. */
  private endOfItem(nested: boolean): void {
    const s: Scanner = this.s
    s.skipSpace(false)
    if (s.ch() === '\n') s.pos++
    else if (!s.eof() && !(nested && s.ch() === '}')) s.error(`expected a new line after the attribute or block, found ${s.describeHere()}`)
  }

  /**
   * An expression. `nl`: new lines end it (top level of an attribute or object item); inside
   * brackets and parentheses they are whitespace.
   */
  expr(nl: boolean): Expr {
    const s: Scanner = this.s
    s.enter()
    const start = s.pos
    const condition = this.binary(0, nl)
    s.skipSpace(!nl)
    let out: Expr = condition
    if (s.ch() === '?') {
      s.pos++
      s.skipSpace(true)
      const then = this.expr(false)
      s.skipSpace(true)
      s.expect(':', "':' of the conditional")
      s.skipSpace(true)
      const otherwise = this.expr(nl)
      out = { kind: 'conditional', condition, then, else: otherwise, start, end: s.pos }
    }
    s.leave()
    return out
  }

  private binary(level: number, nl: boolean): Expr {
    if (level >= LEVELS.length) return this.unary(nl)
    const s: Scanner = this.s
    const start = s.pos
    let left = this.binary(level + 1, nl)
    for (;;) {
      const save = s.pos
      s.skipSpace(!nl)
      // `<<` starts a heredoc, not a comparison; `=>` (for expressions) is no operator.
      const op = LEVELS[level]!.find((o) => s.startsWith(o) && !(o === '<' && s.startsWith('<<')))
      if (!op) {
        s.pos = save
        return left
      }
      s.pos += op.length
      s.skipSpace(true)
      const right = this.binary(level + 1, nl)
      left = { kind: 'binary', op, left, right, start, end: s.pos }
    }
  }

  private unary(nl: boolean): Expr {
    const s: Scanner = this.s
    const start = s.pos
    const c = s.ch()
    if ((c === '!' && s.ch(1) !== '=') || c === '-') {
      s.pos++
      s.skipSpace(true)
      s.enter()
      const operand = this.unary(nl)
      s.leave()
      return { kind: 'unary', op: c as '!' | '-', operand, start, end: s.pos }
    }
    return this.postfix(this.primary(), nl)
  }

  /**
   * Attribute access, indexing and splats after a primary expression. The two splats differ
   * (hclsyntax spec, Splat Operators): `list.*.a.b` applies only the attribute steps that
   * follow to each element, so `list.*.id[0]` is the first id; `list[*]` applies every step
   * that follows, splats included, so `list[*].id[0]` indexes each id.
   */
  private postfix(object: Expr, nl: boolean): Expr {
    const s: Scanner = this.s
    const start = object.start
    let out = object
    for (;;) {
      const save = s.pos
      s.skipSpace(!nl)
      if (s.ch() === '.' && s.ch(1) !== '.') {
        s.pos++
        if (s.ch() === '*') {
          s.pos++
          out = { kind: 'splat', object: out, each: this.attributeSteps({ kind: 'anon', start: s.pos, end: s.pos }), start, end: s.pos }
          continue
        }
        out = this.dotStep(out, start, save)
        continue
      }
      if (s.ch() === '[') {
        s.pos++
        s.skipSpace(true)
        if (s.ch() === '*') {
          s.pos++
          s.skipSpace(true)
          s.expect(']')
          s.enter()
          const each = this.postfix({ kind: 'anon', start: s.pos, end: s.pos }, nl)
          s.leave()
          return { kind: 'splat', object: out, each, start, end: s.pos }
        }
        const key = this.expr(false)
        s.skipSpace(true)
        s.expect(']')
        out = { kind: 'index', object: out, key, start, end: s.pos }
        continue
      }
      s.pos = save
      return out
    }
  }

  /** After `.`: an attribute name, or a legacy index (`list.0`). */
  private dotStep(object: Expr, start: number, dot: number): Expr {
    const s: Scanner = this.s
    const name = s.ident()
    if (name !== undefined) return { kind: 'getattr', object, name, start, end: s.pos }
    const n = s.number()
    if (n !== undefined) return { kind: 'index', object, key: { kind: 'literal', value: n, start: dot, end: s.pos }, start, end: s.pos }
    s.error(`expected an attribute name after '.', found ${s.describeHere()}`)
  }

  /** The `.name` (and legacy `.0`) steps of an attribute-only splat, applied to each element. */
  private attributeSteps(anon: Expr): Expr {
    const s: Scanner = this.s
    let each = anon
    while (s.ch() === '.' && s.ch(1) !== '.' && s.ch(1) !== '*') {
      const dot = s.pos
      s.pos++
      each = this.dotStep(each, anon.start, dot)
    }
    return each
  }

  private primary(): Expr {
    const s: Scanner = this.s
    const start = s.pos
    const c = s.ch()
    if (c === '"') {
      s.pos++
      const parts = parseQuotedTemplate(s, () => this.expr(false))
      return templateExpression(parts, { start, end: s.pos })
    }
    if (c === '<' && s.ch(1) === '<') {
      const parts = parseHeredoc(s, () => this.expr(false))
      return templateExpression(parts, { start, end: s.pos })
    }
    if (/[0-9]/.test(c)) {
      const value = s.number()!
      return { kind: 'literal', value, start, end: s.pos }
    }
    if (c === '(') {
      s.pos++
      s.skipSpace(true)
      const expr = this.expr(false)
      s.skipSpace(true)
      s.expect(')')
      return { kind: 'parens', expr, start, end: s.pos }
    }
    if (c === '[') return this.tupleOrFor(start)
    if (c === '{') return this.objectOrFor(start)
    const name = s.ident()
    if (name === undefined) s.error(`expected an expression, found ${s.describeHere()}`)
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', start, end: s.pos }
    if (name === 'null') return { kind: 'literal', value: null, start, end: s.pos }
    const afterName = s.pos
    s.skipSpace(false)
    if (s.ch() === '(' || (s.ch() === ':' && s.ch(1) === ':')) return this.call(name, start)
    s.pos = afterName
    return { kind: 'variable', name, start, end: s.pos }
  }

  private call(name: string, start: number): Expr {
    const s: Scanner = this.s
    // Provider-defined functions: provider::NAME::FUNCTION(…).
    while (s.ch() === ':' && s.ch(1) === ':') {
      s.pos += 2
      const part = s.ident()
      if (!part) s.error('expected a function name after ::')
      name += `::${part}`
      s.skipSpace(false)
    }
    s.expect('(')
    const args: Expr[] = []
    let expandFinal = false
    s.enter()
    for (;;) {
      s.skipSpace(true)
      if (s.ch() === ')') break
      args.push(this.expr(false))
      s.skipSpace(true)
      if (s.startsWith('...')) {
        s.pos += 3
        expandFinal = true
        s.skipSpace(true)
      }
      if (s.ch() === ',') {
        s.pos++
        continue
      }
      if (s.ch() !== ')') s.error(`expected ',' or ')' in the arguments of ${name}(), found ${s.describeHere()}`)
    }
    s.pos++
    s.leave()
    return { kind: 'call', name, args, expandFinal, start, end: s.pos }
  }

  private isFor(): boolean {
    const s: Scanner = this.s
    const save = s.pos
    s.skipSpace(true)
    const kw = s.ident()
    let result = false
    if (kw === 'for') {
      s.skipSpace(true)
      result = s.atIdentStart()
    }
    s.pos = save
    return result
  }

  private tupleOrFor(start: number): Expr {
    const s: Scanner = this.s
    s.pos++
    if (this.isFor()) return this.forExpr(start, false)
    const items: Expr[] = []
    s.enter()
    for (;;) {
      s.skipSpace(true)
      if (s.ch() === ']') break
      items.push(this.expr(false))
      s.skipSpace(true)
      if (s.ch() === ',') {
        s.pos++
        continue
      }
      if (s.ch() !== ']') s.error(`expected ',' or ']' in the list, found ${s.describeHere()}`)
    }
    s.pos++
    s.leave()
    return { kind: 'tuple', items, start, end: s.pos }
  }

  private objectOrFor(start: number): Expr {
    const s: Scanner = this.s
    s.pos++
    if (this.isFor()) return this.forExpr(start, true)
    const items: ObjectItem[] = []
    s.enter()
    for (;;) {
      s.skipSpace(true)
      if (s.ch() === '}') break
      const itemStart = s.pos
      // Only a bare name is a literal key: `"${name}"` unwraps to the same variable node but is evaluated.
      const bare = s.atIdentStart()
      const key = this.expr(true)
      const keyIsIdentifier = bare && key.kind === 'variable'
      s.skipSpace(false)
      if ((s.ch() === '=' && s.ch(1) !== '=') || s.ch() === ':') s.pos++
      else s.error(`expected '=' or ':' after the object key, found ${s.describeHere()}`)
      s.skipSpace(false)
      const value = this.expr(true)
      items.push({ key, keyIsIdentifier, value, start: itemStart, end: s.pos })
      s.skipSpace(false)
      if (s.ch() === ',' || s.ch() === '\n') {
        s.pos++
        continue
      }
      if (s.ch() !== '}') s.error(`expected ',', a new line or '}' in the object, found ${s.describeHere()}`)
    }
    s.pos++
    s.leave()
    return { kind: 'object', items, start, end: s.pos }
  }

  private forExpr(start: number, object: boolean): Expr {
    const s: Scanner = this.s
    s.enter()
    s.skipSpace(true)
    s.ident() // for
    s.skipSpace(true)
    let keyVar: string | undefined
    let valueVar = s.ident()!
    s.skipSpace(true)
    if (s.ch() === ',') {
      s.pos++
      s.skipSpace(true)
      keyVar = valueVar
      const v = s.ident()
      if (!v) s.error('expected a variable name in the for expression')
      valueVar = v
      s.skipSpace(true)
    }
    if (s.ident() !== 'in') s.error("expected 'in' in the for expression")
    s.skipSpace(true)
    const collection = this.expr(false)
    s.skipSpace(true)
    s.expect(':', "':' in the for expression")
    s.skipSpace(true)
    let keyExpr: Expr | undefined
    let valueExpr = this.expr(false)
    s.skipSpace(true)
    let grouped = false
    if (object) {
      s.expect('=>', "'=>' in the object for expression")
      s.skipSpace(true)
      keyExpr = valueExpr
      valueExpr = this.expr(false)
      s.skipSpace(true)
      if (s.startsWith('...')) {
        s.pos += 3
        grouped = true
        s.skipSpace(true)
      }
    }
    let condition: Expr | undefined
    if (s.peekIdent() === 'if') {
      s.ident()
      s.skipSpace(true)
      condition = this.expr(false)
      s.skipSpace(true)
    }
    s.expect(object ? '}' : ']')
    s.leave()
    return {
      kind: 'for',
      ...(keyVar ? { keyVar } : {}),
      valueVar,
      collection,
      ...(keyExpr ? { keyExpr } : {}),
      valueExpr,
      ...(condition ? { condition } : {}),
      grouped,
      start,
      end: s.pos,
    }
  }
}
