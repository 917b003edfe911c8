/**
 * `terraform show -json` output (a plan, or a state) → resource instances. Values in a plan
 * are exact: Terraform has already evaluated every expression. What it could not know
 * (`after_unknown`) becomes an Unknown, except:
 *  - an attribute the configuration does not set, that the provider fills in at apply time
 *    (architectures, logging_config …): it takes the AWS default, as in a configuration;
 *  - an attribute set to a reference to another resource of the plan (`role =
 *    aws_iam_role.app.arn`): it takes that resource's computed stand-in, so the two join.
 */
import { checkShape } from '../../../core/shape.js'
import { PLAN_SHAPE } from './plan-shape.js'
import { dirname, resolve } from 'node:path'
import type { IacFileError, IacOptions } from '../../iac/types.js'
import { sourceKey } from '../../iac/suppressions.js'
import { computedAttribute } from '../config/computed.js'
import { policyDocumentJson } from '../config/policy-document.js'
import { rootLabel } from '../config/root.js'
import { getAttr, index } from '../eval/evaluate.js'
import { EncodedJson, EvalError, firstUnknown, isRecord, Unknown, type Value } from '../eval/values.js'
import type { Expr } from '../hcl/ast.js'
import { LineIndex } from '../hcl/lines.js'
import { HclSyntaxError, parseHclExpression } from '../hcl/parser.js'
import type { TfInstance } from '../instance.js'
import { isPlanJson, type ConfigModule, type ConfigResource, type PlanJson, type ValuesModule, type ValuesResource } from './format.js'
import { jsonErrorOffset } from './json-position.js'
import { firstTooDeepJson } from '../../iac/nesting.js'
import { withoutKeys, type PositionIndex } from './positions.js'

/** Values nested deeper than this are refused (Terraform's own output stays far below). */
const MAX_VALUE_DEPTH = 100

/**
 * Nesting of the whole plan text: attribute values (at most MAX_VALUE_DEPTH) plus the envelope
 * around them (planned_values, nested child_modules, resource_changes), which adds a few dozen
 * levels at most. Deeper text is refused before JSON.parse builds it.
 */
const MAX_PLAN_TEXT_DEPTH = MAX_VALUE_DEPTH + 50

export interface PlanResult {
  instances: TfInstance[]
  errors: IacFileError[]
  notes: string[]
}

class TooDeep extends Error {}

/** Parses plan text; a syntax error is reported with its line and column. */
export function parsePlanText(file: string, text: string): { plan?: PlanJson; error?: IacFileError } {
  const deep = firstTooDeepJson(text, MAX_PLAN_TEXT_DEPTH)
  if (deep !== undefined) {
    const lines = new LineIndex(text)
    return { error: { file, line: lines.line(deep), column: lines.column(deep), code: 'TOO_DEEP', message: `nesting deeper than ${MAX_PLAN_TEXT_DEPTH} levels` } }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    const msg = (err as Error).message
    const lines = new LineIndex(text)
    const at = Math.max(0, jsonErrorOffset(text))
    const near = text.slice(at, at + 20).split('\n')[0] || 'the end of the file'
    return { error: { file, line: lines.line(at), column: lines.column(at), code: 'JSON_SYNTAX', message: `not valid JSON at ${JSON.stringify(near)} (${msg.split('\n')[0]!.slice(0, 120).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')})` } }
  }
  if (!isPlanJson(data)) return { error: { file, line: 1, column: 1, code: 'NOT_A_PLAN', message: 'not Terraform plan or state JSON: expected format_version with planned_values, values or resource_changes (`terraform show -json plan.out`)' } }
  const problem = checkShape(data, PLAN_SHAPE)
  if (problem) return { error: { file, line: 1, column: 1, code: 'NOT_A_PLAN', message: `not Terraform plan or state JSON as \`terraform show -json\` writes it: ${problem.path} must be ${problem.expected}, not ${problem.got}` } }
  return { plan: data }
}

/** Value of a planned attribute with Unknowns where after_unknown says so. */
function withUnknowns(value: unknown, unknown: unknown, where: string, depth: number): Value {
  if (depth > MAX_VALUE_DEPTH) throw new TooDeep()
  if (unknown === true) return new Unknown(`${where} is known only after apply`)
  if (Array.isArray(value) || Array.isArray(unknown)) {
    const v = Array.isArray(value) ? value : []
    const u = Array.isArray(unknown) ? unknown : []
    return Array.from({ length: Math.max(v.length, u.length) }, (_, i) => withUnknowns(v[i] ?? null, u[i], `${where}[${i}]`, depth + 1))
  }
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
  if (isObj(value) || isObj(unknown)) {
    const v = isObj(value) ? value : {}
    const u = isObj(unknown) ? unknown : {}
    const out: Record<string, Value> = {}
    for (const k of new Set([...Object.keys(v), ...Object.keys(u)])) out[k] = withUnknowns(v[k] ?? null, u[k], `${where}.${k}`, depth + 1)
    return out
  }
  return (value ?? null) as Value
}

