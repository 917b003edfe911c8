/**
 * Line-based secret scan of arbitrary text (source files, layer contents, templates), with the
 * same value patterns as the environment-variable detector plus the assignment patterns that
 * need the surrounding code (password: "…"). No entropy rule here: in free text, hashes,
 * base64 blobs and minified code make it too noisy.
 */
import { GENERIC_TEXT_EXCLUSIONS, PATTERNS } from './rules.js'
import { isBenignMatch } from './values.js'
import { maskSecret } from './mask.js'

/** One secret found in text. `preview` is masked (at most 4 characters of the secret). */
export interface TextSecret {
  patternId: string
  /** 1-based line number. */
  line: number
  preview: string
}

const TEXT_PATTERNS = PATTERNS.filter((p) => p.appliesTo.has('text'))

interface LineMatch {
  patternId: string
  generic: boolean
  start: number
  end: number
  secret: string
}

function matchesOnLine(line: string): LineMatch[] {
  const out: LineMatch[] = []
  for (const p of TEXT_PATTERNS) {
    // The context only for a line the pattern matches: context patterns are not linear on long lines without one.
    const matches = [...line.matchAll(p.globalRegex)]
    if (matches.length === 0 || (p.context && !p.context.test(line))) continue
    for (const m of matches) {
      const secret = m.groups?.['secret'] ?? m[0]
      if (isBenignMatch(p, secret)) continue
      if (p.generic && GENERIC_TEXT_EXCLUSIONS.some((r) => r.test(secret))) continue
      out.push({ patternId: p.id, generic: p.generic, start: m.index, end: m.index + m[0].length, secret })
    }
  }
  // A generic assignment match that overlaps a specific one adds nothing.
  const specific = out.filter((x) => !x.generic)
  return out.filter((x) => !x.generic || !specific.some((s) => s.start < x.end && x.start < s.end))
}

/** Every secret-looking match in `text`, in line order. */
export function findSecretsInText(text: string): TextSecret[] {
  const results: TextSecret[] = []
  const lines = text.split(/\r\n|\r|\n/)
  for (const [i, line] of lines.entries()) {
    for (const m of matchesOnLine(line)) results.push({ patternId: m.patternId, line: i + 1, preview: maskSecret(m.secret) })
  }
  return results
}
