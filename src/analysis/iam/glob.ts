/**
 * Wildcard matching for policy strings. IAM has two wildcards: `*` (any run of characters, also
 * empty) and `?` (exactly one character). Everything else is literal.
 *
 * Regular expressions are built once per distinct pattern and kept in a bounded cache: a scan
 * evaluates the same few hundred patterns millions of times.
 */

const MAX_CACHE = 20_000
const cache = new Map<string, Matcher>()

const REGEXP_SPECIAL = new Set('.*+?^${}()|[]\\/'.split(''))

/** Escapes one character for use inside a regular expression. */
function escapeChar(ch: string): string {
  return REGEXP_SPECIAL.has(ch) ? '\\' + ch : ch
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  let out = ''
  for (const ch of s) out += escapeChar(ch)
  return out
}

/** True when the string contains an IAM wildcard. */
export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?')
}

/** Regular-expression source for a glob where `*` and `?` may match any character. */
export function globSource(pattern: string, literal?: readonly boolean[]): string {
  // `literal[i]` marks characters that came from a policy variable or from `${*}` / `${?}`:
  // they never act as wildcards.
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*' && !literal?.[i]) out += '[\\s\\S]*'
    else if (ch === '?' && !literal?.[i]) out += '[\\s\\S]'
    else out += escapeChar(ch)
  }
  return out
}

/**
 * Regular-expression source for a pattern in a `Resource` / `NotResource` element.
 *
 * AWS: "You can use wildcard characters (* and ?) within the individual segments of an ARN (the
 * parts separated by colons) … If the * wildcard is the last character of a resource ARN segment,
 * it can expand to match beyond the colon boundaries."
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html)
 * So a `*` followed by `:` or the end of the pattern may span colons; any other `*`, and `?`,
 * stays inside its segment.
 */
export function resourceGlobSource(pattern: string, literal?: readonly boolean[]): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (literal?.[i]) out += escapeChar(ch)
    else if (ch === '*') {
      const next = pattern[i + 1]
      out += next === undefined || next === ':' ? '[\\s\\S]*' : '[^:]*'
    } else if (ch === '?') out += '[^:]'
    else out += escapeChar(ch)
  }
  return out
}

/** What the matchers here offer: an anchored test of the whole value. */
export interface Matcher {
  test(value: string): boolean
}

/**
 * A cached, anchored matcher for a source string built by the functions above. It runs in
 * O(length of value × length of pattern) whatever the pattern: a backtracking RegExp takes
 * exponential time on a pattern with many wildcards that almost matches (`*a*a*a*a*a*a*a*a*c`
 * against forty `a`s took 27 s), and policies come from the scanned account or template.
 */
export function cachedRegExp(source: string, ignoreCase = false): Matcher {
  const key = (ignoreCase ? 'i:' : 's:') + source
  let re = cache.get(key)
  if (!re) {
    if (cache.size >= MAX_CACHE) cache.clear()
    re = compileSource(source, ignoreCase)
    cache.set(key, re)
  }
  return re
}

/** One element of a glob: a literal UTF-16 unit, one character, or a run of characters (`noColon`: not `:`). */
type GlobToken = { kind: 'literal'; unit: number } | { kind: 'one' | 'many'; noColon: boolean }

const SOURCE_TOKENS: [string, GlobToken][] = [
  ['[\\s\\S]*', { kind: 'many', noColon: false }],
  ['[^:]*', { kind: 'many', noColon: true }],
  ['[\\s\\S]', { kind: 'one', noColon: false }],
  ['[^:]', { kind: 'one', noColon: true }],
]

