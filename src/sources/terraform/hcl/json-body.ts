/**
 * Terraform's JSON syntax (`.tf.json`) → the same syntax tree the native parser builds, so one
 * evaluator reads both. The mapping follows Terraform's rules: each top-level property is a
 * block type; each label is one level of object nesting (resource: type, then name); the last
 * object is the body; an array stands for several blocks at that level; a `"//"` property of
 * a body is a comment. In a body, strings are string templates (`"${var.x}"`, and a string that
 * is one interpolation alone gives the value itself, not its text); variable defaults and
 * module sources are literal; `provider`, `depends_on` and a variable's `type` are expressions
 * written as strings.
 *
 * Nested blocks and map arguments are both JSON objects; Terraform tells them apart from the
 * provider's schema, which a scan does not have. Map arguments are named in
 * data/terraform-json-map-attributes.json; other objects (and arrays of objects) are blocks.
 * Offsets are those of the JSON text: a block starts at its last label's key, an argument at
 * its key, so findings point at lines of the `.tf.json` file.
 */
import mapAttributes from '../../../../data/terraform-json-map-attributes.json' with { type: 'json' }
import type { Attribute, Block, Body, Expr, ObjectItem, Span, TemplatePart } from './ast.js'
import type { JsonNode, JsonProp } from './json-parse.js'
import { HclSyntaxError, parseHclExpression, parseHclTemplate } from './parser.js'
import { templateExpression } from './template.js'

const MAP_ATTRIBUTES = new Set(mapAttributes.attributes.map((a) => a.name))

/** Labels each top-level block type takes (types not listed take none). */
const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, check: 1 }

/** Labels of nested block types that take them. */
const NESTED_LABELS: Record<string, number> = { dynamic: 1, provisioner: 1, backend: 1 }

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

type BodyKind = 'block' | 'variable' | 'output' | 'locals' | 'module' | 'literal'

const COMMENT = '//'

/** Converts the root object of a `.tf.json` file. Throws HclSyntaxError with the offset of a structural problem. */
export function jsonToBody(root: JsonNode): Body {
  if (root.kind !== 'object') throw new HclSyntaxError('a Terraform JSON file must hold one JSON object of block types', root.start)
  const blocks: Block[] = []
  for (const p of root.props) {
    if (p.key === COMMENT) continue
    const kind: BodyKind = p.key === 'variable' ? 'variable' : p.key === 'output' ? 'output' : p.key === 'locals' ? 'locals' : p.key === 'module' ? 'module' : p.key === 'terraform' ? 'literal' : 'block'
    collectBlocks(p.key, LABELS[p.key] ?? 0, p.value, [], p.keyStart, kind, blocks)
  }
  return { attributes: [], blocks, start: root.start, end: root.end }
}

/** The blocks a property value stands for: one level of labels per object, arrays for several blocks. */
function collectBlocks(type: string, labelsLeft: number, node: JsonNode, labels: string[], keyStart: number, kind: BodyKind, out: Block[]): void {
  if (node.kind === 'array') {
    for (const item of node.items) collectBlocks(type, labelsLeft, item, labels, keyStart, kind, out)
    return
  }
  if (node.kind !== 'object') throw new HclSyntaxError(`"${type}" must be a JSON object${labelsLeft ? ` keyed by its ${labelsLeft === 2 ? 'two labels' : 'label'}` : ' (the block body)'}, not a ${node.kind}`, node.start)
  if (labelsLeft > 0) {
    for (const p of node.props) {
      if (p.key === COMMENT) continue
      collectBlocks(type, labelsLeft - 1, p.value, [...labels, p.key], p.keyStart, kind, out)
    }
    return
  }
  out.push({ type, labels, body: convertBody(node, kind, type), start: keyStart, end: node.end })
}

