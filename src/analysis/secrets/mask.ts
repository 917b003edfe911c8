/**
 * Masking. A secret is never shown in full: at most its first 4 characters, and only when it is
 * long enough (16+) that 4 characters give nothing useful away (for tokens they are the public
 * prefix: AKIA, ghp_, xoxb).
 */

const PREVIEW_MIN_LENGTH = 16

/** `AKIA****` for long values, `****` for short ones. */
export function maskSecret(value: string): string {
  return value.length >= PREVIEW_MIN_LENGTH ? `${value.slice(0, 4)}****` : '****'
}

const MASKED = /^\[masked by clearsky: ([a-z0-9-]+); [^\]]*\]$/

/**
 * The value written into a snapshot in place of a secret. It keeps the kind of secret, so a
 * later scan of the snapshot reports the same finding as the live scan did.
 */
export function maskedEnvValue(kind: string, value: string): string {
  return `[masked by clearsky: ${kind}; ${maskSecret(value)}]`
}

/** The kind recorded in a value written by maskedEnvValue, or undefined for any other value. */
export function parseMaskedEnvValue(value: string): { kind: string } | undefined {
  const m = MASKED.exec(value)
  return m?.[1] ? { kind: m[1] } : undefined
}
