/**
 * Values produced by evaluating Terraform expressions: JSON-like data plus three markers.
 *
 * - `Unknown` stands where Terraform itself would only know the value at apply time, or
 *   where this scanner cannot evaluate it (a variable without a value, a data source read
 *   from AWS). It carries the reason, and — when the value is an identifier built from
 *   unknown parts — a `symbol` (`orders-${var.env}`) that is the same wherever the same
 *   expression is used, so that references between resources still join.
 * - `EncodedJson` is `jsonencode(…)` of a value that contains unknowns: kept as structure so
 *   a policy document with one unknown ARN is unresolved only at that ARN.
 * - `Lazy` is a resource, module, data source or variable set, evaluated attribute by
 *   attribute on demand (so references between resources do not form false cycles).
 */

export class Unknown {
  constructor(
    readonly reason: string,
    readonly symbol?: string,
  ) {}
  toString(): string {
    return this.symbol ?? `(unknown: ${this.reason})`
  }
}

export class EncodedJson {
  constructor(readonly value: Value) {}
}

export interface Lazy {
  readonly lazy: true
  /** What it is, for messages (`aws_iam_role.app`). */
  readonly label: string
  attr(name: string): Value
  index(key: string | number): Value
  /** Every attribute, evaluated. */
  force(): Value
}

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Unknown | EncodedJson | Lazy

/** An error in the configuration itself (a missing attribute, a wrong type): the value becomes unknown. */
export class EvalError extends Error {
  override name = 'EvalError'
}

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown
export const isLazy = (v: unknown): v is Lazy => typeof v === 'object' && v !== null && (v as { lazy?: unknown }).lazy === true
export const isEncoded = (v: unknown): v is EncodedJson => v instanceof EncodedJson
export const isRecord = (v: unknown): v is { [key: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof EncodedJson) && !isLazy(v)

/**
 * Lists that are Terraform sets (from toset(), the set functions, `set(…)` variables). A set is
 * a plain array to every reader; what differs is iteration (`for`, dynamic blocks, `%{for}`),
 * where a set element's key is the element itself, not its position.
 */
const SETS = new WeakSet<Value[]>()

export function markSet(list: Value[]): Value[] {
  SETS.add(list)
  return list
}

export const isSet = (v: unknown): boolean => Array.isArray(v) && SETS.has(v)

/**
 * The elements of a set as Terraform orders them: duplicates removed, strings in lexical and
 * numbers in numeric order. Mixed primitive elements become strings (Terraform's common type),
 * and unknown elements go last, as their place is not known.
 */
export function toSetElements(items: readonly Value[]): Value[] {
  const known = items.filter((x) => !(x instanceof Unknown))
  const unknown = items.filter((x) => x instanceof Unknown)
  const primitive = known.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
  let out: Value[] = known
  if (primitive && known.length) {
    const kinds = new Set(known.map((x) => typeof x))
    const common = kinds.size === 1 ? known : known.map((x) => String(x))
    out = [...new Set(common as (string | number | boolean)[])]
    if (kinds.size === 1 && typeof out[0] === 'number') (out as number[]).sort((a, b) => a - b)
    else if (kinds.size === 1 && typeof out[0] === 'boolean') (out as boolean[]).sort((a, b) => Number(a) - Number(b))
    else (out as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  } else out = uniqueValues(known)
  return markSet([...out, ...unknown])
}

/** The values without repeats (equal by their JSON form), first occurrences in order. */
export function uniqueValues(items: readonly Value[]): Value[] {
  const seen = new Set<string>()
  return items.filter((x) => {
    const k = JSON.stringify(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Replaces every Lazy inside a value by its forced value (depth-bounded). */
export function force(v: Value, depth = 0): Value {
  if (depth > 64) return new Unknown('value nested too deeply')
  if (isLazy(v)) return force(v.force(), depth + 1)
  if (Array.isArray(v)) {
    const out = v.map((x) => force(x, depth + 1))
    return SETS.has(v) ? markSet(out) : out
  }
  if (isRecord(v)) {
    const out: Record<string, Value> = {}
    for (const [k, x] of Object.entries(v)) out[k] = force(x, depth + 1)
    return out
  }
  return v
}

/** The first Unknown anywhere inside a (forced) value. */
export function firstUnknown(v: Value, depth = 0): Unknown | undefined {
  if (v instanceof Unknown) return v
  if (depth > 64) return undefined
  if (v instanceof EncodedJson) return firstUnknown(v.value, depth + 1)
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x, depth + 1)
      if (u) return u
    }
  } else if (isRecord(v)) {
    for (const x of Object.values(v)) {
      const u = firstUnknown(x, depth + 1)
      if (u) return u
    }
  }
  return undefined
}

/** Terraform's type name of a value, for error messages. */
export function typeName(v: Value): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'list'
  if (v instanceof Unknown) return 'unknown'
  if (v instanceof EncodedJson) return 'string'
  if (isLazy(v)) return 'object'
  if (typeof v === 'object') return 'object'
  return typeof v
}

/** A symbolic reference `${expr}` extended by an attribute or index step. */
export function extendSymbol(symbol: string | undefined, step: string): string | undefined {
  if (!symbol) return undefined
  const m = /^\$\{(.*)\}$/s.exec(symbol)
  return m ? `\${${m[1]}${step}}` : undefined
}

/** An identifier for joins: the text when known, the symbol when unknown but symbolic. */
export function identity(v: Value | undefined): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Unknown) return v.symbol
  return undefined
}

export function deepEqual(a: Value, b: Value): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!))
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k]!, b[k]!))
  }
  return false
}
