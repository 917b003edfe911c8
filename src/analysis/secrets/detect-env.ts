/**
 * Finds plaintext secrets in Lambda environment variables.
 *
 * Synchronous and pure on purpose: checks run synchronously (no await), and secretlint — the
 * usual choice for secret scanning in JavaScript — only offers an async API, so the detector is
 * our own, driven by the rules in data/secret-patterns.json.
 *
 * Order of the rules, most specific first:
 *  1. a value written by the snapshot masker keeps the kind it was masked for;
 *  2. documented example keys (AKIAIOSFODNN7EXAMPLE) are never secrets;
 *  3. value patterns: token formats (AKIA…, ghp_…, xoxb-…), PEM private keys, JWTs,
 *     credentials inside URLs and connection strings; the AWS secret key needs an aws/secret name;
 *  4. references and placeholders are not secrets (ARNs, {{resolve:…}}, /ssm/paths, ${…}, "changeme");
 *  5. a secret-looking name (DB_PASSWORD, API_TOKEN) with a literal value;
 *  6. a long random-looking token (Shannon entropy), unless the name says it is a hash or an id.
 */
import { ALLOWLIST, PATTERNS, patternById, type SecretPattern } from './rules.js'
import { isEntropyExemptName, isSecretLookingName } from './names.js'
import { isBenignMatch, isReferenceOrPlaceholder } from './values.js'
import { looksRandom } from './entropy.js'
import { parseMaskedEnvValue } from './mask.js'

/** Kind ids of the heuristics that are not value patterns. */
export const SECRET_NAME_KIND = 'secret-name'
export const HIGH_ENTROPY_KIND = 'high-entropy'

const HEURISTIC_LABELS: Record<string, string> = {
  [SECRET_NAME_KIND]: 'literal value in a secret-looking variable',
  [HIGH_ENTROPY_KIND]: 'random-looking token (high entropy)',
}

/** What the detector found in one variable. Never carries the value. */
export interface EnvSecret {
  /** A pattern id from data/secret-patterns.json, `secret-name` or `high-entropy`. */
  kind: string
  /** Human label for messages ("AWS access key ID"). */
  label: string
  /** The value was already masked in the snapshot; `kind` is what the masker found. */
  masked?: boolean
}

/** Human label of a kind id. */
export function secretKindLabel(kind: string): string {
  return patternById(kind)?.kind ?? HEURISTIC_LABELS[kind] ?? kind
}

const found = (kind: string, masked?: boolean): EnvSecret => ({ kind, label: secretKindLabel(kind), ...(masked ? { masked } : {}) })

function matchEnvPattern(p: SecretPattern, name: string, value: string): boolean {
  if (p.envValue) return (p.envName?.test(name) ?? true) && p.envValue.test(value) && !isBenignMatch(p, value)
  const m = p.regex.exec(value)
  if (m === null) return false
  // The context only after a match: context patterns are not linear on long values without one.
  if (p.context && !p.context.test(value)) return false
  return !isBenignMatch(p, m.groups?.['secret'] ?? m[0])
}

/** Classifies one environment variable; undefined when its value does not look like a secret. */
export function detectEnvSecret(name: string, value: string): EnvSecret | undefined {
  const masked = parseMaskedEnvValue(value)
  if (masked) return found(masked.kind, true)
  const v = value.trim()
  if (ALLOWLIST.has(v)) return undefined
  for (const p of PATTERNS) if (p.appliesTo.has('env') && matchEnvPattern(p, name, v)) return found(p.id)
  if (isReferenceOrPlaceholder(v)) return undefined
  if (isSecretLookingName(name)) return found(SECRET_NAME_KIND)
  if (!isEntropyExemptName(name) && looksRandom(v)) return found(HIGH_ENTROPY_KIND)
  return undefined
}
