/**
 * A small structural type checker for JSON data: enough to tell that a snapshot's resources
 * have the shape the model promises before any check reads them. A field of the wrong type
 * would otherwise either crash a check (an `error` verdict) or, worse, pass it silently
 * (`Object.entries(5)` is an empty environment, so "no secret in the environment").
 */

export type Shape =
  | { kind: 'string' | 'number' | 'boolean' | 'any' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; of: Shape }
  | { kind: 'record'; of: Shape }
  | { kind: 'object'; fields: Readonly<Record<string, Field>> }
  | { kind: 'nullable'; of: Shape }
  | { kind: 'either'; of: readonly Shape[] }

export interface Field {
  shape: Shape
  optional: boolean
}

type FieldSpec = Shape | Field

const isField = (x: FieldSpec): x is Field => 'optional' in x

/** Shape builders. */
export const s = {
  str: { kind: 'string' } as Shape,
  num: { kind: 'number' } as Shape,
  bool: { kind: 'boolean' } as Shape,
  any: { kind: 'any' } as Shape,
  oneOf: (...values: string[]): Shape => ({ kind: 'enum', values }),
  list: (of: Shape): Shape => ({ kind: 'list', of }),
  record: (of: Shape): Shape => ({ kind: 'record', of }),
  nullable: (of: Shape): Shape => ({ kind: 'nullable', of }),
  either: (...of: Shape[]): Shape => ({ kind: 'either', of }),
  /** A field that may be absent (JSON has no `undefined`). */
  opt: (shape: Shape): Field => ({ shape, optional: true }),
  obj: (fields: Record<string, FieldSpec>): Shape => ({
    kind: 'object',
    fields: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, isField(f) ? f : { shape: f, optional: false }])),
  }),
}

/** The first place where `value` does not have `shape`. */
export interface ShapeProblem {
  /** Dotted path below the value checked (`environment`, `vpc.subnetIds.0`). */
  path: string
  expected: string
  got: string
}

export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return `a ${shape.kind}`
    case 'any':
      return 'a value'
    case 'enum':
      return `one of ${shape.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'list':
      return `a list of ${plural(describeShape(shape.of))}`
    case 'record':
      return `an object of ${plural(describeShape(shape.of))}`
    case 'object':
      return 'an object'
    case 'nullable':
      return `${describeShape(shape.of)} or null`
    case 'either':
      return shape.of.map(describeShape).join(' or ')
  }
}

function plural(description: string): string {
  return description.replace(/^an? (\w+)/, '$1s').replace(/^one of/, 'values among')
}

/** `number`, `null`, `list`, `object` …: what a JSON value is, for messages. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `the string ${JSON.stringify(value)}`
  return `${typeof value} ${String(value)}`
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))

/** Checks `value` against `shape`; undefined when it fits. Iterative over lists, so long lists cost no stack. */
export function checkShape(value: unknown, shape: Shape, path = ''): ShapeProblem | undefined {
  const problem = (): ShapeProblem => ({ path, expected: describeShape(shape), got: jsonKind(value) })
  switch (shape.kind) {
    case 'any':
      return undefined
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === shape.kind && (shape.kind !== 'number' || Number.isFinite(value)) ? undefined : problem()
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value) ? undefined : problem()
    case 'nullable':
      return value === null ? undefined : checkShape(value, shape.of, path)
    case 'either': {
      for (const alt of shape.of) if (!checkShape(value, alt, path)) return undefined
      return problem()
    }
    case 'list': {
      if (!Array.isArray(value)) return problem()
      for (let i = 0; i < value.length; i++) {
        const p = checkShape(value[i], shape.of, join(path, i))
        if (p) return p
      }
      return undefined
    }
    case 'record': {
      if (!isPlainObject(value)) return problem()
      for (const [k, v] of Object.entries(value)) {
        const p = checkShape(v, shape.of, join(path, k))
        if (p) return p
      }
      return undefined
    }
    case 'object': {
      if (!isPlainObject(value)) return problem()
      for (const [k, f] of Object.entries(shape.fields)) {
        const v = Object.hasOwn(value, k) ? value[k] : undefined
        if (v === undefined) {
          if (f.optional) continue
          return { path: join(path, k), expected: describeShape(f.shape), got: 'nothing (the field is missing)' }
        }
        const p = checkShape(v, f.shape, join(path, k))
        if (p) return p
      }
      return undefined
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