interface Planned {
  resource: ValuesResource
  modulePath: string
  values: Record<string, Value>
  config?: ConfigResource
  instance?: TfInstance
}

/** Configuration resources by module path (without instance keys) and address. */
function configIndex(root: ConfigModule | undefined): Map<string, ConfigResource> {
  const out = new Map<string, ConfigResource>()
  const walk = (m: ConfigModule, prefix: string, depth: number) => {
    if (depth > 16) return
    for (const r of m.resources ?? []) out.set(`${prefix}${withoutKeys(r.address)}`, r)
    for (const [name, call] of Object.entries(m.module_calls ?? {})) if (call.module) walk(call.module, `${prefix}module.${name}.`, depth + 1)
  }
  if (root) walk(root, '', 0)
  return out
}

function isExpression(x: unknown): x is { references?: string[]; constant_value?: unknown } {
  return isRecord(x as Value) && ('references' in (x as object) || 'constant_value' in (x as object))
}

/** Line of the first `"address": "…"` of each resource in the plan text. */
function addressLines(text: string): Map<string, number> {
  const out = new Map<string, number>()
  const lines = new LineIndex(text)
  const re = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let address: string
    try {
      address = JSON.parse(`"${m[1]}"`) as string
    } catch {
      continue
    }
    if (!out.has(address)) out.set(address, lines.line(m.index))
  }
  return out
}

/** The configuration beside a plan: where its blocks are written, and its own evaluation. */
export interface PlanConfiguration {
  positions: PositionIndex
  /** Instances of the same configuration evaluated with the plan's variables, by address. */
  evaluated: ReadonlyMap<string, TfInstance>
}

