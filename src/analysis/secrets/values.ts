import { shannonEntropy } from './entropy.js'
import { ALLOWLIST, NON_SECRET_VALUES, type SecretPattern } from './rules.js'

/**
 * True when a value is not a secret itself but a reference to one (an ARN, a CloudFormation
 * dynamic reference, an SSM parameter path, a ${…} interpolation) or a placeholder (empty,
 * "changeme", "<your-token>", "true").
 */
export function isReferenceOrPlaceholder(value: string): boolean {
  const v = value.trim()
  if (NON_SECRET_VALUES.placeholders.some((r) => r.test(v))) return true
  if (NON_SECRET_VALUES.references.some((r) => r.test(v))) return true
  // Base64 secrets contain slashes too, so a path only counts while it reads like words.
  return NON_SECRET_VALUES.pathReferences.some((r) => r.test(v)) && shannonEntropy(v) < NON_SECRET_VALUES.pathReferenceEntropyLimit
}

/** True when a pattern's captured secret is a documented example or a placeholder, not a secret. */
export function isBenignMatch(p: SecretPattern, secret: string): boolean {
  return ALLOWLIST.has(secret) || (p.allow?.test(secret) ?? false) || isReferenceOrPlaceholder(secret)
}
