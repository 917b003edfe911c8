/**
 * Evaluates a resource body (arguments and nested blocks, `dynamic` blocks expanded) into a
 * plain value, recording the lines of every argument, block and object key on the way.
 */
import type { Body, Expr, Span } from '../hcl/ast.js'
import { evaluate, iterate, withBinding, withValueBudget, type Env } from '../eval/evaluate.js'
import { EvalError, force, isRecord, typeName, Unknown, type Value } from '../eval/values.js'
import type { LineSpan } from '../instance.js'
import type { ParsedFile } from './files.js'

/** Meta-arguments of resources, data sources and modules: not part of the resource's own settings. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'providers', 'depends_on', 'lifecycle', 'provisioner', 'connection', 'source', 'version'])

/**
 * Meta-arguments of resources and data sources. `source` and `version` are meta-arguments of
 * module blocks only: for a resource they are its own settings (aws_eks_cluster.version,
 * aws_s3_object.source).
 */
export const RESOURCE_META_ARGUMENTS = new Set([...META_ARGUMENTS].filter((a) => a !== 'source' && a !== 'version'))

export interface BodyContext {
  env: Env
  file: ParsedFile
  /** Filled with the lines of what is evaluated, by Terraform path. */
  lines?: Record<string, LineSpan>
}

/** Evaluates one expression; configuration errors become an Unknown naming `what`. */
export function safeEvaluate(expr: Expr, env: Env, what: string): Value {
  try {
    return withValueBudget(() => force(evaluate(expr, env)))
  } catch (err) {
    if (err instanceof EvalError) return new Unknown(`${what}: ${err.message}`)
    if (err instanceof RangeError) return new Unknown(`${what}: too deeply nested to evaluate`)
    throw err
  }
}

export function spanLines(file: ParsedFile, span: Span): LineSpan {
  return { startLine: file.lines.line(span.start), endLine: file.lines.endLine(span.end) }
}

function recordObjectKeys(expr: Expr, path: string, lines: Record<string, LineSpan>, file: ParsedFile, depth = 0): void {
  if (expr.kind !== 'object' || depth > 8) return
  for (const item of expr.items) {
    const key = item.keyIsIdentifier && item.key.kind === 'variable' ? item.key.name : item.key.kind === 'literal' ? String(item.key.value) : undefined
    if (key === undefined) continue
    lines[`${path}.${key}`] = spanLines(file, item)
    recordObjectKeys(item.value, `${path}.${key}`, lines, file, depth + 1)
  }
}

/** The value of one argument, its lines recorded under `path`. */
export function evaluateArgument(body: Body, name: string, ctx: BodyContext, path: string): Value | undefined {
  const attr = body.attributes.find((a) => a.name === name)
  if (!attr) return undefined
  if (ctx.lines) {
    ctx.lines[path] = spanLines(ctx.file, attr)
    recordObjectKeys(attr.expr, path, ctx.lines, ctx.file)
  }
  return safeEvaluate(attr.expr, ctx.env, path)
}

/** Does the body set `name`, as an argument or as (dynamic) blocks? */
export function hasSetting(body: Body, name: string): boolean {
  return body.attributes.some((a) => a.name === name) || body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0] === name))
}

/** The blocks of one type, in order, `dynamic` ones expanded; an unknown for_each makes the list unknown. */
export function evaluateBlocks(body: Body, type: string, ctx: BodyContext, path: string, depth = 0): Value {
  const out: Value[] = []
  for (const block of body.blocks) {
    if (block.type === type) {
      const i = out.length
      if (ctx.lines) ctx.lines[`${path}.${i}`] = spanLines(ctx.file, block)
      out.push(evaluateBody(block.body, ctx, `${path}.${i}`, undefined, depth + 1))
      continue
    }
    if (block.type !== 'dynamic' || block.labels[0] !== type) continue
    const forEach = block.body.attributes.find((a) => a.name === 'for_each')
    const content = block.body.blocks.find((b) => b.type === 'content')
    if (!forEach || !content) continue
    const collection = safeEvaluate(forEach.expr, ctx.env, `dynamic "${type}" for_each`)
    if (collection instanceof Unknown) return new Unknown(`dynamic "${type}" blocks depend on ${collection.reason}`)
    const iteratorAttr = block.body.attributes.find((a) => a.name === 'iterator')
    const iterator = iteratorAttr?.expr.kind === 'variable' ? iteratorAttr.expr.name : type
    // Terraform rejects a null or non-collection for_each: what blocks the group holds is not known.
    if (!isRecord(collection) && !Array.isArray(collection)) return new Unknown(`dynamic "${type}": for_each must be a list, set or map, not ${typeName(collection)}`)
    let entries: [Value, Value][]
    try {
      entries = iterate(collection)
    } catch (err) {
      return new Unknown(`dynamic "${type}": ${(err as Error).message}`)
    }
    for (const [key, value] of entries) {
      const i = out.length
      if (ctx.lines) ctx.lines[`${path}.${i}`] = spanLines(ctx.file, block)
      const inner: BodyContext = { ...ctx, env: withBinding(ctx.env, iterator, { key, value }) }
      out.push(evaluateBody(content.body, inner, `${path}.${i}`, undefined, depth + 1))
    }
  }
  return out
}

/** Every argument and block of a body. `skip`: meta-arguments to leave out. */
export function evaluateBody(body: Body, ctx: BodyContext, path: string, skip?: ReadonlySet<string>, depth = 0): Record<string, Value> {
  const out: Record<string, Value> = {}
  if (depth > 32) return out
  const prefix = path ? `${path}.` : ''
  for (const attr of body.attributes) {
    if (skip?.has(attr.name)) continue
    out[attr.name] = evaluateArgument(body, attr.name, ctx, `${prefix}${attr.name}`)!
  }
  const types = new Set<string>()
  for (const b of body.blocks) {
    const t = b.type === 'dynamic' ? b.labels[0] : b.type
    if (t && !skip?.has(t)) types.add(t)
  }
  for (const t of types) out[t] = evaluateBlocks(body, t, ctx, `${prefix}${t}`, depth)
  return out
}

/**
 * Lines of a body's arguments, blocks and object keys without evaluating anything (for plan
 * files, whose values come from Terraform but whose positions come from the `.tf` files).
 * A `dynamic` block's lines stand for every block it generates.
 */
export function staticLines(body: Body, file: ParsedFile, path = '', lines: Record<string, LineSpan> = {}, depth = 0): Record<string, LineSpan> {
  if (depth > 32) return lines
  const prefix = path ? `${path}.` : ''
  for (const attr of body.attributes) {
    if (!path && META_ARGUMENTS.has(attr.name)) continue
    lines[`${prefix}${attr.name}`] = spanLines(file, attr)
    recordObjectKeys(attr.expr, `${prefix}${attr.name}`, lines, file)
  }
  const counts = new Map<string, number>()
  for (const b of body.blocks) {
    const dynamic = b.type === 'dynamic'
    const type = dynamic ? b.labels[0] : b.type
    if (!type || (!path && META_ARGUMENTS.has(type))) continue
    const i = counts.get(type) ?? 0
    counts.set(type, i + 1)
    lines[`${prefix}${type}.${i}`] = spanLines(file, b)
    const inner = dynamic ? b.body.blocks.find((c) => c.type === 'content')?.body : b.body
    if (inner) staticLines(inner, file, `${prefix}${type}.${i}`, lines, depth + 1)
  }
  return lines
}
