/**
 * Values produced by static resolution: plain JSON, plus two markers. `Unresolved` stands
 * where a value is only known at deploy time (a parameter without a default, an import from
 * another stack); `NO_VALUE` is AWS::NoValue, which removes the key or list item holding it.
 */

export class Unresolved {
  constructor(readonly reason: string) {}
  toString(): string {
    return this.reason
  }
}

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue')

export const isUnresolved = (v: unknown): v is Unresolved => v instanceof Unresolved

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unresolved)

/** The first Unresolved anywhere inside `v` (depth-first), or undefined when fully resolved. */
export function firstUnresolved(v: unknown): Unresolved | undefined {
  if (v instanceof Unresolved) return v
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnresolved(x)
      if (u) return u
    }
  } else if (isRecord(v)) {
    for (const x of Object.values(v)) {
      const u = firstUnresolved(x)
      if (u) return u
    }
  }
  return undefined
}

/** Text shown in place of an unresolved value inside the model (never compared by checks: the path is tainted). */
export const PLACEHOLDER = '{{unresolved}}'

/**
 * Replaces every Unresolved inside `v` with PLACEHOLDER and records each one's path under
 * `prefix` (dotted, array indices as numbers) in `unresolved`. Used for policy documents and
 * maps whose parts can each be unknown.
 */
export function materialize(v: unknown, prefix: string, unresolved: Record<string, string>): unknown {
  if (v instanceof Unresolved) {
    unresolved[prefix] = v.reason
    return PLACEHOLDER
  }
  if (Array.isArray(v)) return v.map((x, i) => materialize(x, `${prefix}.${i}`, unresolved))
  if (isRecord(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = materialize(x, `${prefix}.${k}`, unresolved)
    return out
  }
  return v
}

/** A scalar as CloudFormation passes it to a resource property: strings stay, numbers and booleans are stringified. */
export function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  return undefined
}

/** CloudFormation accepts "true"/"false" strings for booleans. */
export function asBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'True') return true
  if (v === 'false' || v === 'False') return false
  return undefined
}
