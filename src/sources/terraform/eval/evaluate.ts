/**
 * Evaluates HCL expressions the way Terraform does at plan time, as far as the configuration
 * allows. Anything that depends on what is not known yields an `Unknown` with the reason;
 * genuine errors (a missing attribute, a wrong type) throw EvalError, which the caller turns
 * into an Unknown for the attribute being evaluated.
 */
import type { Expr, TemplatePart } from '../hcl/ast.js'
import { callFunction, type FunctionContext } from './functions.js'
import { deepEqual, EncodedJson, EvalError, extendSymbol, firstUnknown, force, isLazy, isRecord, isSet, typeName, Unknown, type Value } from './values.js'

/** What names mean in a module: var, local, module, data, path, resource types … */
export interface Scope {
  root(name: string): Value
  readonly functions: FunctionContext
}

export interface Env {
  scope: Scope
  /** Names bound by for expressions, template for directives, dynamic block iterators, splats. */
  bindings?: ReadonlyMap<string, Value>
}

/** Collections larger than this are not expanded (a `range(1e9)` must not hang a scan). */
export const MAX_COLLECTION = 10_000

const ANON = '\u0000splat'

/**
 * Work allowed for one root module, and for one top-level value within it. Real configurations
 * need a few hundred thousand steps in all; nested `for` loops over large ranges in a hostile
 * file would otherwise run for minutes. A value over its budget becomes unknown; the rest of
 * the configuration is still evaluated until the root's budget is spent.
 */
export const EVALUATION_BUDGET = 20_000_000
export const VALUE_BUDGET = 1_000_000
let budget = EVALUATION_BUDGET
let valueBudget = VALUE_BUDGET
let valueDepth = 0

/** Starts a new budget (once per root module). */
export function resetEvaluationBudget(steps = EVALUATION_BUDGET): void {
  budget = steps
}

/** Runs the evaluation of one top-level value (an argument, a local) with its own budget. */
export function withValueBudget<T>(fn: () => T): T {
  if (valueDepth === 0) valueBudget = VALUE_BUDGET
  valueDepth++
  try {
    return fn()
  } finally {
    valueDepth--
  }
}

function charge(steps: number): void {
  budget -= steps
  valueBudget -= steps
  if (budget < 0 || valueBudget < 0) throw new EvalError('this value needs more evaluation work than the scanner allows')
}

export function evaluate(e: Expr, env: Env): Value {
  charge(1)
  switch (e.kind) {
    case 'literal':
      return e.value
    case 'template':
      return renderTemplate(e.parts, env)
    case 'variable': {
      const bound = env.bindings?.get(e.name)
      if (bound !== undefined || env.bindings?.has(e.name)) return bound ?? null
      return env.scope.root(e.name)
    }
    case 'anon':
      return env.bindings?.get(ANON) ?? null
    case 'getattr':
      return getAttr(evaluate(e.object, env), e.name)
    case 'index':
      return index(evaluate(e.object, env), evaluate(e.key, env))
    case 'splat': {
      const source = evaluate(e.object, env)
      if (source instanceof Unknown) return new Unknown(source.reason)
      if (source === null) return []
      const list = isLazy(source) ? [source] : Array.isArray(source) ? source : [source]
      return list.map((item) => evaluate(e.each, withBinding(env, ANON, item)))
    }
    case 'call':
      return call(e, env)
    case 'tuple':
      return e.items.map((i) => evaluate(i, env))
    case 'object': {
      const out: Record<string, Value> = {}
      for (const item of e.items) {
        const key = item.keyIsIdentifier && item.key.kind === 'variable' ? item.key.name : evaluate(item.key, env)
        if (key instanceof Unknown) return new Unknown(`an object key is unknown: ${key.reason}`)
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') throw new EvalError(`an object key must be a string, not ${typeName(key)}`)
        out[String(key)] = evaluate(item.value, env)
      }
      return out
    }
    case 'for':
      return forExpression(e, env)
    case 'conditional': {
      const c = force(evaluate(e.condition, env))
      if (c instanceof Unknown) {
        const a = force(evaluate(e.then, env))
        const b = force(evaluate(e.else, env))
        return deepEqual(a, b) && !(a instanceof Unknown) ? a : new Unknown(`the condition depends on ${c.reason}`)
      }
      return toBool(c) ? evaluate(e.then, env) : evaluate(e.else, env)
    }
    case 'binary':
      return binary(e.op, e.left, e.right, env)
    case 'unary': {
      const v = force(evaluate(e.operand, env))
      if (v instanceof Unknown) return new Unknown(v.reason)
      return e.op === '!' ? !toBool(v) : -toNumber(v)
    }
    case 'parens':
      return evaluate(e.expr, env)
  }
}

