/**
 * The request context: condition keys and their values. Key names are case-insensitive
 * ("Key names are case-insensitive. For example, aws:CurrentTime is equivalent to
 * AWS:currenttime", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html),
 * so keys are stored lower-cased. Values are kept as strings, the form every operator parses.
 */

/** A context value as a caller supplies it. Arrays are multivalued keys (aws:PrincipalOrgPaths …). */
export type ContextValue = string | number | boolean | readonly (string | number | boolean)[]

/** Context keys for a request, by name (any case). `undefined`/`null` = key absent. */
export type ContextInput = Readonly<Record<string, ContextValue | null | undefined>>

export interface RequestContext {
  /** Values of a key by lower-cased name; undefined when the key is absent. */
  get(keyLower: string): readonly string[] | undefined
}

function toStrings(v: ContextValue): string[] {
  return Array.isArray(v) ? (v as readonly (string | number | boolean)[]).map(String) : [String(v)]
}

const EMPTY: RequestContext = { get: () => undefined }

/**
 * Builds a context. Keys absent from `input` are looked up in `fallback` (keys derived from the
 * principal, which callers build once per principal and reuse).
 */
export function createContext(input: ContextInput | undefined, fallback: RequestContext = EMPTY): RequestContext {
  if (!input) return fallback
  const map = new Map<string, readonly string[] | null>()
  for (const [k, v] of Object.entries(input)) map.set(k.toLowerCase(), v === undefined || v === null ? null : toStrings(v))
  if (map.size === 0) return fallback
  return {
    get(k) {
      const v = map.get(k)
      // An explicit null/undefined removes a derived key.
      return v === undefined ? fallback.get(k) : (v ?? undefined)
    },
  }
}
