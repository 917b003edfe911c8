/**
 * Diagnostics for JSON files read from disk (snapshots): where the bytes stop being UTF-8,
 * where the syntax breaks, where the nesting gets too deep, always as a line and column and
 * in our own words. Node's own JSON.parse messages quote the input raw, escape sequences and
 * line breaks included, which must never reach a terminal.
 */

export interface TextPosition {
  line: number
  column: number
}

/** Line and column (both from 1) of a character offset. */
export function positionAt(text: string, index: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1 }
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  let i = 0
  while (i < buf.length) {
    const b = buf[i]!
    if (b < 0x80) {
      i++
      continue
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let n: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) n = 1
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k]
      if (c === undefined) return i
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i
    }
    i += n + 1
  }
  return -1
}

/** A character as a message may show it: printable ones as is, the rest as an escape. */
export function showChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file'
  const code = ch.codePointAt(0)!
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return `'\\u${code.toString(16).padStart(4, '0')}'`
  return `'${ch}'`
}

/** First place where nesting (objects and lists) goes deeper than `maxDepth`, outside strings. */
export function tooDeepAt(text: string, maxDepth: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i
    } else if (c === 125 || c === 93) depth--
  }
  return -1
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'nothing'

/**
 * The first syntax error of a JSON text, or undefined when there is none. Iterative, so any
 * nesting depth is fine. Used only after JSON.parse has refused the text, to say where.
 */
export function findJsonError(text: string): { index: number; message: string } | undefined {
  const stack: number[] = [] // 123 `{` or 91 `[`
  let expect: Expect = 'value'
  let i = 0
  const err = (message: string) => ({ index: i, message })
  const afterValue = () => (expect = stack.length ? 'comma-or-end' : 'nothing')
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
    const ch = text[i]
    // `expect` is also changed by afterValue(), which control-flow narrowing does not see.
    const now = expect as Expect
    if (ch === undefined) return now === 'nothing' ? undefined : err('the file ends in the middle of the JSON')
    const top = stack[stack.length - 1]
    switch (now) {
      case 'nothing':
        return err(`unexpected ${showChar(ch)} after the end of the JSON value`)
      case 'colon':
        if (ch !== ':') return err(`expected ':' after a property name, found ${showChar(ch)}`)
        i++
        expect = 'value'
        continue
      case 'comma-or-end':
        if (ch === ',') {
          i++
          expect = top === 123 ? 'key' : 'value'
          continue
        }
        if ((ch === '}' && top === 123) || (ch === ']' && top === 91)) {
          i++
          stack.pop()
          afterValue()
          continue
        }
        return err(`expected ',' or '${top === 123 ? '}' : ']'}', found ${showChar(ch)}`)
      case 'key':
      case 'key-or-end':
        if (ch === '}' && now === 'key-or-end') {
          i++
          stack.pop()
          afterValue()
          continue
        }
        if (ch !== '"') return err(`expected a property name in double quotes${now === 'key' ? '' : " or '}'"}, found ${showChar(ch)}`)
        {
          const e = skipString()
          if (e) return e
        }
        expect = 'colon'
        continue
      case 'value':
      case 'value-or-end':
        if (ch === ']' && now === 'value-or-end') {
          i++
          stack.pop()
          afterValue()
          continue
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch.charCodeAt(0))
          i++
          expect = ch === '{' ? 'key-or-end' : 'value-or-end'
          continue
        }
        if (ch === '"') {
          const e = skipString()
          if (e) return e
          afterValue()
          continue
        }
        {
          const lit = ['true', 'false', 'null'].find((l) => text.startsWith(l, i))
          if (lit) {
            i += lit.length
            afterValue()
            continue
          }
        }
        NUMBER.lastIndex = i
        if (NUMBER.test(text)) {
          i = NUMBER.lastIndex
          afterValue()
          continue
        }
        return err(`expected a value, found ${showChar(ch)}`)
    }
  }

  function skipString(): { index: number; message: string } | undefined {
    const start = i
    i++
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        i++
        return undefined
      }
      if (c < 0x20) return err(`control character ${showChar(text[i])} inside a string (escape it)`)
      if (c === 92) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return err('invalid \\u escape in a string')
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else return err(`invalid escape ${showChar(e)} in a string`)
        continue
      }
      i++
    }
    i = start
    return err('a string is never closed')
  }
}