function convertBody(node: Extract<JsonNode, { kind: 'object' }>, kind: BodyKind, type: string): Body {
  const attributes: Attribute[] = []
  const blocks: Block[] = []
  const seen = new Set<string>()
  const attribute = (p: JsonProp, expr: Expr) => {
    if (seen.has(p.key)) throw new HclSyntaxError(`argument "${p.key}" is set twice in this block`, p.keyStart)
    seen.add(p.key)
    attributes.push({ name: p.key, expr, start: p.keyStart, end: p.value.end })
  }
  for (const p of node.props) {
    if (p.key === COMMENT) continue
    const v = p.value
    switch (kind) {
      case 'locals':
        attribute(p, expression(v))
        continue
      case 'literal':
        // The terraform block (backend, required_providers …): its values are never expressions.
        if (isBlockValue(p, v)) collectBlocks(p.key, NESTED_LABELS[p.key] ?? 0, v, [], p.keyStart, 'literal', blocks)
        else attribute(p, literal(v))
        continue
      case 'variable':
        if (p.key === 'type') attribute(p, v.kind === 'string' ? fromExpressionString(v) : literal(v))
        else if (p.key === 'validation') collectBlocks(p.key, 0, v, [], p.keyStart, 'block', blocks)
        else attribute(p, p.key === 'default' || p.key === 'description' ? literal(v) : expression(v))
        continue
      case 'output':
        attribute(p, p.key === 'depends_on' ? references(v) : p.key === 'description' ? literal(v) : expression(v))
        continue
      case 'module':
        if (p.key === 'source' || p.key === 'version') attribute(p, literal(v))
        else if (p.key === 'providers') attribute(p, providerMap(v))
        else if (p.key === 'depends_on') attribute(p, references(v))
        else if (p.key === 'lifecycle') collectBlocks(p.key, 0, v, [], p.keyStart, 'block', blocks)
        else attribute(p, expression(v))
        continue
      case 'block':
        if (p.key === 'provider' && type !== 'dynamic' && v.kind === 'string') attribute(p, fromExpressionString(v))
        else if (p.key === 'depends_on') attribute(p, references(v))
        else if (p.key === 'count' || p.key === 'for_each') attribute(p, expression(v))
        else if (type === 'dynamic' && p.key === 'iterator' && v.kind === 'string') attribute(p, fromExpressionString(v))
        else if (type === 'dynamic' && p.key === 'labels') attribute(p, expression(v))
        else if (isBlockValue(p, v)) collectBlocks(p.key, NESTED_LABELS[p.key] ?? 0, v, [], p.keyStart, 'block', blocks)
        else attribute(p, expression(v))
        continue
    }
  }
  return { attributes, blocks, start: node.start, end: node.end }
}

/** Whether a body property is a nested block (see the file comment for how map arguments are told apart). */
function isBlockValue(p: JsonProp, v: JsonNode): boolean {
  if (p.key === 'dynamic' || p.key === 'content' || p.key === 'lifecycle' || p.key === 'provisioner' || p.key === 'connection') return v.kind === 'object' || v.kind === 'array'
  const objects = v.kind === 'object' ? [v] : v.kind === 'array' && v.items.length > 0 && v.items.every((i) => i.kind === 'object') ? v.items : undefined
  if (!objects) return false
  if (MAP_ATTRIBUTES.has(p.key) && !(p.key === 'environment' && objects.some((o) => o.kind === 'object' && o.props.some((x) => x.key === 'variables')))) return false
  // Block bodies hold arguments named by identifiers; a map's keys can be anything.
  return objects.every((o) => o.kind === 'object' && o.props.every((x) => x.key === COMMENT || IDENTIFIER.test(x.key)))
}

const spanOf = (n: { start: number; end: number }): Span => ({ start: n.start, end: n.end })