/** Parses the sources built here (escaped literals and four wildcard forms); undefined for anything else. */
function parseSource(source: string, ignoreCase: boolean): GlobToken[] | undefined {
  const tokens: GlobToken[] = []
  let i = 0
  outer: while (i < source.length) {
    for (const [text, token] of SOURCE_TOKENS) {
      if (source.startsWith(text, i)) {
        tokens.push(token)
        i += text.length
        continue outer
      }
    }
    let ch = source[i]!
    if (ch === '\\') {
      const next = source[i + 1]
      if (next === undefined || !REGEXP_SPECIAL.has(next)) return undefined
      ch = next
      i++
    } else if (REGEXP_SPECIAL.has(ch)) return undefined
    i++
    tokens.push({ kind: 'literal', unit: (ignoreCase ? ch.toLowerCase() : ch).charCodeAt(0) })
  }
  return tokens
}

function compileSource(source: string, ignoreCase: boolean): Matcher {
  const tokens = parseSource(source, ignoreCase)
  if (!tokens) return new RegExp(`^${source}$`, ignoreCase ? 'i' : '')
  const m = tokens.length
  return {
    // A set of positions in the pattern, advanced one character of the value at a time.
    test(input: string): boolean {
      const value = ignoreCase ? input.toLowerCase() : input
      let current = new Uint8Array(m + 1)
      let next = new Uint8Array(m + 1)
      const close = (set: Uint8Array) => {
        // A run of characters may also be empty.
        for (let k = 0; k < m; k++) if (set[k] && tokens[k]!.kind === 'many') set[k + 1] = 1
      }
      current[0] = 1
      close(current)
      for (let i = 0; i < value.length; i++) {
        const unit = value.charCodeAt(i)
        next.fill(0)
        let alive = false
        for (let k = 0; k < m; k++) {
          if (!current[k]) continue
          const t = tokens[k]!
          if (t.kind === 'literal') {
            if (t.unit === unit) {
              next[k + 1] = 1
              alive = true
            }
          } else if (!t.noColon || unit !== 58) {
            if (t.kind === 'many') next[k] = 1
            else next[k + 1] = 1
            alive = true
          }
        }
        if (!alive) return false
        close(next)
        ;[current, next] = [next, current]
      }
      return current[m] === 1
    },
  }
}

/** Glob match (`*`, `?`), case-sensitive unless asked otherwise. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true
  if (!hasWildcard(pattern)) return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  return cachedRegExp(globSource(pattern), ignoreCase).test(value)
}

/**
 * A set of glob patterns compiled for repeated matching: literals go into a Set (O(1)); patterns
 * with wildcards become regular expressions, built on the first match that needs them (many
 * patterns — a role's resource ARNs, say — are never matched against anything but `*`).
 */
export interface PatternSet {
  /** Contains a bare `*`: matches everything. */
  readonly any: boolean
  readonly literals: ReadonlySet<string>
  /** Regular-expression sources of the wildcard patterns. */
  readonly sources: readonly string[]
  /** The patterns as written. */
  readonly raw: readonly string[]
  /** Built lazily from `sources`. */
  regexes?: Matcher[]
}

/** Compiles patterns. With `lowerCase`, patterns are lower-cased (match lower-cased values). */
export function compilePatternSet(patterns: readonly string[], opts: { lowerCase?: boolean; resource?: boolean } = {}): PatternSet {
  const literals = new Set<string>()
  const sources: string[] = []
  let any = false
  for (const raw of patterns) {
    const p = opts.lowerCase ? raw.toLowerCase() : raw
    if (p === '*') any = true
    else if (!hasWildcard(p)) literals.add(p)
    else sources.push(opts.resource ? resourceGlobSource(p) : globSource(p))
  }
  return { any, literals, sources, raw: patterns }
}

/** Whether a compiled pattern set matches a value (already lower-cased if the set is). */
export function matchesPatternSet(set: PatternSet, value: string): boolean {
  if (set.any || set.literals.has(value)) return true
  if (set.sources.length === 0) return false
  set.regexes ??= set.sources.map((src) => cachedRegExp(src))
  for (const re of set.regexes) if (re.test(value)) return true
  return false
}