export function withBinding(env: Env, name: string, value: Value): Env {
  const bindings = new Map(env.bindings ?? [])
  bindings.set(name, value)
  return { scope: env.scope, bindings }
}

export function getAttr(v: Value, name: string): Value {
  if (isLazy(v)) return v.attr(name)
  if (v instanceof Unknown) return new Unknown(v.reason, extendSymbol(v.symbol, `.${name}`))
  if (isRecord(v)) {
    if (Object.hasOwn(v, name)) return v[name]!
    throw new EvalError(`this object has no attribute "${name}"`)
  }
  if (v === null) throw new EvalError(`cannot read attribute "${name}" of null`)
  throw new EvalError(`cannot read attribute "${name}" of a ${typeName(v)}`)
}

export function index(v: Value, k: Value): Value {
  if (k instanceof Unknown) return new Unknown(`the index is unknown: ${k.reason}`)
  if (isLazy(v)) {
    if (typeof k !== 'string' && typeof k !== 'number') throw new EvalError('an index must be a number or a string')
    return v.index(k)
  }
  if (v instanceof Unknown) return new Unknown(v.reason, extendSymbol(v.symbol, `[${JSON.stringify(k)}]`))
  // Terraform sets have no order to index by (`toset(x)[0]` is an error there).
  if (isSet(v)) throw new EvalError('a set cannot be indexed; convert it with tolist() first')
  if (Array.isArray(v)) {
    const i = toNumber(k)
    if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new EvalError(`index ${i} is out of range for a list of ${v.length}`)
    return v[i]!
  }
  if (isRecord(v)) {
    const key = toStr(k)
    if (Object.hasOwn(v, key)) return v[key]!
    throw new EvalError(`no element with key "${key}"`)
  }
  throw new EvalError(`cannot index a ${typeName(v)}`)
}

function binary(op: string, l: Expr, r: Expr, env: Env): Value {
  const a = force(evaluate(l, env))
  // Short-circuits that hold whatever the other side is.
  if (op === '&&' && a === false) return false
  if (op === '||' && a === true) return true
  const b = force(evaluate(r, env))
  if (a instanceof Unknown || b instanceof Unknown) {
    if (op === '&&' && b === false) return false
    if (op === '||' && b === true) return true
    return new Unknown((a instanceof Unknown ? a : (b as Unknown)).reason)
  }
  switch (op) {
    case '==':
      return deepEqual(a, b)
    case '!=':
      return !deepEqual(a, b)
    case '&&':
      return toBool(a) && toBool(b)
    case '||':
      return toBool(a) || toBool(b)
    case '<':
      return toNumber(a) < toNumber(b)
    case '>':
      return toNumber(a) > toNumber(b)
    case '<=':
      return toNumber(a) <= toNumber(b)
    case '>=':
      return toNumber(a) >= toNumber(b)
    case '+':
      return toNumber(a) + toNumber(b)
    case '-':
      return toNumber(a) - toNumber(b)
    case '*':
      return toNumber(a) * toNumber(b)
    case '/': {
      const d = toNumber(b)
      if (d === 0) throw new EvalError('division by zero')
      return toNumber(a) / d
    }
    case '%':
      return toNumber(a) % toNumber(b)
  }
  throw new EvalError(`unknown operator ${op}`)
}

function call(e: Extract<Expr, { kind: 'call' }>, env: Env): Value {
  // try() and can() take their arguments unevaluated: an argument that fails must not fail the call.
  if (e.name === 'try') return tryArguments(e.args, env)
  if (e.name === 'can') return canEvaluate(e.args, env)
  let args = e.args.map((a) => evaluate(a, env))
  if (e.expandFinal && args.length) {
    const last = force(args[args.length - 1]!)
    if (last instanceof Unknown) return new Unknown(last.reason)
    if (!Array.isArray(last)) throw new EvalError(`${e.name}(…): only a list can be expanded with ...`)
    args = [...args.slice(0, -1), ...last]
  }
  return callFunction(e.name, args.map((a) => force(a)), env.scope.functions)
}

/**
 * try(): the first argument that evaluates without an error. An argument whose value is not
 * wholly known could still fail once it is known, so — as in Terraform — the result is then
 * unknown rather than that partial value or a later fallback.
 */
function tryArguments(args: readonly Expr[], env: Env): Value {
  if (!args.length) throw new EvalError('try() needs at least one argument')
  for (const a of args) {
    let v: Value
    try {
      v = force(evaluate(a, env))
    } catch (err) {
      if (!(err instanceof EvalError)) throw err
      continue
    }
    const u = firstUnknown(v)
    if (u) return u === v ? v : new Unknown(`try() depends on ${u.reason}`)
    return v
  }
  throw new EvalError('no argument of try() could be evaluated')
}

