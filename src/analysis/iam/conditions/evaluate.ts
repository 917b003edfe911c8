/**
 * The Condition element: compile once, evaluate per request.
 *
 * Semantics (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
 * …/reference_policies_condition-single-vs-multi-valued-context-keys.html):
 * - several operators, and several keys under one operator, are AND'ed; several values of one key
 *   are OR'ed (NOR for a negated operator);
 * - a key missing from the request: the condition is false, except for negated operators, which
 *   are true ("If the policy condition requires that the key is not matched, such as StringNotLike
 *   or ArnNotLike, and the right key is not present, the condition is true");
 * - `…IfExists`: true when the key is missing, otherwise the operator decides;
 * - `Null`: `true` asks for the key to be absent, `false` for it to be present;
 * - `ForAllValues:`: true when every request value matches some policy value — and also when the
 *   key is missing or empty. That makes it useless as a restriction on its own: a request without
 *   the key passes;
 * - `ForAnyValue:`: true when at least one request value matches; false when the key is missing;
 * - an operator without qualifier over a multivalued key: any request value may match (positive
 *   operators), no request value may match (negated operators). AWS calls this case unpredictable;
 *   we pick the reading that matches the single-valued semantics.
 * - An operator AWS does not define makes the condition false (AWS would reject the policy), and
 *   is listed in `unsupported` so callers can report it.
 */
import type { RequestContext } from '../context.js'
import { compileValue, parseOperator, positiveMatch, resolveValueMatcher, type CompiledValue, type ParsedOperator } from './operators.js'

export interface CompiledConditionEntry {
  operatorRaw: string
  operator: ParsedOperator | undefined
  key: string
  keyLower: string
  rawValues: readonly string[]
  values: readonly CompiledValue[]
  /** Matchers built once when no value holds a policy variable. */
  staticMatchers?: readonly ((r: string) => boolean)[]
}

export interface CompiledCondition {
  entries: readonly CompiledConditionEntry[]
  /** Operators AWS does not define, as written. */
  unsupported: readonly string[]
}

/**
 * A condition value is a string, number or boolean, or a list of them. AWS refuses anything
 * else; a template or snapshot may still hold it. A nested list or object becomes a value no
 * key equals (String() of a deeply nested list would overflow the stack).
 */
const INVALID_CONDITION_VALUE = '\u0000invalid-condition-value'

function scalar(x: unknown): string {
  return x !== null && typeof x === 'object' ? INVALID_CONDITION_VALUE : String(x)
}

function valueList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(scalar)
  if (v === null || v === undefined) return []
  return [scalar(v)]
}

/** Compiles a Condition element; undefined when the statement has none. */
export function compileCondition(cond: unknown, variablesEnabled: boolean): CompiledCondition | undefined {
  if (cond === null || typeof cond !== 'object') return undefined
  const entries: CompiledConditionEntry[] = []
  const unsupported: string[] = []
  for (const [operatorRaw, block] of Object.entries(cond as Record<string, unknown>)) {
    const operator = parseOperator(operatorRaw)
    if (!operator) unsupported.push(operatorRaw)
    if (block === null || typeof block !== 'object') continue
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const rawValues = valueList(raw)
      const values = operator ? rawValues.map((r) => compileValue(operator, r, variablesEnabled)) : []
      const entry: CompiledConditionEntry = { operatorRaw, operator, key, keyLower: key.toLowerCase(), rawValues, values }
      if (operator && values.every((v) => (v.family !== 'string' && v.family !== 'arn') || v.static)) {
        entry.staticMatchers = policyMatchers(operator, values, NO_CONTEXT)
      }
      entries.push(entry)
    }
  }
  return entries.length > 0 || unsupported.length > 0 ? { entries, unsupported } : undefined
}

/** True when every entry holds. */
export function evaluateCondition(c: CompiledCondition, ctx: RequestContext): boolean {
  if (c.unsupported.length > 0) return false
  for (const e of c.entries) if (!evaluateEntry(e, ctx)) return false
  return true
}

/** One operator + key + values. */
export function evaluateEntry(e: CompiledConditionEntry, ctx: RequestContext): boolean {
  const op = e.operator
  if (!op) return false
  const requestValues = ctx.get(e.keyLower)
  const absent = requestValues === undefined || requestValues.length === 0

  if (op.family === 'null') {
    return e.values.some((v) => v.family === 'null' && v.wantsAbsent !== undefined && v.wantsAbsent === absent)
  }
  if (absent) {
    if (op.ifExists) return true
    if (op.set === 'all') return true
    if (op.set === 'any') return false
    return op.negated
  }

  const matchers = e.staticMatchers ?? policyMatchers(op, e.values, ctx)
  // A value whose policy variable cannot be resolved makes the statement invalid for this request.
  if (!matchers) return false
  const matchesSome = (r: string) => matchers.some((m) => m(r))
  const values = requestValues!
  if (op.set === 'all') return op.negated ? values.every((r) => !matchesSome(r)) : values.every(matchesSome)
  if (op.set === 'any') return op.negated ? values.some((r) => !matchesSome(r)) : values.some(matchesSome)
  return op.negated ? values.every((r) => !matchesSome(r)) : values.some(matchesSome)
}

const NO_CONTEXT: RequestContext = { get: () => undefined }

function policyMatchers(op: ParsedOperator, values: readonly CompiledValue[], ctx: RequestContext): ((r: string) => boolean)[] | undefined {
  const out: ((r: string) => boolean)[] = []
  for (const v of values) {
    if (v.family === 'string' || v.family === 'arn') {
      const m = resolveValueMatcher(op, v, (k) => ctx.get(k))
      if (!m) return undefined
      out.push(m)
    } else out.push((r) => positiveMatch(op, v, r))
  }
  return out
}
