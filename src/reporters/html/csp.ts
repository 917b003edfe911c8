import { createHash } from 'node:crypto'

/** A CSP hash source for an inline block: the SHA-256 of its exact text, base64. */
export function cspHash(blockText: string): string {
  return `'sha256-${createHash('sha256').update(blockText, 'utf8').digest('base64')}'`
}

/**
 * The page's policy: nothing loads from anywhere (default-src 'none'); only the one inline style
 * and the one inline script whose hashes are listed run; images only as data: URIs (the favicon).
 * No 'unsafe-inline', so an injected <script> or style="" attribute does nothing even if some
 * value escaped escaping.
 */
export function contentSecurityPolicy(style: string, script: string): string {
  return `default-src 'none'; style-src ${cspHash(style)}; script-src ${cspHash(script)}; img-src data:; base-uri 'none'; form-action 'none'`
}
