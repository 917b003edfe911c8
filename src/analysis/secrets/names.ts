import { SECRET_NAMES } from './rules.js'

/** Lower-case words of a variable name: split on separators and camelCase (DBPassword → db, password). */
export function nameWords(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

function lastWordIsDescriptive(words: readonly string[]): boolean {
  const last = words.at(-1)
  return last !== undefined && SECRET_NAMES.nonSecretLastWords.has(last)
}

/**
 * True when the name announces a secret (DB_PASSWORD, stripeApiKey, JWT_SECRET) and does not
 * merely point to or describe one (DB_PASSWORD_ARN, SECRET_NAME, TOKEN_TTL).
 */
export function isSecretLookingName(name: string): boolean {
  const words = nameWords(name)
  if (words.length === 0 || lastWordIsDescriptive(words)) return false
  for (const [i, w] of words.entries()) {
    if (SECRET_NAMES.words.has(w)) return true
    if (SECRET_NAMES.suffixWords.some((s) => w.endsWith(s))) return true
    const next = words[i + 1]
    if (next !== undefined && SECRET_NAMES.wordPairs.has(`${w} ${next}`)) return true
  }
  return false
}

/**
 * True when the name says its value is an identifier, a hash or a setting (CODE_SHA256,
 * BUILD_HASH, CLIENT_ID, QUEUE_URL): a random-looking value there is expected, so the entropy
 * rule stays quiet. Value patterns (an AWS key in any variable) still apply.
 */
export function isEntropyExemptName(name: string): boolean {
  const words = nameWords(name)
  return lastWordIsDescriptive(words) || words.some((w) => SECRET_NAMES.hashWords.has(w))
}
