/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, the special characters `${*}`,
 * `${?}` and `${$}`, and defaults `${aws:username, 'anonymous'}`.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html)
 *
 * - Variables are substituted only when the policy's `Version` is `2012-10-17`; under older or
 *   missing versions `${…}` is literal text.
 * - They work in the resource part of `Resource` / `NotResource` and in the values of the String
 *   and ARN condition operators, nowhere else.
 * - A key name inside `${}` is case-insensitive; a default is case-sensitive; `''` inside a
 *   default is one quote.
 * - A variable whose key is missing (and has no default), or whose key has several values, cannot
 *   be resolved: AWS says matching "fails and causes the statement to be invalid". We model that
 *   as: the policy value that contains it matches nothing.
 * - The substituted value is literal: a `*` coming from a tag value is not a wildcard.
 */

export type TemplatePart =
  | { kind: 'text'; s: string }
  | { kind: 'literal'; s: string }
  | { kind: 'var'; key: string; keyLower: string; fallback?: string }

export interface Template {
  raw: string
  parts: readonly TemplatePart[]
  /** Contains a variable or a special character: must go through resolveTemplate. */
  needsResolution: boolean
}

/** A pattern ready to match: its text and which characters must be taken literally. */
export interface ResolvedPattern {
  text: string
  /** Present only when some character is literal (from `${*}` or a substituted value). */
  literal?: boolean[]
}

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' }

/** Parses a policy string into text and variable parts. Malformed `${` stays literal text. */
export function parseTemplate(raw: string, variablesEnabled: boolean): Template {
  if (!variablesEnabled || !raw.includes('${')) return { raw, parts: [{ kind: 'text', s: raw }], needsResolution: false }
  const parts: TemplatePart[] = []
  let text = ''
  let i = 0
  while (i < raw.length) {
    if (raw[i] === '$' && raw[i + 1] === '{') {
      const end = findClose(raw, i + 2)
      if (end < 0) {
        text += raw.slice(i)
        break
      }
      const inner = raw.slice(i + 2, end).trim()
      const part = parseInner(inner)
      if (part) {
        if (text) parts.push({ kind: 'text', s: text })
        text = ''
        parts.push(part)
        i = end + 1
        continue
      }
    }
    text += raw[i]
    i++
  }
  if (text) parts.push({ kind: 'text', s: text })
  return { raw, parts, needsResolution: parts.some((p) => p.kind !== 'text') }
}

/** Index of the `}` closing a variable, skipping quoted defaults; -1 when unclosed. */
function findClose(s: string, from: number): number {
  let quoted = false
  for (let i = from; i < s.length; i++) {
    const ch = s[i]
    if (ch === "'") {
      if (quoted && s[i + 1] === "'") {
        i++
        continue
      }
      quoted = !quoted
    } else if (ch === '}' && !quoted) return i
  }
  return -1
}

function parseInner(inner: string): TemplatePart | undefined {
  if (inner in SPECIAL) return { kind: 'literal', s: SPECIAL[inner]! }
  const comma = inner.indexOf(',')
  if (comma < 0) return inner ? { kind: 'var', key: inner, keyLower: inner.toLowerCase() } : undefined
  const key = inner.slice(0, comma).trim()
  const rest = inner.slice(comma + 1).trim()
  if (!key || rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'")) return undefined
  return { kind: 'var', key, keyLower: key.toLowerCase(), fallback: rest.slice(1, -1).replace(/''/g, "'") }
}

/**
 * Substitutes variables. `lookup` returns the values of a context key (lower-cased name).
 * Undefined when a variable cannot be resolved.
 */
export function resolveTemplate(t: Template, lookup: (keyLower: string) => readonly string[] | undefined): ResolvedPattern | undefined {
  if (!t.needsResolution) return { text: t.raw }
  let text = ''
  const literal: boolean[] = []
  for (const p of t.parts) {
    let s: string
    let lit: boolean
    if (p.kind === 'text') {
      s = p.s
      lit = false
    } else if (p.kind === 'literal') {
      s = p.s
      lit = true
    } else {
      const values = lookup(p.keyLower)
      if (values && values.length === 1) s = values[0]!
      else if (values === undefined || values.length === 0) {
        if (p.fallback === undefined) return undefined
        s = p.fallback
      } else return undefined
      lit = true
    }
    text += s
    for (let k = 0; k < s.length; k++) literal.push(lit)
  }
  return { text, literal }
}
