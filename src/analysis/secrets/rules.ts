/**
 * The secret-detection rules of data/secret-patterns.json, compiled once. Patterns, name word
 * lists, placeholder forms and entropy thresholds are data (with a source and a verification
 * date each) so they can be reviewed and updated without touching the detector.
 */
import secretData from '../../../data/secret-patterns.json' with { type: 'json' }

/** One value pattern, compiled. */
export interface SecretPattern {
  id: string
  /** Short human label for messages ("GitHub token"). */
  kind: string
  description: string
  /** Non-global; safe to share (no lastIndex state). */
  regex: RegExp
  /** Global copy for scanning lines of text with matchAll (which clones it). */
  globalRegex: RegExp
  appliesTo: ReadonlySet<'env' | 'text'>
  /** For environment variables: the variable name must match this … */
  envName?: RegExp
  /** … and the whole value must match this, instead of `regex`. */
  envValue?: RegExp
  /** A match whose secret part matches this is a documented example, not a secret. */
  allow?: RegExp
  /** The whole value or line must also match this (a connection string needs key=value;key=value). */
  context?: RegExp
  /** Generic patterns give way to a specific pattern matching the same text. */
  generic: boolean
}

interface PatternEntry {
  id: string
  kind: string
  description: string
  regex: string
  flags: string
  appliesTo: string[]
  envNameRegex?: string
  envValueRegex?: string
  allowRegex?: string
  contextRegex?: string
  generic?: boolean
}

function compile(p: PatternEntry): SecretPattern {
  const out: SecretPattern = {
    id: p.id,
    kind: p.kind,
    description: p.description,
    regex: new RegExp(p.regex, p.flags),
    globalRegex: new RegExp(p.regex, p.flags + 'g'),
    appliesTo: new Set(p.appliesTo.filter((a): a is 'env' | 'text' => a === 'env' || a === 'text')),
    generic: p.generic === true,
  }
  if (p.envNameRegex) out.envName = new RegExp(p.envNameRegex, 'i')
  if (p.envValueRegex) out.envValue = new RegExp(p.envValueRegex)
  if (p.allowRegex) out.allow = new RegExp(p.allowRegex)
  if (p.contextRegex) out.context = new RegExp(p.contextRegex, p.flags)
  return out
}

const regexes = (list: readonly string[], flags = 'i') => list.map((r) => new RegExp(r, flags))

/** Every pattern, specific ones first so that they win over generic ones. */
export const PATTERNS: readonly SecretPattern[] = (secretData.patterns as PatternEntry[]).map(compile).sort((a, b) => Number(a.generic) - Number(b.generic))

/** Documented example values (AWS's AKIAIOSFODNN7EXAMPLE …). */
export const ALLOWLIST: ReadonlySet<string> = new Set(secretData.allowlist.values)

export const SECRET_NAMES = {
  words: new Set(secretData.secretNames.words),
  suffixWords: secretData.secretNames.suffixWords,
  wordPairs: new Set(secretData.secretNames.wordPairs.map(([a, b]) => `${a} ${b}`)),
  nonSecretLastWords: new Set(secretData.secretNames.nonSecretLastWords),
  hashWords: new Set(secretData.secretNames.hashWords),
}

export const NON_SECRET_VALUES = {
  references: regexes(secretData.nonSecretValues.references),
  pathReferences: regexes(secretData.nonSecretValues.pathReferences, ''),
  pathReferenceEntropyLimit: secretData.nonSecretValues.pathReferenceEntropyLimit,
  placeholders: regexes(secretData.nonSecretValues.placeholders),
}

export const GENERIC_TEXT_EXCLUSIONS: readonly RegExp[] = regexes(secretData.genericTextExclusions.regexes, '')

export const ENTROPY = {
  minLength: secretData.entropy.minLength,
  maxThreshold: secretData.entropy.maxThreshold,
  marginBelowLog2Length: secretData.entropy.marginBelowLog2Length,
  tokenCharset: new RegExp(secretData.entropy.tokenCharset),
}

export function patternById(id: string): SecretPattern | undefined {
  return PATTERNS.find((p) => p.id === id)
}
