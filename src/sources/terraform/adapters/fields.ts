/**
 * Reads one Terraform resource instance into model fields, recording what could not be
 * known (`unresolved`, by model path) and where each attribute is written
 * (`attributeLocations`). The adapters use it the way CloudFormation adapters use theirs.
 */
import type { PolicyDocument, PolicyStatement, ResourceBase, SourceLocation } from '../../../model/common.js'
import type { ResourceType, ResourceTypeMap } from '../../../model/resource-types.js'
import type { IacOptions, IacResource } from '../../iac/types.js'
import { EncodedJson, identity, isRecord, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'

/** Text in the model where a value is unresolved (checks never compare it: the path is tainted). */
export const PLACEHOLDER = '{{unresolved}}'

export interface AdapterContext {
  options: IacOptions
  /** Managed resource instances of a type, in configuration order. */
  byType(type: string): TfInstance[]
  emit<T extends ResourceType>(type: T, resource: ResourceTypeMap[T], inst: TfInstance, joined?: readonly TfInstance[]): void
}

export function createContext(instances: readonly TfInstance[], options: IacOptions, out: IacResource[]): AdapterContext {
  const byType = new Map<string, TfInstance[]>()
  for (const i of instances) {
    const list = byType.get(i.type)
    if (list) list.push(i)
    else byType.set(i.type, [i])
  }
  return {
    options,
    byType: (t) => byType.get(t) ?? [],
    emit(type, resource, inst, joined = []) {
      const sources = new Set<string>()
      for (const i of [inst, ...joined]) for (const s of i.sources) sources.add(s)
      out.push({ type, resource, sources: [...sources] })
    },
  }
}

/** A value at a Terraform path (`vpc_config.0.subnet_ids`); null counts as absent. */
export function valueAt(values: Record<string, Value>, path: string): Value | undefined {
  let v: Value | undefined = values
  for (const step of path.split('.')) {
    if (v instanceof Unknown) return v
    if (Array.isArray(v) && /^\d+$/.test(step)) v = v[Number(step)]
    else if (isRecord(v)) v = v[step]
    else return undefined
    if (v === null) return undefined
  }
  return v ?? undefined
}

/** The first block of a nested block list (`tracing_config`), or undefined. */
export function firstBlock(values: Record<string, Value>, name: string): Record<string, Value> | Unknown | undefined {
  const v = values[name]
  if (v instanceof Unknown) return v
  if (Array.isArray(v)) return isRecord(v[0]) ? v[0] : undefined
  return isRecord(v) ? v : undefined
}

/** Every block of a nested block list. */
export function blocksOf(v: Value | undefined): Record<string, Value>[] {
  if (Array.isArray(v)) return v.filter(isRecord)
  return isRecord(v) ? [v] : []
}

const asString = (v: Value): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined)

export class Fields {
  readonly unresolved: Record<string, string> = {}
  readonly attributeLocations: Record<string, SourceLocation> = {}

  constructor(
    readonly ctx: AdapterContext,
    readonly inst: TfInstance,
  ) {}

  get(path: string): Value | undefined {
    return valueAt(this.inst.values, path)
  }

  /** Records that `modelPath` is written at Terraform path `tfPath` of `inst` (the nearest written parent otherwise). */
  locate(modelPath: string, tfPath: string, inst: TfInstance = this.inst): void {
    let p = tfPath
    for (;;) {
      const span = inst.lines[p]
      if (span) {
        this.attributeLocations[modelPath] = { file: inst.file, startLine: span.startLine, endLine: span.endLine, address: inst.address }
        return
      }
      const cut = p.lastIndexOf('.')
      if (cut < 0) return
      p = p.slice(0, cut)
    }
  }

  /** Records the whole of another (joined) resource as the location of `modelPath`. */
  locateResource(modelPath: string, inst: TfInstance): void {
    this.attributeLocations[modelPath] = { ...inst.location }
  }

  mark(modelPath: string, reason: string): void {
    this.unresolved[modelPath] = reason
  }

