/**
 * One template being turned into model resources: the template, its resolver, and the
 * helpers adapters use to read resolved properties while recording what could not be
 * resolved (`unresolved`) and where each attribute was written (`attributeLocations`).
 */
import type { PolicyDocument, PolicyStatement, ResourceBase, SourceLocation } from '../../model/common.js'
import type { IacOptions, IacResource } from '../iac/types.js'
import { sourceKey } from '../iac/suppressions.js'
import type { ResourceType, ResourceTypeMap } from '../../model/resource-types.js'
import { Resolver } from './resolver.js'
import type { CfnTemplate, TemplateResource } from './template.js'
import { asBoolean, asNumber, asString, isRecord, isUnresolved, materialize, PLACEHOLDER, Unresolved } from './values.js'

export class Stack {
  readonly resolver: Resolver
  readonly out: IacResource[] = []
  private readonly resolvedProps = new Map<string, Record<string, unknown>>()

  constructor(
    readonly template: CfnTemplate,
    readonly options: IacOptions,
    parameters: Record<string, unknown>,
    /** Prefix of model ids: the file, made unique when one template is nested more than once. */
    readonly idPrefix: string = template.file,
  ) {
    this.resolver = new Resolver(template, { accountId: options.accountId, region: options.region, partition: options.partition, parameters })
  }

  get file(): string {
    return this.template.file
  }

  /** Resources of a type that exist (their Condition is true or unknown). */
  ofType(type: string): TemplateResource[] {
    return [...this.template.resources.values()].filter((r) => r.type === type && this.resolver.exists(r) !== false)
  }

  /** The fully resolved properties of a resource (cached). */
  props(res: TemplateResource): Record<string, unknown> {
    let p = this.resolvedProps.get(res.logicalId)
    if (!p) {
      p = {}
      for (const key of Object.keys(res.properties)) p[key] = this.resolver.resourceProp(res, key)
      this.resolvedProps.set(res.logicalId, p)
    }
    return p
  }

  ref(res: TemplateResource): unknown {
    return this.resolver.ref(res.logicalId)
  }

  getAtt(res: TemplateResource, attr: string): unknown {
    return this.resolver.getAtt(res.logicalId, attr)
  }

  /** Model id of a resource identified by its template entity (`file#LogicalId`). */
  resourceId(res: TemplateResource): string {
    return `${this.idPrefix}#${res.logicalId}`
  }

  location(res: TemplateResource): SourceLocation {
    return { file: res.file, startLine: res.startLine, endLine: res.endLine, address: res.logicalId }
  }

  fields(res: TemplateResource): Fields {
    return new Fields(this, res)
  }

  /** Adds a model resource; `joined` are the other template resources merged into it. */
  emit<T extends ResourceType>(type: T, resource: ResourceTypeMap[T], res: TemplateResource, joined: readonly TemplateResource[] = []): void {
    const sources = new Set<string>()
    for (const r of [res, ...joined]) for (const o of r.origins) sources.add(sourceKey(r.file, o))
    this.out.push({ type, resource, sources: [...sources] })
  }

  get region(): string {
    return this.options.region
  }
}

type Path = readonly (string | number)[]

/** Reads one resource's resolved properties into model fields. */
export class Fields {
  readonly unresolved: Record<string, string> = {}
  readonly attributeLocations: Record<string, SourceLocation> = {}
  readonly props: Record<string, unknown>

  constructor(
    readonly stack: Stack,
    readonly res: TemplateResource,
  ) {
    this.props = stack.props(res)
    const exists = stack.resolver.exists(res)
    // A resource whose Condition cannot be evaluated may or may not be deployed: every
    // verdict about it depends on that.
    if (isUnresolved(exists)) this.existence = exists.reason
  }

  /** Set when the resource's existence depends on an unresolved condition. */
  readonly existence?: string

  /** The resolved value at a property path (undefined when absent). */
  get(path: Path): unknown {
    let v: unknown = this.props
    for (const p of path) {
      if (isUnresolved(v)) return v
      if (Array.isArray(v) && typeof p === 'number') v = v[p]
      else if (isRecord(v) && typeof p === 'string') v = v[p]
      else return undefined
    }
    return v
  }

  /** Records that model attribute `modelPath` was written at property `path` of `res` (default: this resource). */
  locate(modelPath: string, path: Path, res: TemplateResource = this.res): void {
    const line = res.lineOf(path)
    if (line === undefined) return
    const end = res.endLineOf?.(path)
    this.attributeLocations[modelPath] = { file: res.file, startLine: line, endLine: end !== undefined && end >= line ? end : line, address: res.logicalId }
  }

  /** Records the whole of another (joined) resource as the location of `modelPath`. */
  locateResource(modelPath: string, res: TemplateResource): void {
    this.attributeLocations[modelPath] = { file: res.file, startLine: res.startLine, endLine: res.endLine, address: res.logicalId }
  }

  mark(modelPath: string, reason: string): void {
    this.unresolved[modelPath] = reason
  }