/** A JSON value in expression mode: strings are templates, object keys too. */
export function expression(n: JsonNode): Expr {
  switch (n.kind) {
    case 'string':
      return template(n)
    case 'array':
      return { kind: 'tuple', items: n.items.map(expression), ...spanOf(n) }
    case 'object':
      return {
        kind: 'object',
        items: n.props.map((p): ObjectItem => ({ key: template({ kind: 'string', value: p.key, start: p.keyStart, end: p.keyStart + p.key.length + 2 }), keyIsIdentifier: false, value: expression(p.value), start: p.keyStart, end: p.value.end })),
        ...spanOf(n),
      }
    case 'null':
      return { kind: 'literal', value: null, ...spanOf(n) }
    default:
      return { kind: 'literal', value: n.value, ...spanOf(n) }
  }
}

/** A JSON value taken as it is (variable defaults, module sources). */
function literal(n: JsonNode): Expr {
  switch (n.kind) {
    case 'array':
      return { kind: 'tuple', items: n.items.map(literal), ...spanOf(n) }
    case 'object':
      return {
        kind: 'object',
        items: n.props.map((p): ObjectItem => ({ key: { kind: 'literal', value: p.key, start: p.keyStart, end: p.keyStart }, keyIsIdentifier: false, value: literal(p.value), start: p.keyStart, end: p.value.end })),
        ...spanOf(n),
      }
    case 'null':
      return { kind: 'literal', value: null, ...spanOf(n) }
    default:
      return { kind: 'literal', value: n.value, ...spanOf(n) }
  }
}

/** `depends_on`: an array of references written as strings. */
function references(n: JsonNode): Expr {
  if (n.kind !== 'array') throw new HclSyntaxError('depends_on must be an array of references written as strings', n.start)
  return { kind: 'tuple', items: n.items.map((i) => (i.kind === 'string' ? fromExpressionString(i) : literal(i))), ...spanOf(n) }
}

/** A module's `providers`: keys and values are provider references (`"aws.west"`). */
function providerMap(n: JsonNode): Expr {
  if (n.kind !== 'object') return literal(n)
  return {
    kind: 'object',
    items: n.props.map((p) => ({ key: withSpan(safeExpression(p.key, p.keyStart), { start: p.keyStart, end: p.keyStart }), keyIsIdentifier: false, value: p.value.kind === 'string' ? fromExpressionString(p.value) : literal(p.value), start: p.keyStart, end: p.value.end })),
    ...spanOf(n),
  }
}

function safeExpression(text: string, at: number): Expr {
  try {
    return parseHclExpression(text)
  } catch (err) {
    if (err instanceof HclSyntaxError) throw new HclSyntaxError(`in "${text}": ${err.message}`, at, err.code)
    throw err
  }
}

/** A string that holds an expression (not a template): `"aws.west"`, `"list(string)"`. */
function fromExpressionString(n: Extract<JsonNode, { kind: 'string' }>): Expr {
  return withSpan(safeExpression(n.value, n.start), n)
}

/** A string as a template (text alone is a literal; one interpolation alone is its expression's value). */
function template(n: Extract<JsonNode, { kind: 'string' }>): Expr {
  if (!n.value.includes('${') && !n.value.includes('%{')) return { kind: 'literal', value: n.value, ...spanOf(n) }
  let parts: TemplatePart[]
  try {
    parts = parseHclTemplate(n.value)
  } catch (err) {
    // Offsets inside the string are close to offsets in the file (escapes aside).
    if (err instanceof HclSyntaxError) throw new HclSyntaxError(`in the template string: ${err.message}`, n.start + 1 + err.offset, err.code)
    throw err
  }
  return withSpan(templateExpression(parts, spanOf(n)), n)
}

/** Moves every span of an expression parsed from a string onto the string's place in the file. */
function withSpan<T extends Expr>(e: T, at: Span): T {
  const seen = new Set<object>()
  const visit = (x: unknown, depth: number): void => {
    if (!x || typeof x !== 'object' || seen.has(x) || depth > 200) return
    seen.add(x)
    const o = x as Record<string, unknown>
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start = at.start
      o.end = at.end
    }
    for (const v of Object.values(o)) if (v && typeof v === 'object') visit(v, depth + 1)
  }
  visit(e, 0)
  return e
}
