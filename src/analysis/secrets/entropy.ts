import { ENTROPY } from './rules.js'

/** Shannon entropy of a string, in bits per character (0 for the empty string). */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  const n = [...s].length
  let h = 0
  for (const c of counts.values()) {
    const p = c / n
    h -= p * Math.log2(p)
  }
  return h
}

/**
 * Entropy a random token of this length is expected to reach. A string of n characters can
 * never exceed log2(n) bits per character, so a flat threshold would either miss short tokens
 * or flag long identifiers; data/secret-patterns.json (`entropy`) records the measurements.
 */
export function entropyThreshold(length: number): number {
  return Math.min(ENTROPY.maxThreshold, Math.log2(length) - ENTROPY.marginBelowLog2Length)
}

/**
 * True for a long single token of base64/base62 characters that mixes upper case, lower case
 * and digits and whose entropy reaches the threshold for its length: the shape of generated
 * API keys and passwords. Hex-only strings (hashes, UUIDs) never qualify.
 */
export function looksRandom(value: string): boolean {
  if (value.length < ENTROPY.minLength || !ENTROPY.tokenCharset.test(value)) return false
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) return false
  return shannonEntropy(value) >= entropyThreshold(value.length)
}