export function loadPlan(file: string, text: string, plan: PlanJson, options: IacOptions, beside?: PlanConfiguration): PlanResult {
  const positions = beside?.positions
  const result: PlanResult = { instances: [], errors: [], notes: [] }
  const isState = plan.planned_values === undefined && plan.values !== undefined
  const root = (plan.planned_values ?? plan.values)?.root_module
  const unknownByAddress = new Map<string, unknown>()
  for (const rc of plan.resource_changes ?? []) if (rc?.change?.after_unknown !== undefined) unknownByAddress.set(rc.address, rc.change.after_unknown)
  const configs = configIndex(plan.configuration?.root_module)
  const hasConfiguration = plan.configuration?.root_module !== undefined
  const label = rootLabel(dirname(resolve(file)))
  const lineOf = addressLines(text)

  const planned: Planned[] = []
  // Data sources: a policy document whose inputs are unknown is read only at apply time, but
  // its statements are in the plan and can be rendered here.
  const plannedData: Planned[] = []
  const walk = (m: ValuesModule, depth: number) => {
    if (depth > 16) return
    for (const r of m.resources ?? []) {
      if (r?.mode !== 'managed' && r?.mode !== 'data') continue
      let values: Value
      try {
        values = withUnknowns(r.values ?? {}, unknownByAddress.get(r.address), r.address, 0)
      } catch (err) {
        if (!(err instanceof TooDeep)) throw err
        result.errors.push({ file, line: lineOf.get(r.address) ?? 1, code: 'TOO_DEEP', message: `${r.address}: values nested deeper than ${MAX_VALUE_DEPTH} levels` })
        continue
      }
      const modulePath = m.address ?? ''
      const p: Planned = { resource: r, modulePath, values: isRecord(values) ? values : {} }
      const config = configs.get(withoutKeys(r.address))
      if (config) p.config = config
      if (r.mode === 'data') plannedData.push(p)
      else planned.push(p)
    }
    for (const c of m.child_modules ?? []) walk(c, depth + 1)
  }
  if (root) walk(root, 0)
  if (!planned.length && !isState) result.notes.push(`${file}: the plan holds no managed resources`)

  // Instances by module path + block address (no keys), for references between them.
  const byBlock = new Map<string, Planned[]>()
  for (const p of planned) {
    const k = `${p.modulePath ? `${p.modulePath}.` : ''}${p.resource.type}.${p.resource.name}`
    const list = byBlock.get(k)
    if (list) list.push(p)
    else byBlock.set(k, [p])
  }
  const dataByBlock = new Map<string, Planned[]>()
  for (const p of plannedData) {
    const k = `${p.modulePath ? `${p.modulePath}.` : ''}data.${p.resource.type}.${p.resource.name}`
    const list = dataByBlock.get(k)
    if (list) list.push(p)
    else dataByBlock.set(k, [p])
  }

  const placeholderOf = (p: Planned) => {
    const modules = p.modulePath.replace(/module\./g, '').replace(/\[("?)([^\]"]*)\1\]/g, '-$2')
    const key = p.resource.index === undefined ? '' : `-${p.resource.index}`
    return `${label}-${modules ? `${modules}.` : ''}${p.resource.name}${key}`.replace(/[^A-Za-z0-9._-]/g, '-')
  }
  const computed = (p: Planned, attr: string, seen: Set<string>): Value => {
    const v = p.values[attr]
    if (v !== undefined && v !== null && !(v instanceof Unknown)) return v
    if (seen.has(`${p.resource.address}.${attr}`)) return new Unknown(`${p.resource.address}.${attr} depends on itself`)
    seen.add(`${p.resource.address}.${attr}`)
    const id = placeholderOf(p)
    const get = (n: string) => {
      const x = p.values[n]
      if (x === undefined || x === null) return undefined
      if (!(x instanceof Unknown)) return x
      // Not set in the configuration: generated by the provider (a name), so a stand-in applies.
      if (hasConfiguration && p.config?.expressions?.[n] === undefined) return undefined
      return resolveUnknown(p, n, x, seen)
    }
    if (p.resource.mode === 'data') {
      if (p.resource.type === 'aws_iam_policy_document' && (attr === 'json' || attr === 'minified_json')) return policyDocumentJson(p.values)
      return new Unknown(`${p.resource.address}.${attr} is read from AWS when Terraform applies`)
    }
    const c = computedAttribute(p.resource.type, attr, get, { partition: options.partition, region: options.region, accountId: options.accountId, generatedName: id, placeholderId: id, address: p.resource.address })
    return c ?? new Unknown(`${p.resource.address}.${attr} is known only after apply`, `\${${p.resource.address}.${attr}}`)
  }

  /** The value of one reference (`aws_iam_role.app.arn`) made from a module of the plan. */
  const reference = (ref: string, modulePath: string, seen: Set<string>): Value | undefined => {
    let expr: Expr
    try {
      expr = parseHclExpression(ref)
    } catch (err) {
      if (err instanceof HclSyntaxError) return undefined
      throw err
    }
    const steps: ({ attr: string } | { key: string | number })[] = []
    let e = expr
    while (e.kind === 'getattr' || e.kind === 'index') {
      if (e.kind === 'getattr') steps.unshift({ attr: e.name })
      else if (e.key.kind === 'literal' && (typeof e.key.value === 'string' || typeof e.key.value === 'number')) steps.unshift({ key: e.key.value })
      else return undefined
      e = e.object
    }
    if (e.kind !== 'variable' || ['var', 'local', 'module', 'each', 'count', 'path', 'terraform', 'self'].includes(e.name)) return undefined
    const isData = e.name === 'data'
    const typeStep = isData ? steps.shift() : { attr: e.name }
    const first = steps.shift()
    if (!typeStep || !('attr' in typeStep) || !first || !('attr' in first)) return undefined
    const blockKey = `${modulePath ? `${modulePath}.` : ''}${isData ? 'data.' : ''}${typeStep.attr}.${first.attr}`
    const candidates = (isData ? dataByBlock : byBlock).get(blockKey) ?? []
    let target: Planned | undefined
    const next = steps[0]
    if (next && 'key' in next) {
      steps.shift()
      target = candidates.find((c) => c.resource.index === next.key)
    } else if (candidates.length === 1 && candidates[0]!.resource.index === undefined) target = candidates[0]
    const attrStep = steps.shift()
    if (!target || !attrStep || !('attr' in attrStep)) return undefined
    let v = computed(target, attrStep.attr, seen)
    try {
      for (const s of steps) v = 'attr' in s ? getAttr(v, s.attr) : index(v, s.key)
    } catch (err) {
      if (err instanceof EvalError) return undefined
      throw err
    }
    return v
  }

  const attributeRefs = (refs: string[] | undefined): string[] => {
    const list = (Array.isArray(refs) ? refs : []).filter((r) => typeof r === 'string' && /^(data\.)?[A-Za-z_][\w-]*\.[\w-]+(\[[^\]]+\])?\.[\w-]/.test(r) && !/^(var|local|module|each|count|path|terraform|self)\./.test(r))
    // Terraform lists each traversal and also its prefixes; keep the longest of each.
    return list.filter((r) => !list.some((o) => o !== r && o.startsWith(`${r}.`)))
  }

  /** An unknown attribute value → the referenced resource's stand-in, when it is one reference. */
  function resolveUnknown(p: Planned, attr: string, v: Unknown, seen: Set<string>): Value {
    const expr = p.config?.expressions?.[attr]
    if (!isExpression(expr)) return v
    const refs = attributeRefs(expr.references)
    if (refs.length !== 1) return v
    return reference(refs[0]!, p.modulePath, seen) ?? v
  }

  /**
   * What this scanner's own evaluation of the configuration beside the plan (made with the
   * plan's variables) says where Terraform could not know: the same stand-ins for ARNs and
   * ids that references resolve to. Only values that are themselves known are taken.
   */
  const fromConfiguration = (p: Planned, path: (string | number)[]): Value | undefined => {
    const inst = beside?.evaluated.get(p.resource.address)
    if (!inst) return undefined
    let v: Value | undefined = inst.values
    for (const step of path) {
      if (Array.isArray(v) && typeof step === 'number') v = v[step]
      else if (isRecord(v) && typeof step === 'string') v = v[step]
      else return undefined
    }
    if (v === undefined || v === null || firstUnknown(v) || v instanceof EncodedJson) return undefined
    return v
  }

  /** Walks values and configuration expressions together (nested blocks are lists of maps). */
  const settle = (p: Planned, values: Record<string, Value>, exprs: Record<string, unknown> | undefined, path: (string | number)[]): void => {
    const top = path.length === 0
    for (const [k, v] of Object.entries(values)) {
      const expr = exprs?.[k]
      if (v instanceof Unknown) {
        if (expr === undefined && hasConfiguration && !(top && IDENTITY.has(k))) {
          // Not set in the configuration: the provider fills in AWS's default at apply time.
          delete values[k]
          continue
        }
        if (isExpression(expr)) {
          const refs = attributeRefs(expr.references)
          const r = refs.length === 1 ? reference(refs[0]!, p.modulePath, new Set()) : undefined
          values[k] = r ?? fromConfiguration(p, [...path, k]) ?? new Unknown(v.reason, refs.length === 1 ? `\${${refs[0]}}` : undefined)
        }
        continue
      }
      if (Array.isArray(v)) {
        if (Array.isArray(expr)) {
          v.forEach((item, i) => {
            if (isRecord(item)) settle(p, item, isRecord(expr[i] as Value) ? (expr[i] as Record<string, unknown>) : undefined, [...path, k, i])
          })
        } else if (isExpression(expr) && v.some((x) => x instanceof Unknown)) {
          // A list of references (`[aws_subnet.a.id, aws_subnet.b.id]`): element by element.
          const refs = attributeRefs(expr.references)
          if (refs.length === v.length) v.forEach((x, i) => x instanceof Unknown && (v[i] = reference(refs[i]!, p.modulePath, new Set()) ?? x))
          if (v.some((x) => x instanceof Unknown)) {
            const c = fromConfiguration(p, [...path, k])
            if (Array.isArray(c) && c.length === v.length) values[k] = c
          }
        }
      } else if (isRecord(v) && isExpression(expr) && firstUnknown(v)) {
        const c = fromConfiguration(p, [...path, k])
        if (isRecord(c)) values[k] = c
      }
    }
  }
  for (const p of plannedData) settle(p, p.values, p.config?.expressions, [])
  for (const p of planned) settle(p, p.values, p.config?.expressions, [])

  for (const p of planned) {
    const address = p.resource.address
    const pos = positions?.get(withoutKeys(address))
    const location = pos
      ? { file: pos.file.path, startLine: pos.span.startLine, endLine: pos.span.endLine, address }
      : { file, startLine: lineOf.get(address) ?? 1, address }
    const inst: TfInstance = {
      address,
      modulePath: p.modulePath,
      type: p.resource.type,
      name: p.resource.name,
      values: p.values,
      file: pos?.file.path ?? file,
      location,
      lines: pos?.lines ?? {},
      computed: (a) => computed(p, a, new Set()),
      sources: [sourceKey(file, withoutKeys(address)), ...(pos?.sources ?? [])],
      id: `${file}#${address}`,
      placeholderId: placeholderOf(p),
    }
    result.instances.push(inst)
  }
  return result
}

/** Attributes that name the resource itself: unknown ones are computed stand-ins, never AWS defaults. */
const IDENTITY = new Set(['id', 'arn', 'name', 'function_name', 'qualified_arn', 'invoke_arn', 'key_id', 'url', 'bucket', 'alarm_name', 'layer_arn', 'version'])
