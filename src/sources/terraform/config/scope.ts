/**
 * One instance of a Terraform module being evaluated: what `var.*`, `local.*`, `module.*`,
 * `data.*`, `path.*` and resource references mean inside it. Every value is computed on
 * demand and memoized; a value that depends on itself becomes unknown instead of looping.
 */
import { readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import type { Block } from '../hcl/ast.js'
import { HclSyntaxError, parseHclTemplate } from '../hcl/parser.js'
import { templateExpression } from '../hcl/template.js'
import { evaluate, type Scope } from '../eval/evaluate.js'
import type { FunctionContext } from '../eval/functions.js'
import { EvalError, force, isRecord, toSetElements, Unknown, type Lazy, type Value } from '../eval/values.js'
import type { IacFileError, IacOptions } from '../../iac/types.js'
import { sourceKey } from '../../iac/suppressions.js'
import { evaluateArgument, hasSetting, META_ARGUMENTS, safeEvaluate } from './body.js'
import { isLocalSource, type ModuleCallDecl, type ModuleConfig, type ResourceDecl } from './module.js'
import { Instance, keySuffix, type InstanceKey } from './resource-instance.js'

/** Scan-wide state shared by every module instance of one root module. */
export interface RunContext {
  options: IacOptions
  /** Names the root in generated ids and names (its directory name). */
  rootLabel: string
  rootDir: string
  notes: string[]
  errors: IacFileError[]
  loadModule(dir: string): ModuleConfig
}

export interface Expansion {
  key: InstanceKey
  bindings: Map<string, Value>
  existence?: string
}

/** Modules nested deeper than this are not followed. */
export const MAX_MODULE_DEPTH = 8
/** More instances than this for one block are not expanded. */
export const MAX_INSTANCES = 1_000
/** Files read by file()/templatefile() larger than this are not read. */
const MAX_READ_BYTES = 1024 * 1024

export function lazyObject(label: string, attr: (name: string) => Value, all?: () => string[]): Lazy {
  return {
    lazy: true,
    label,
    attr,
    index: (key) => attr(String(key)),
    force: () => {
      if (!all) throw new EvalError(`${label} cannot be used as a whole value`)
      const out: Record<string, Value> = {}
      for (const k of all()) out[k] = force(attr(k))
      return out
    },
  }
}

export class ModuleScope implements Scope {
  readonly functions: FunctionContext
  private readonly memo = new Map<string, Value>()
  private readonly busy = new Set<string>()
  private readonly expansions = new Map<Block, Expansion[]>()
  private readonly instanceCache = new Map<string, Instance>()
  private readonly childCache = new Map<string, ModuleScope | null>()

  constructor(
    readonly config: ModuleConfig,
    readonly run: RunContext,
    /** '' for the root module, `module.a` / `module.a[0].module.b` below it. */
    readonly path: string,
    /** Values given for the module's variables (root: --var, tfvars; child: the module block). */
    readonly inputs: (name: string) => Value | undefined,
    readonly depth: number,
    readonly chain: readonly string[],
    /** `file#module.x` of the module blocks that lead here, so a suppression on them covers what is inside. */
    readonly callSources: readonly string[],
    /** Set when this module instance exists only if an unknown count/for_each allows it. */
    readonly existence: string | undefined,
  ) {
    this.functions = {
      moduleDir: config.dir,
      readFile: (p) => this.readFile(p),
      templateFile: (p, vars) => {
        let parts
        try {
          parts = parseHclTemplate(this.readFile(p))
        } catch (err) {
          if (err instanceof HclSyntaxError) throw new EvalError(`templatefile(${p}): ${err.message}`)
          throw err
        }
        const scope: Scope = { functions: this.functions, root: (n) => { throw new EvalError(`templatefile(): "${n}" is not one of the template variables`) } }
        // A file that is one interpolation alone gives that value unconverted, as Terraform's templatefile() does.
        return evaluate(templateExpression(parts, { start: 0, end: 0 }), { scope, bindings: new Map(Object.entries(vars)) })
      },
    }
  }

  /** Memoized evaluation with cycle detection. */
  guard(key: string, fn: () => Value): Value {
    const hit = this.memo.get(key)
    if (hit !== undefined || this.memo.has(key)) return hit ?? null
    if (this.busy.has(key)) return new Unknown(`${key} depends on itself`)
    this.busy.add(key)
    try {
      const v = fn()
      this.memo.set(key, v)
      return v
    } finally {
      this.busy.delete(key)
    }
  }

  root(name: string): Value {
    switch (name) {
      case 'var':
        return lazyObject('var', (n) => this.variable(n), () => [...this.config.variables.keys()])
      case 'local':
        return lazyObject('local', (n) => this.local(n), () => [...this.config.locals.keys()])
      case 'module':
        return lazyObject('module', (n) => this.moduleValue(n))
      case 'data':
        return lazyObject('data', (type) => lazyObject(`data.${type}`, (n) => this.resourceValue(this.config.data.get(`${type}.${n}`), `data.${type}.${n}`)))
      case 'path':
        return { module: relative(this.run.rootDir, this.config.dir) || '.', root: '.', cwd: '.' }
      case 'terraform':
        return { workspace: 'default' }
      case 'count':
      case 'each':
      case 'self':
        throw new EvalError(`${name} is not available here`)
    }
    for (const r of this.config.resources.values()) if (r.type === name) return lazyObject(name, (n) => this.resourceValue(this.config.resources.get(`${name}.${n}`), `${name}.${n}`))
    throw new EvalError(`"${name}" is not a variable, a resource type of this module or a Terraform name`)
  }

  private readFile(p: string): string {
    const path = isAbsolute(p) ? p : join(this.run.rootDir, p)
    try {
      if (statSync(path).size > MAX_READ_BYTES) throw new EvalError(`file ${p} is too large to read`)
      return readFileSync(path, 'utf8')
    } catch (err) {
      if (err instanceof EvalError) throw err
      throw new EvalError(`cannot read file ${p}`)
    }
  }

  variable(name: string): Value {
    return this.guard(`var.${name}`, () => {
      const decl = this.config.variables.get(name)
      if (!decl) throw new EvalError(`no variable "${name}" is declared in this module`)
      const body = decl.decl.body
      let v = this.inputs(name)
      const nullable = body.attributes.find((a) => a.name === 'nullable')
      if (v === undefined || (v === null && nullable?.expr.kind === 'literal' && nullable.expr.value === false)) {
        const d = body.attributes.find((a) => a.name === 'default')
        if (d) v = safeEvaluate(d.expr, { scope: this }, `default of var.${name}`)
      }
      if (v === undefined) {
        const how = this.path ? `the module block of ${this.path} does not set it` : 'set it with --var or --var-file'
        return new Unknown(`var.${name} has no value (no default; ${how})`, `\${var.${name}}`)
      }
      const type = body.attributes.find((a) => a.name === 'type')?.expr
      // `set(…)` variables iterate by element, like toset() values.
      if (type?.kind === 'call' && type.name === 'set' && Array.isArray(v)) return toSetElements(v)
      return convertToType(v, type?.kind === 'variable' ? type.name : undefined)
    })
  }

  local(name: string): Value {
    return this.guard(`local.${name}`, () => {
      const decl = this.config.locals.get(name)
      if (!decl) throw new EvalError(`no local value "${name}" is declared in this module`)
      return safeEvaluate(decl.decl.expr, { scope: this }, `local.${name}`)
    })
  }

  /** count / for_each of a resource or module block. */
  expand(block: Block, label: string): Expansion[] {
    const cached = this.expansions.get(block)
    if (cached) return cached
    const out = this.computeExpansion(block, label)
    this.expansions.set(block, out)
    return out
  }

  private computeExpansion(block: Block, label: string): Expansion[] {
    const count = block.body.attributes.find((a) => a.name === 'count')
    const forEach = block.body.attributes.find((a) => a.name === 'for_each')
    if (count) {
      // count converts like a number argument: "2" counts as 2.
      const n = convertToType(safeEvaluate(count.expr, { scope: this }, `count of ${label}`), 'number')
      if (n instanceof Unknown || typeof n !== 'number' || n > MAX_INSTANCES) {
        const why = n instanceof Unknown ? n.reason : typeof n === 'number' ? `${n} instances are more than this scanner expands` : 'count is not a number'
        return [{ key: 0, bindings: new Map([['count', { index: 0 }]]), existence: `the count of ${label} (${why})` }]
      }
      return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => ({ key: i, bindings: new Map<string, Value>([['count', { index: i }]]) }))
    }
    if (forEach) {
      const v = safeEvaluate(forEach.expr, { scope: this }, `for_each of ${label}`)
      let entries: [string, Value][] | undefined
      if (isRecord(v)) entries = Object.keys(v).sort().map((k) => [k, v[k]!])
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) entries = [...new Set(v as string[])].sort().map((k) => [k, k])
      if (!entries || entries.length > MAX_INSTANCES) {
        const why = v instanceof Unknown ? v.reason : entries ? 'too many instances' : 'for_each is not a map or a set of strings'
        const each = { key: new Unknown(why, `\${each.key}`), value: new Unknown(why, `\${each.value}`) }
        return [{ key: '*', bindings: new Map([['each', each]]), existence: `the for_each of ${label} (${why})` }]
      }
      return entries.map(([key, value]) => ({ key, bindings: new Map<string, Value>([['each', { key, value }]]) }))
    }
    return [{ key: undefined, bindings: new Map() }]
  }

  /** The instance object of a resource or data block for one expansion. */
  instance(decl: ResourceDecl, exp: Expansion): Instance {
    const k = `${decl.mode}.${decl.type}.${decl.name}${keySuffix(exp.key)}`
    let inst = this.instanceCache.get(k)
    if (!inst) {
      inst = new Instance(this, decl, exp.key, exp.bindings, exp.existence ?? this.existence)
      this.instanceCache.set(k, inst)
    }
    return inst
  }

  /** What `aws_x.name` / `data.aws_x.name` evaluates to: one instance, a list or a map of them. */
  resourceValue(decl: ResourceDecl | undefined, label: string): Value {
    if (!decl) throw new EvalError(`${label} is not declared in this module`)
    const exps = this.expand(decl.block, label)
    const has = (n: string) => decl.block.body.attributes.some((a) => a.name === n)
    if (has('count')) return exps.map((e) => this.instance(decl, e))
    if (has('for_each')) return Object.fromEntries(exps.map((e) => [String(e.key), this.instance(decl, e)]))
    return this.instance(decl, exps[0]!)
  }

  /** What `module.name` evaluates to: its outputs (a list or map of them with count/for_each). */
  moduleValue(name: string): Value {
    const call = this.config.modules.get(name)
    if (!call) throw new EvalError(`module.${name} is not declared in this module`)
    const exps = this.expand(call.block, `module.${name}`)
    const outputs = (e: Expansion) => {
      const child = this.child(call, e)
      if (child) return child.outputsValue()
      const path = `${this.path ? `${this.path}.` : ''}module.${name}`
      return lazyObject(path, (o) => new Unknown(`module.${name} (${call.source ?? 'no source'}) is not scanned`, `\${${path}.${o}}`))
    }
    const has = (n: string) => call.block.body.attributes.some((a) => a.name === n)
    if (has('count')) return exps.map(outputs)
    if (has('for_each')) return Object.fromEntries(exps.map((e) => [String(e.key), outputs(e)]))
    return outputs(exps[0]!)
  }

  outputsValue(): Lazy {
    return lazyObject(
      this.path,
      (o) =>
        this.guard(`output.${o}`, () => {
          const decl = this.config.outputs.get(o)
          if (!decl) throw new EvalError(`${this.path} has no output "${o}"`)
          const value = decl.decl.body.attributes.find((a) => a.name === 'value')
          return value ? safeEvaluate(value.expr, { scope: this }, `output ${o} of ${this.path}`) : null
        }),
      () => [...this.config.outputs.keys()],
    )
  }

  /** The module instance a local module block calls (undefined for remote sources). */
  child(call: ModuleCallDecl, exp: Expansion): ModuleScope | undefined {
    const path = `${this.path ? `${this.path}.` : ''}module.${call.name}${keySuffix(exp.key)}`
    if (this.childCache.has(path)) return this.childCache.get(path) ?? undefined
    let child: ModuleScope | null = null
    const line = call.file.lines.line(call.block.start)
    if (!isLocalSource(call.source)) {
      if (exp === this.expand(call.block, path)[0])
        this.run.notes.push(`${call.file.path}:${line}: module "${call.name}" comes from ${call.source ?? 'an unknown source'}; only local modules (./…, ../…) are scanned, so its resources are not`)
    } else {
      const dir = join(this.config.dir, call.source)
      const abs = resolve(dir)
      if (this.chain.includes(abs) || this.depth + 1 > MAX_MODULE_DEPTH) {
        this.run.errors.push({ file: call.file.path, line, code: 'CIRCULAR', message: `module "${call.name}" (${call.source}) includes a module that is already being evaluated above it, or nests deeper than ${MAX_MODULE_DEPTH} levels` })
      } else {
        const config = this.run.loadModule(dir)
        if (!config.files.length && !config.errors.length) this.run.notes.push(`${call.file.path}:${line}: module "${call.name}": no .tf files in ${dir}`)
        const inputs = (v: string) => {
          if (META_ARGUMENTS.has(v) || !hasSetting(call.block.body, v)) return undefined
          return this.guard(`${path}.input.${v}`, () => evaluateArgument(call.block.body, v, { env: { scope: this, bindings: exp.bindings }, file: call.file }, v)!)
        }
        child = new ModuleScope(config, this.run, path, inputs, this.depth + 1, [...this.chain, abs], [...this.callSources, sourceKey(call.file.path, `module.${call.name}`)], exp.existence ?? this.existence)
      }
    }
    this.childCache.set(path, child)
    return child ?? undefined
  }
}

/** Terraform converts a value to the variable's primitive type (`"5"` → 5 for `number`). */
export function convertToType(v: Value, type: string | undefined): Value {
  if (v instanceof Unknown || v === null) return v
  if (type === 'number' && typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  if (type === 'bool' && (v === 'true' || v === 'false')) return v === 'true'
  if (type === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return String(v)
  return v
}