/** can(): whether the argument evaluates without an error; unknown while its value is not wholly known. */
function canEvaluate(args: readonly Expr[], env: Env): Value {
  if (args.length !== 1) throw new EvalError('can() takes exactly one argument')
  try {
    const u = firstUnknown(force(evaluate(args[0]!, env)))
    return u ? new Unknown(`can() depends on ${u.reason}`) : true
  } catch (err) {
    if (!(err instanceof EvalError)) throw err
    return false
  }
}

function forExpression(e: Extract<Expr, { kind: 'for' }>, env: Env): Value {
  const coll = force(evaluate(e.collection, env))
  if (coll instanceof Unknown) return new Unknown(coll.reason)
  const entries = iterate(coll)
  const objectResult = e.keyExpr !== undefined
  const list: Value[] = []
  const obj: Record<string, Value> = {}
  for (const [k, v] of entries) {
    let scope = withBinding(env, e.valueVar, v)
    if (e.keyVar) scope = withBinding(scope, e.keyVar, k)
    if (e.condition) {
      const c = force(evaluate(e.condition, scope))
      if (c instanceof Unknown) return new Unknown(`a for condition depends on ${c.reason}`)
      if (!toBool(c)) continue
    }
    const value = evaluate(e.valueExpr, scope)
    if (!objectResult) {
      list.push(value)
      continue
    }
    const key = force(evaluate(e.keyExpr!, scope))
    if (key instanceof Unknown) return new Unknown(`a for key depends on ${key.reason}`)
    const ks = toStr(key)
    if (e.grouped) ((obj[ks] ??= []) as Value[]).push(value)
    else {
      if (Object.hasOwn(obj, ks)) throw new EvalError(`duplicate key "${ks}" in a for expression (use ... to group)`)
      obj[ks] = value
    }
  }
  return objectResult ? obj : list
}

/** Key/value pairs of a collection: lists by index, sets by element, maps in key order (as Terraform iterates them). */
export function iterate(coll: Value): [Value, Value][] {
  charge(Array.isArray(coll) ? coll.length : isRecord(coll) ? Object.keys(coll).length : 0)
  if (Array.isArray(coll)) {
    if (coll.length > MAX_COLLECTION) throw new EvalError(`a collection of ${coll.length} elements is too large to expand`)
    return isSet(coll) ? coll.map((v) => [v, v]) : coll.map((v, i) => [i, v])
  }
  if (isRecord(coll)) {
    const keys = Object.keys(coll).sort()
    if (keys.length > MAX_COLLECTION) throw new EvalError(`a collection of ${keys.length} elements is too large to expand`)
    return keys.map((k) => [k, coll[k]!])
  }
  if (coll === null) throw new EvalError('cannot iterate over null')
  throw new EvalError(`cannot iterate over a ${typeName(coll)}`)
}

/** Renders a template; unknown parts make it unknown, symbolic when every unknown part is. */
export function renderTemplate(parts: readonly TemplatePart[], env: Env): Value {
  let text = ''
  let symbolic = true
  let unknown: Unknown | undefined
  const add = (v: Value) => {
    v = force(v)
    if (v instanceof Unknown) {
      unknown ??= v
      if (v.symbol === undefined) symbolic = false
      text += v.symbol ?? ''
      return
    }
    if (v instanceof EncodedJson) {
      unknown ??= new Unknown('a JSON document with unknown parts')
      symbolic = false
      return
    }
    text += toStr(v)
  }
  for (const p of parts) {
    if (p.kind === 'text') text += p.text
    else if (p.kind === 'interpolation') add(evaluate(p.expr, env))
    else if (p.kind === 'if') {
      const c = force(evaluate(p.condition, env))
      if (c instanceof Unknown) return new Unknown(`a template condition depends on ${c.reason}`)
      add(renderTemplate(toBool(c) ? p.then : p.else, env))
    } else {
      const coll = force(evaluate(p.collection, env))
      if (coll instanceof Unknown) return new Unknown(coll.reason)
      for (const [k, v] of iterate(coll)) {
        let scope = withBinding(env, p.valueVar, v)
        if (p.keyVar) scope = withBinding(scope, p.keyVar, k)
        add(renderTemplate(p.body, scope))
      }
    }
  }
  if (unknown) return symbolic ? new Unknown(unknown.reason, text) : new Unknown(unknown.reason)
  return text
}

export function toStr(v: Value): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v === null) throw new EvalError('a null value cannot be used as a string')
  throw new EvalError(`a ${typeName(v)} cannot be used as a string`)
}

export function toNumber(v: Value): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  throw new EvalError(`a number is required, got ${typeName(v)}`)
}

export function toBool(v: Value): boolean {
  if (typeof v === 'boolean') return v
  if (v === 'true') return true
  if (v === 'false') return false
  throw new EvalError(`a bool is required, got ${typeName(v)}`)
}
