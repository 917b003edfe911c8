/**
 * Linear, non-recursive scans for excessive nesting, run on the raw text before a parser that
 * recurses (or whose cost grows with depth) sees it. Each returns the offset of the first
 * bracket that goes deeper than the limit, so the error can name the line and column.
 */

/**
 * JSON: the first `[` or `{` (outside strings) at nesting level `limit + 1`. Exact for valid
 * JSON; on invalid JSON it still ends, and the parser then reports the syntax error.
 */
export function firstTooDeepJson(text: string, limit: number): number | undefined {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c /* \ */) i++
        else if (d === 0x22) break
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--
    }
  }
  return undefined
}

/** Characters after which a quote opens a YAML quoted scalar (elsewhere it is part of a plain scalar: `it's`). */
const YAML_QUOTE_OPENERS = new Set([' ', '\t', '\n', '\r', '[', '{', ',', ':', '-', '?'])

/**
 * YAML: a quick upper bound on nesting, to refuse megabytes of `[[[[…` or `- - - …` in bounded
 * time before the YAML parser (whose work per character grows with depth) reads them. It counts
 * open flow brackets outside quoted scalars and comments, plus the block indicators (`- `, `? `)
 * that open a collection each on one line. Brackets inside plain or block scalars (code in a
 * `ZipFile: |`) can make the count too high, never too low, so callers pass a limit well above
 * the real one and leave the exact check to the parsed structure. The offset returned is where
 * the count first went past `reportBeyond` (the real limit), which names the place to look at.
 */
export function firstTooDeepYamlGuess(text: string, limit: number, reportBeyond = limit): number | undefined {
  let flow = 0
  let lineStart = true
  let compact = 0
  // Where the count first went past `reportBeyond`: the place an error names, once `limit` is passed.
  let firstBeyond: number | undefined
  const over = (at: number): boolean => {
    if (flow + compact > reportBeyond) firstBeyond ??= at
    return flow + compact > limit
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      lineStart = true
      compact = 0
      continue
    }
    if (lineStart) {
      if (ch === ' ' || ch === '\t') continue
      // Block indicators at the start of a line's content: each `- ` / `? ` opens one more level.
      if ((ch === '-' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        compact++
        if (over(i)) return firstBeyond
        i++
        continue
      }
      lineStart = false
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++
    } else if ((ch === '"' || ch === "'") && (i === 0 || YAML_QUOTE_OPENERS.has(text[i - 1]!))) {
      for (i++; i < text.length; i++) {
        const d = text[i]!
        if (ch === '"' && d === '\\') i++
        else if (d === ch) {
          if (ch === "'" && text[i + 1] === "'") i++
          else break
        }
      }
    } else if (ch === '[' || ch === '{') {
      flow++
      if (over(i)) return firstBeyond
    } else if (ch === ']' || ch === '}') {
      if (flow > 0) flow--
    }
  }
  return undefined
}