  /** A resolved reference value (a name, an ARN) as text; Unresolved → marked, PLACEHOLDER returned. */
  text(modelPath: string, v: unknown): string {
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return PLACEHOLDER
    }
    return asString(v) ?? PLACEHOLDER
  }

  /** A string property. Unresolved → marked, PLACEHOLDER returned. */
  str(modelPath: string, path: Path): string | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return PLACEHOLDER
    }
    return asString(v) ?? JSON.stringify(v)
  }

  num(modelPath: string, path: Path): number | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return 0
    }
    return asNumber(v)
  }

  bool(modelPath: string, path: Path): boolean | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return false
    }
    return asBoolean(v)
  }

  /** A list of strings; an unresolved list or item marks the whole list. */
  strList(modelPath: string, path: Path): string[] | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return []
    }
    const list = Array.isArray(v) ? v : [v]
    const out: string[] = []
    for (const x of list) {
      if (isUnresolved(x)) {
        this.mark(modelPath, x.reason)
        out.push(PLACEHOLDER)
      } else if (x !== undefined && x !== null) out.push(asString(x) ?? JSON.stringify(x))
    }
    return out
  }

  /** A map of strings (environment variables): each unresolved value is marked on its own key. */
  strMap(modelPath: string, path: Path): Record<string, string> | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return {}
    }
    if (!isRecord(v)) return {}
    const out: Record<string, string> = {}
    for (const [k, x] of Object.entries(v)) {
      this.locate(`${modelPath}.${k}`, [...path, k])
      if (isUnresolved(x)) {
        this.mark(`${modelPath}.${k}`, x.reason)
        out[k] = PLACEHOLDER
      } else out[k] = asString(x) ?? JSON.stringify(x)
    }
    return out
  }

  /** A policy document (object or JSON string), unresolved parts marked under `modelPath`. */
  policy(modelPath: string, path: Path): PolicyDocument | undefined {
    const v = this.get(path)
    if (v === undefined || v === null) return undefined
    this.locate(modelPath, path)
    return this.policyValue(modelPath, v)
  }

  policyValue(modelPath: string, v: unknown): PolicyDocument {
    if (isUnresolved(v)) {
      this.mark(modelPath, v.reason)
      return { Statement: [] }
    }
    let doc = v
    if (typeof v === 'string') {
      try {
        doc = JSON.parse(v)
      } catch {
        this.mark(modelPath, 'policy document is not valid JSON')
        return { Statement: [] }
      }
    }
    return materialize(normalizePolicy(doc), modelPath, this.unresolved) as PolicyDocument
  }

  /** Tags as a map, from CloudFormation's [{Key, Value}] list or SAM's map. */
  tags(path: Path = ['Tags']): Record<string, string> | undefined {
    const v = this.get(path)
    if (v === undefined) return undefined
    if (isUnresolved(v)) {
      this.mark('tags', v.reason)
      return {}
    }
    const out: Record<string, string> = {}
    if (Array.isArray(v)) {
      for (const t of v) {
        if (!isRecord(t)) continue
        const key = asString(t.Key)
        if (key === undefined) continue
        if (isUnresolved(t.Value)) {
          this.mark(`tags.${key}`, t.Value.reason)
          out[key] = PLACEHOLDER
        } else out[key] = asString(t.Value) ?? ''
      }
    } else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (isUnresolved(x)) {
          this.mark(`tags.${k}`, x.reason)
          out[k] = PLACEHOLDER
        } else out[k] = asString(x) ?? ''
      }
    }
    return out
  }

  /** The ResourceBase part every model resource shares. */
  base(id: string, name: string, opts: { arn?: string; global?: boolean } = {}): ResourceBase {
    const tags = this.tags()
    const base: ResourceBase = {
      id,
      name,
      accountId: this.stack.options.accountId,
      region: opts.global ? 'global' : this.stack.region,
      location: this.stack.location(this.res),
    }
    if (opts.arn) base.arn = opts.arn
    if (tags && Object.keys(tags).length) base.tags = tags
    return base
  }

  /** Attaches unresolved and attributeLocations to a finished resource. */
  finish<T extends ResourceBase>(r: T): T {
    if (this.existence) for (const key of Object.keys(r)) if (!BASE_KEYS.has(key)) this.unresolved[key] ??= `exists only if ${this.existence}`
    if (Object.keys(this.unresolved).length) r.unresolved = { ...this.unresolved }
    if (Object.keys(this.attributeLocations).length) r.attributeLocations = { ...this.attributeLocations }
    return r
  }
}

const BASE_KEYS = new Set(['id', 'arn', 'name', 'accountId', 'region', 'tags', 'unresolved', 'location', 'attributeLocations'])

/** Statement as a list, as the model wants it (a single statement object is allowed in policies). */
export function normalizePolicy(doc: unknown): PolicyDocument {
  if (!isRecord(doc)) return { Statement: [] }
  const st = doc.Statement
  const statements = (Array.isArray(st) ? st : st === undefined ? [] : [st]) as PolicyStatement[]
  const out: PolicyDocument = { Statement: statements }
  if (typeof doc.Version === 'string') out.Version = doc.Version
  if (typeof doc.Id === 'string') out.Id = doc.Id
  return out
}

/** Unresolved-aware string for a reference value (a function name, an ARN). */
export function refString(v: unknown): string | Unresolved | undefined {
  if (isUnresolved(v)) return v
  return asString(v)
}