  /** A text value read from any instance (joined siblings too), marked under `modelPath` when unknown. */
  text(modelPath: string, v: Value | undefined): string | undefined {
    if (v === undefined || v === null) return undefined
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return PLACEHOLDER
    }
    if (v instanceof EncodedJson) {
      this.mark(modelPath, 'a JSON document with unknown parts')
      return PLACEHOLDER
    }
    return asString(v) ?? JSON.stringify(v)
  }

  /** An identifier (name, ARN, id): symbolic stand-ins are kept, so joins still work. */
  ident(modelPath: string, v: Value | undefined): string | undefined {
    if (v === undefined || v === null) return undefined
    const id = identity(v)
    if (id !== undefined) return id
    return this.text(modelPath, v)
  }

  str(modelPath: string, tfPath: string): string | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    return this.text(modelPath, v)
  }

  /** An identifier-valued argument (an ARN, a subnet id): symbolic stand-ins kept. */
  id(modelPath: string, tfPath: string): string | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    return this.ident(modelPath, v)
  }

  num(modelPath: string, tfPath: string): number | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return 0
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
    if (Number.isNaN(n)) {
      this.mark(modelPath, `not a number: ${JSON.stringify(v)}`)
      return 0
    }
    return n
  }

  bool(modelPath: string, tfPath: string): boolean | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return false
    }
    return v === true || v === 'true'
  }

  /** A list of identifiers or strings; an unknown list or element marks the list. */
  strList(modelPath: string, tfPath: string, identifiers = true): string[] | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return []
    }
    const list = Array.isArray(v) ? v : [v]
    const out: string[] = []
    for (const x of list) {
      if (x === null) continue
      const s = identifiers ? identity(x) : asString(x)
      if (s !== undefined) out.push(s)
      else out.push(this.text(modelPath, x) ?? PLACEHOLDER)
    }
    return out
  }

  /** A map of strings (environment variables): each unknown value is marked on its own key. */
  strMap(modelPath: string, tfPath: string): Record<string, string> | undefined {
    const v = this.get(tfPath)
    if (v === undefined) return undefined
    this.locate(modelPath, tfPath)
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return {}
    }
    if (!isRecord(v)) return {}
    const out: Record<string, string> = {}
    for (const [k, x] of Object.entries(v)) {
      this.locate(`${modelPath}.${k}`, `${tfPath}.${k}`)
      out[k] = this.text(`${modelPath}.${k}`, x) ?? ''
    }
    return out
  }

  /** A policy document argument (JSON text, jsonencode() with unknown parts, or an object). */
  policy(modelPath: string, tfPath: string, inst: TfInstance = this.inst): PolicyDocument | undefined {
    const v = valueAt(inst.values, tfPath)
    if (v === undefined || v === '') return undefined
    this.locate(modelPath, tfPath, inst)
    return this.policyValue(modelPath, v)
  }

  policyValue(modelPath: string, v: Value): PolicyDocument {
    if (v instanceof Unknown) {
      this.mark(modelPath, v.reason)
      return { Statement: [] }
    }
    let doc: Value = v instanceof EncodedJson ? v.value : v
    if (typeof doc === 'string') {
      try {
        doc = JSON.parse(doc) as Value
      } catch {
        this.mark(modelPath, 'the policy document is not valid JSON')
        return { Statement: [] }
      }
    }
    return this.materialize(normalizePolicy(doc), modelPath) as unknown as PolicyDocument
  }

  /** Replaces Unknowns inside a value by PLACEHOLDER, marking each one's path under `prefix`. */
  materialize(v: Value, prefix: string): unknown {
    if (v instanceof Unknown) {
      this.mark(prefix, v.reason)
      return PLACEHOLDER
    }
    if (v instanceof EncodedJson) return this.materialize(v.value, prefix)
    if (Array.isArray(v)) return v.map((x, i) => this.materialize(x, `${prefix}.${i}`))
    if (isRecord(v)) {
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) out[k] = this.materialize(x, `${prefix}.${k}`)
      return out
    }
    return v
  }

  /** Tags as AWS holds them: `tags_all` (the provider's `default_tags` merged in) when known. */
  tags(): Record<string, string> | undefined {
    const all = this.get('tags_all')
    const v = isRecord(all) && !Object.values(all).some((x) => x instanceof Unknown) ? all : this.get('tags')
    if (v === undefined) return undefined
    if (v instanceof Unknown) {
      this.mark('tags', v.reason)
      return {}
    }
    if (!isRecord(v)) return undefined
    const out: Record<string, string> = {}
    for (const [k, x] of Object.entries(v)) out[k] = this.text(`tags.${k}`, x) ?? ''
    return out
  }

  /** The ResourceBase part every model resource shares. */
  base(id: string, name: string, opts: { arn?: string; global?: boolean } = {}): ResourceBase {
    const base: ResourceBase = {
      id,
      name,
      accountId: this.ctx.options.accountId,
      region: opts.global ? 'global' : this.ctx.options.region,
      location: { ...this.inst.location },
    }
    if (opts.arn) base.arn = opts.arn
    const tags = this.tags()
    if (tags && Object.keys(tags).length) base.tags = tags
    return base
  }

  /** Attaches unresolved and attributeLocations; an instance that may not exist is unresolved throughout. */
  finish<T extends ResourceBase>(r: T): T {
    if (this.inst.existence) for (const key of Object.keys(r)) if (!BASE_KEYS.has(key)) this.unresolved[key] ??= `exists only if ${this.inst.existence} allows it`
    if (Object.keys(this.unresolved).length) r.unresolved = { ...this.unresolved }
    if (Object.keys(this.attributeLocations).length) r.attributeLocations = { ...this.attributeLocations }
    return r
  }
}

const BASE_KEYS = new Set(['id', 'arn', 'name', 'accountId', 'region', 'tags', 'unresolved', 'location', 'attributeLocations'])

/** Statement as a list, as the model wants it (a single statement object is allowed in policies). */
export function normalizePolicy(doc: Value): Value {
  if (!isRecord(doc)) return { Statement: [] }
  const st = doc.Statement
  const statements = Array.isArray(st) ? st : st === undefined || st === null ? [] : [st]
  const out: Record<string, Value> = { Statement: statements }
  if (doc.Version !== undefined) out.Version = doc.Version
  if (doc.Id !== undefined) out.Id = doc.Id
  // Key order as AWS returns documents: Version, Id, Statement.
  return { ...(out.Version !== undefined ? { Version: out.Version } : {}), ...(out.Id !== undefined ? { Id: out.Id } : {}), Statement: statements }
}

export type { PolicyStatement }
