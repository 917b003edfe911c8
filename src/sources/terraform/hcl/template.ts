/**
 * HCL string templates: quoted strings ("a-${var.x}") and heredocs (<<EOT / <<-EOT), with
 * `${…}` interpolations, `%{if}`/`%{for}` directives, `~` strip markers and the escapes of
 * quoted strings.
 */
import type { Expr, Span, TemplatePart } from './ast.js'
import type { Scanner } from './scanner.js'

/** Parses an expression at the scanner position (newlines insignificant) and returns it. */
export type ExprReader = () => Expr

type Stop = 'else' | 'endif' | 'endfor' | 'end'

interface Parsed {
  parts: TemplatePart[]
  stop: Stop
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/**
 * The expression a template stands for, the same for `.tf` strings and heredocs and for
 * `.tf.json` strings: text alone is a literal, and a template that is one interpolation and
 * nothing else (`"${var.subnets}"`, `"${~ x ~}"`) is that expression itself. HCL "unwraps" it
 * (hclsyntax spec, Template Interpolation Unwrapping): its value is returned without string
 * conversion, so a list stays a list, a number a number and an unknown stays unknown. A
 * directive (`%{for}`) or a second interpolation always makes the result a string.
 */
export function templateExpression(parts: TemplatePart[], span: Span): Expr {
  const only = parts.length === 1 ? parts[0]! : undefined
  if (parts.length === 0) return { kind: 'literal', value: '', ...span }
  if (only?.kind === 'text') return { kind: 'literal', value: only.text, ...span }
  if (only?.kind === 'interpolation') return only.expr
  return { kind: 'template', parts, ...span }
}

/** After the opening quote; consumes the closing quote. */
export function parseQuotedTemplate(s: Scanner, readExpr: ExprReader): TemplatePart[] {
  const open = s.pos - 1
  const r = parseParts(s, readExpr, { quoted: true, end: s.src.length, open, strip: { next: false } })
  if (r.stop !== 'end') s.error(`%{${r.stop}} without a matching %{if} or %{for}`)
  return r.parts
}

/** A whole text as template content (templatefile()): everything to the end of the scanner's source. */
export function parseTemplateContent(s: Scanner, readExpr: ExprReader): TemplatePart[] {
  const r = parseParts(s, readExpr, { quoted: false, end: s.src.length, open: 0, strip: { next: false } })
  if (r.stop !== 'end') s.error(`%{${r.stop}} without a matching %{if} or %{for}`)
  return r.parts
}

/** At `<<`; consumes the heredoc up to and including its closing marker. */
export function parseHeredoc(s: Scanner, readExpr: ExprReader): TemplatePart[] {
  const open = s.pos
  s.pos += 2
  const indented = s.ch() === '-'
  if (indented) s.pos++
  const marker = s.ident()
  if (!marker) s.error('expected a heredoc marker after <<')
  if (s.ch() === '\r') s.pos++
  if (s.ch() !== '\n') s.error('a heredoc marker must be followed by a new line')
  s.pos++
  const contentStart = s.pos
  // The closing marker is alone on its line, optionally indented.
  let lineStart = contentStart
  let closeLine = -1
  let closeEnd = -1
  while (lineStart <= s.src.length) {
    const nl = s.src.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? s.src.length : nl
    const line = s.src.slice(lineStart, lineEnd).replace(/\r$/, '')
    if (line.trim() === marker && /^[ \t]*$/.test(line.slice(0, line.indexOf(marker)))) {
      closeLine = lineStart
      closeEnd = lineStart + line.length
      break
    }
    if (nl < 0) break
    lineStart = nl + 1
  }
  if (closeLine < 0) s.error(`heredoc <<${indented ? '-' : ''}${marker} is never closed`, open)
  s.pos = contentStart
  const r = parseParts(s, readExpr, { quoted: false, end: closeLine, open, strip: { next: false } })
  if (r.stop !== 'end') s.error(`%{${r.stop}} without a matching %{if} or %{for}`)
  s.pos = closeEnd
  return indented ? dedent(r.parts, s.src.slice(contentStart, closeLine)) : r.parts
}

interface Mode {
  quoted: boolean
  /** Offset where the template text ends (heredoc) — quoted templates end at their quote. */
  end: number
  open: number
  /**
   * Set by a `~}` strip marker: the literal that follows loses its leading whitespace. Shared by
   * the nested calls for directive bodies, because that literal may be the first of a `%{for}`
   * or `%{if}` body or the text after `%{endfor ~}`, which another call reads.
   */
  strip: { next: boolean }
}

function parseParts(s: Scanner, readExpr: ExprReader, mode: Mode): Parsed {
  s.enter()
  const parts: TemplatePart[] = []
  let text = ''
  // Whether the source has literal text here, even if strip markers leave it empty: HCL keeps
  // such a literal, so `" ${~ x}"` is a string while `"${~ x ~}"` is x's value unconverted.
  let literal = false
  const addText = (t: string) => {
    text += t
    literal = true
  }
  const flush = () => {
    if (mode.strip.next) {
      text = text.replace(/^\s+/, '')
      mode.strip.next = false
    }
    if (literal) parts.push({ kind: 'text', text })
    text = ''
    literal = false
  }
  const stripPrevious = () => {
    text = text.replace(/\s+$/, '')
  }
  const closeDirective = () => {
    s.skipSpace(true)
    if (s.ch() === '~') {
      s.pos++
      mode.strip.next = true
    }
    s.expect('}')
  }
  for (;;) {
    if (mode.quoted) {
      if (s.eof()) s.error('unterminated string: no closing quote', mode.open)
      if (s.ch() === '"') {
        s.pos++
        break
      }
      if (s.ch() === '\n') s.error('a quoted string cannot span lines (use a heredoc)', mode.open)
    } else if (s.pos >= mode.end) break
    const c = s.ch()
    if (c === '$' && s.ch(1) === '$' && s.ch(2) === '{') {
      addText('${')
      s.pos += 3
    } else if (c === '%' && s.ch(1) === '%' && s.ch(2) === '{') {
      addText('%{')
      s.pos += 3
    } else if (c === '$' && s.ch(1) === '{') {
      s.pos += 2
      if (s.ch() === '~') {
        s.pos++
        stripPrevious()
      }
      flush()
      s.skipSpace(true)
      const expr = readExpr()
      closeDirective()
      parts.push({ kind: 'interpolation', expr })
    } else if (c === '%' && s.ch(1) === '{') {
      s.pos += 2
      if (s.ch() === '~') {
        s.pos++
        stripPrevious()
      }
      flush()
      s.skipSpace(true)
      const keyword = s.ident()
      if (keyword === 'if') {
        s.skipSpace(true)
        const condition = readExpr()
        closeDirective()
        const then = parseParts(s, readExpr, mode)
        let elseParts: TemplatePart[] = []
        if (then.stop === 'else') {
          const e = parseParts(s, readExpr, mode)
          if (e.stop !== 'endif') s.error('%{else} without %{endif}')
          elseParts = e.parts
        } else if (then.stop !== 'endif') s.error('%{if} without %{endif}')
        parts.push({ kind: 'if', condition, then: then.parts, else: elseParts })
      } else if (keyword === 'for') {
        s.skipSpace(true)
        let keyVar: string | undefined
        let valueVar = s.ident()
        s.skipSpace(true)
        if (s.ch() === ',') {
          s.pos++
          s.skipSpace(true)
          keyVar = valueVar
          valueVar = s.ident()
          s.skipSpace(true)
        }
        if (!valueVar || s.ident() !== 'in') s.error('expected %{for NAME in COLLECTION}')
        s.skipSpace(true)
        const collection = readExpr()
        closeDirective()
        const body = parseParts(s, readExpr, mode)
        if (body.stop !== 'endfor') s.error('%{for} without %{endfor}')
        parts.push({ kind: 'for', ...(keyVar ? { keyVar } : {}), valueVar, collection, body: body.parts })
      } else if (keyword === 'else' || keyword === 'endif' || keyword === 'endfor') {
        // The text before the directive is already flushed; a `~}` here strips the text after it.
        closeDirective()
        s.leave()
        return { parts, stop: keyword }
      } else s.error(`unknown template directive %{${keyword ?? ''}}`)
    } else if (mode.quoted && c === '\\') {
      const e = s.ch(1)
      if (e in ESCAPES) {
        addText(ESCAPES[e]!)
        s.pos += 2
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8
        const hex = s.src.slice(s.pos + 2, s.pos + 2 + len)
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) s.error('invalid unicode escape')
        addText(String.fromCodePoint(parseInt(hex, 16)))
        s.pos += 2 + len
      } else s.error(`invalid escape sequence \\${e}`)
    } else {
      // A run of plain characters at once (large strings stay linear and fast).
      const special = mode.quoted ? /["\\$%\n]/g : /[$%]/g
      special.lastIndex = s.pos + 1
      const m = special.exec(s.src)
      const end = Math.min(m ? m.index : s.src.length, mode.quoted ? s.src.length : mode.end)
      if (end > s.pos) addText(s.src.slice(s.pos, end))
      s.pos = end
    }
  }
  flush()
  s.leave()
  return { parts, stop: 'end' }
}

/**
 * `<<-` heredocs: the smallest indentation of the non-blank lines is removed from every line.
 * Lines of spaces alone are neither counted nor trimmed, as in HCL.
 */
function dedent(parts: TemplatePart[], raw: string): TemplatePart[] {
  const lines = raw.split('\n').filter((l) => l.trim() !== '')
  const indent = lines.length ? Math.min(...lines.map((l) => /^[ \t]*/.exec(l)![0].length)) : 0
  if (!indent) return parts
  const strip = (text: string, atLineStart: boolean) => {
    const segments = text.split('\n')
    return segments
      .map((l, i) => {
        if (i === 0 && !atLineStart) return l
        if (i < segments.length - 1 && l.trim() === '') return l
        return l.replace(new RegExp(`^[ \\t]{0,${indent}}`), '')
      })
      .join('\n')
  }
  let atLineStart = true
  const walk = (list: TemplatePart[]): TemplatePart[] =>
    list.map((p) => {
      if (p.kind === 'text') {
        const t = strip(p.text, atLineStart)
        if (p.text) atLineStart = p.text.endsWith('\n')
        return { kind: 'text', text: t }
      }
      atLineStart = false
      if (p.kind === 'if') return { ...p, then: walk(p.then), else: walk(p.else) }
      if (p.kind === 'for') return { ...p, body: walk(p.body) }
      return p
    })
  return walk(parts)
}
