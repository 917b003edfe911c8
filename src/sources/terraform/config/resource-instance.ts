/**
 * One instance of a `resource` or `data` block (one per count index / for_each key), as a
 * lazily evaluated object: other expressions read its attributes one at a time, so two
 * resources that reference different attributes of each other do not form a false cycle.
 */
import type { Env } from '../eval/evaluate.js'
import { EvalError, force, Unknown, type Lazy, type Value } from '../eval/values.js'
import type { LineSpan } from '../instance.js'
import { evaluateArgument, evaluateBlocks, evaluateBody, hasSetting, RESOURCE_META_ARGUMENTS } from './body.js'
import { computedAttribute, type ComputeContext } from './computed.js'
import { dataSourceAttribute } from './data-sources.js'
import type { ResourceDecl } from './module.js'
import type { ModuleScope } from './scope.js'

export type InstanceKey = number | string | undefined

export function keySuffix(key: InstanceKey): string {
  if (key === undefined) return ''
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`
}

export class Instance implements Lazy {
  readonly lazy = true
  readonly address: string
  readonly label: string
  private full?: { values: Record<string, Value>; lines: Record<string, LineSpan> }

  constructor(
    readonly scope: ModuleScope,
    readonly decl: ResourceDecl,
    readonly key: InstanceKey,
    readonly bindings: ReadonlyMap<string, Value>,
    readonly existence: string | undefined,
  ) {
    const prefix = scope.path ? `${scope.path}.` : ''
    this.address = `${prefix}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}${keySuffix(key)}`
    this.label = this.address
  }

  get env(): Env {
    return { scope: this.scope, bindings: this.bindings }
  }

  /** Stand-in for generated ids and names: `<root>-<module path>.<name>[-key]`. */
  get placeholderId(): string {
    const modules = this.scope.path.replace(/module\./g, '').replace(/\[("?)([^\]"]*)\1\]/g, '-$2')
    const local = `${modules ? `${modules}.` : ''}${this.decl.name}${this.key === undefined ? '' : `-${this.key}`}`
    return `${this.scope.run.rootLabel}-${local}`.replace(/[^A-Za-z0-9._-]/g, '-')
  }

  private computeContext(): ComputeContext {
    const o = this.scope.run.options
    return { partition: o.partition, region: o.region, accountId: o.accountId, generatedName: this.placeholderId, placeholderId: this.placeholderId, address: this.address }
  }

  /** An argument or block group as configured (undefined when the configuration does not set it). */
  configured(name: string): Value | undefined {
    const body = this.decl.block.body
    if (RESOURCE_META_ARGUMENTS.has(name) || !hasSetting(body, name)) return undefined
    return this.scope.guard(`${this.address}.${name}`, () => {
      const ctx = { env: this.env, file: this.decl.file }
      return body.attributes.some((a) => a.name === name) ? evaluateArgument(body, name, ctx, name)! : evaluateBlocks(body, name, ctx, name)
    })
  }

  attr(name: string): Value {
    const own = this.configured(name)
    if (own !== undefined) return own
    if (this.decl.mode === 'data') {
      const d = dataSourceAttribute(this.decl.type, name, () => this.values(), this.scope.run.options)
      if (d !== undefined) return d
      return new Unknown(`${this.address}.${name} is read from AWS when Terraform plans`, `\${${this.address}.${name}}`)
    }
    const c = computedAttribute(this.decl.type, name, (n) => this.configured(n), this.computeContext())
    if (c !== undefined) return c
    return new Unknown(`${this.address}.${name} is known only after apply`, `\${${this.address}.${name}}`)
  }

  index(): Value {
    throw new EvalError(`${this.address} is a single resource instance, not a list or map`)
  }

  force(): Value {
    const out: Record<string, Value> = { ...this.values() }
    for (const a of ['id', 'arn', 'name']) if (!(a in out)) out[a] = force(this.attr(a))
    return out
  }

  /** Every argument and block, evaluated, with their lines. */
  values(): Record<string, Value> {
    return this.evaluateAll().values
  }

  lines(): Record<string, LineSpan> {
    return this.evaluateAll().lines
  }

  private evaluateAll(): { values: Record<string, Value>; lines: Record<string, LineSpan> } {
    if (this.full) return this.full
    const lines: Record<string, LineSpan> = {}
    const values = evaluateBody(this.decl.block.body, { env: this.env, file: this.decl.file, lines }, '', RESOURCE_META_ARGUMENTS)
    this.full = { values, lines }
    return this.full
  }

  /** A computed attribute, forced, for the adapters. */
  computed(name: string): Value {
    try {
      return force(this.attr(name))
    } catch (err) {
      if (err instanceof EvalError) return new Unknown(err.message)
      throw err
    }
  }
}
