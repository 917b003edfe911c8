/**
 * Static evaluation of CloudFormation intrinsic functions.
 *
 * What can be known from the template (parameter defaults or values given on the command
 * line, pseudo parameters, mappings, conditions over those, references to resources of the
 * template) is computed; what cannot (a parameter without a default, Fn::ImportValue, a
 * condition over either) becomes an `Unresolved` carrying the reason, which adapters turn into
 * the resource's `unresolved` map so that dependent verdicts are `unknown`, never pass.
 */
import type { IacFileError } from '../iac/types.js'
import { cidrSubnets } from './cidr.js'
import { getAttValue, refValue, type PhysicalContext } from './physical.js'
import type { CfnTemplate, TemplateResource } from './template.js'
import { asNumber, asString, firstUnresolved, isRecord, isUnresolved, NO_VALUE, Unresolved } from './values.js'

export interface ResolverOptions {
  accountId: string
  region: string
  partition: string
  /** Values for parameters (command line, or passed down by a parent stack). */
  parameters: Record<string, unknown>
}

const INTRINSICS = new Set([
  'Ref', 'Condition', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::If', 'Fn::ImportValue', 'Fn::Join',
  'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not',
])

export class Resolver {
  readonly errors: IacFileError[] = []
  readonly physical: PhysicalContext
  private readonly conditionCache = new Map<string, boolean | Unresolved>()
  private readonly conditionsInProgress: string[] = []
  private readonly propCache = new Map<string, unknown>()
  private readonly propsInProgress: string[] = []
  private readonly reportedCycles = new Set<string>()

  constructor(
    readonly template: CfnTemplate,
    private readonly opts: ResolverOptions,
  ) {
    const urlSuffix = opts.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
    this.physical = {
      accountId: opts.accountId,
      region: opts.region,
      partition: opts.partition,
      stackName: template.stackName,
      urlSuffix,
      prop: (res, key) => this.resourceProp(res, key),
    }
  }

  /** Resolves every intrinsic in `value`; removes AWS::NoValue keys and items. */
  resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.resolve(v)).filter((v) => v !== NO_VALUE)
    if (!isRecord(value)) return value
    const keys = Object.keys(value)
    if (keys.length === 1 && INTRINSICS.has(keys[0]!)) return this.intrinsic(keys[0]!, value[keys[0]!])
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const r = this.resolve(v)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }

  /** One top-level property of a resource, resolved once; a reference cycle yields Unresolved. */
  resourceProp(res: TemplateResource, key: string): unknown {
    const cacheKey = `${res.logicalId}\u0000${key}`
    if (this.propCache.has(cacheKey)) return this.propCache.get(cacheKey)
    if (this.propsInProgress.includes(cacheKey)) {
      const cycle = [...this.propsInProgress.slice(this.propsInProgress.indexOf(cacheKey)), cacheKey].map((k) => k.replace('\u0000', '.'))
      this.cycleError(res, cycle)
      return new Unresolved(`circular reference ${cycle.join(' → ')}`)
    }
    this.propsInProgress.push(cacheKey)
    try {
      const v = this.resolve(res.properties[key])
      this.propCache.set(cacheKey, v)
      return v
    } finally {
      this.propsInProgress.pop()
    }
  }

  private cycleError(res: TemplateResource, cycle: string[]): void {
    const key = [...new Set(cycle.map((c) => c.split('.')[0]))].sort().join(',')
    if (this.reportedCycles.has(key)) return
    this.reportedCycles.add(key)
    this.errors.push({ file: this.template.file, line: res.startLine, code: 'CIRCULAR', message: `circular reference: ${cycle.join(' → ')}` })
  }

  /** Evaluates a named condition: true, false, or Unresolved when it depends on unknown values. */
  condition(name: string): boolean | Unresolved {
    const cached = this.conditionCache.get(name)
    if (cached !== undefined) return cached
    if (this.conditionsInProgress.includes(name)) {
      const cycle = [...this.conditionsInProgress.slice(this.conditionsInProgress.indexOf(name)), name]
      const key = `condition:${[...new Set(cycle)].sort().join(',')}`
      if (!this.reportedCycles.has(key)) {
        this.reportedCycles.add(key)
        this.errors.push({ file: this.template.file, line: this.template.lineAt(['Conditions', name]) ?? 1, code: 'CIRCULAR', message: `circular condition: ${cycle.join(' → ')}` })
      }
      return new Unresolved(`circular condition ${cycle.join(' → ')}`)
    }
    if (!(name in this.template.conditions)) return new Unresolved(`condition ${name} is not defined`)
    this.conditionsInProgress.push(name)
    try {
      const v = this.evaluateCondition(this.template.conditions[name])
      const result = isUnresolved(v) ? new Unresolved(`condition ${name}: ${v.reason}`) : v
      this.conditionCache.set(name, result)
      return result
    } finally {
      this.conditionsInProgress.pop()
    }
  }

  private evaluateCondition(expr: unknown): boolean | Unresolved {
    if (typeof expr === 'boolean') return expr
    if (expr === 'true' || expr === 'false') return expr === 'true'
    if (!isRecord(expr)) return new Unresolved('malformed condition')
    const [fn, arg] = Object.entries(expr)[0] ?? []
    const args = Array.isArray(arg) ? arg : []
    switch (fn) {
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg) : new Unresolved('malformed Condition')
      case 'Fn::Equals': {
        const [a, b] = args.map((x) => this.resolve(x))
        const u = firstUnresolved([a, b])
        if (u) return u
        return sameValue(a, b)
      }
      case 'Fn::Not': {
        const v = this.evaluateCondition(args[0])
        return isUnresolved(v) ? v : !v
      }
      case 'Fn::And': {
        const vs = args.map((x) => this.evaluateCondition(x))
        if (vs.some((v) => v === false)) return false
        return vs.find(isUnresolved) ?? true
      }
      case 'Fn::Or': {
        const vs = args.map((x) => this.evaluateCondition(x))
        if (vs.some((v) => v === true)) return true
        return vs.find(isUnresolved) ?? false
      }
      default:
        return new Unresolved(`unsupported condition function ${String(fn)}`)
    }
  }

  /** Whether a resource exists: true, false, or Unresolved when its Condition is unknown. */
  exists(res: TemplateResource): boolean | Unresolved {
    return res.condition ? this.condition(res.condition) : true
  }

  parameter(name: string): unknown {
    const decl = this.template.parameters[name]
    const type = typeof decl?.Type === 'string' ? decl.Type : 'String'
    let value: unknown
    if (name in this.opts.parameters) value = this.opts.parameters[name]
    else if (decl && decl.Default !== undefined) value = decl.Default
    else if (!decl) return new Unresolved(`!Ref ${name} (not a parameter or resource of this template)`)
    else return new Unresolved(`!Ref ${name} (no default)`)
    if (isUnresolved(value)) return value
    if (type.startsWith('AWS::SSM::Parameter::Value') && !(name in this.opts.parameters))
      return new Unresolved(`!Ref ${name} (read from SSM Parameter Store at deploy time)`)
    if (type === 'CommaDelimitedList' || type.startsWith('List<') || type.startsWith('AWS::SSM::Parameter::Value<List')) {
      if (Array.isArray(value)) return value
      return String(value).split(',').map((s) => s.trim())
    }
    if (type === 'Number') return asNumber(value) ?? value
    return value
  }

  private pseudo(name: string): unknown {
    switch (name) {
      case 'AWS::AccountId':
        return this.opts.accountId
      case 'AWS::Region':
        return this.opts.region
      case 'AWS::Partition':
        return this.opts.partition
      case 'AWS::StackName':
        return this.template.stackName
      case 'AWS::StackId':
        return `arn:${this.opts.partition}:cloudformation:${this.opts.region}:${this.opts.accountId}:stack/${this.template.stackName}/00000000-0000-0000-0000-000000000000`
      case 'AWS::URLSuffix':
        return this.physical.urlSuffix
      case 'AWS::NotificationARNs':
        return []
      case 'AWS::NoValue':
        return NO_VALUE
      default:
        return new Unresolved(`unknown pseudo parameter ${name}`)
    }
  }

  /** `Ref` to a name: pseudo parameter, parameter or resource. */
  ref(name: string): unknown {
    if (name.startsWith('AWS::')) return this.pseudo(name)
    if (name in this.template.parameters || name in this.opts.parameters) return this.parameter(name)
    const res = this.template.resources.get(name)
    if (res) return refValue(this.physical, res)
    return new Unresolved(`!Ref ${name} (not a parameter or resource of this template)`)
  }

  getAtt(logicalId: string, attr: string): unknown {
    const res = this.template.resources.get(logicalId)
    if (!res) return new Unresolved(`!GetAtt ${logicalId}.${attr} (no such resource)`)
    return getAttValue(this.physical, res, attr)
  }

  private intrinsic(fn: string, arg: unknown): unknown {
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg) : new Unresolved('malformed Ref')
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg) : new Unresolved('malformed Condition')
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.evaluateCondition({ [fn]: arg })
      case 'Fn::GetAtt': {
        const parts = typeof arg === 'string' ? splitOnce(arg) : Array.isArray(arg) ? arg : []
        const id = parts[0]
        const attr = this.resolve(parts[1])
        if (typeof id !== 'string') return new Unresolved('malformed Fn::GetAtt')
        if (isUnresolved(attr)) return attr
        return this.getAtt(id, String(attr))
      }
      case 'Fn::Sub':
        return this.sub(arg)
      case 'Fn::Join': {
        if (!Array.isArray(arg) || arg.length !== 2) return new Unresolved('malformed Fn::Join')
        const delim = this.resolve(arg[0])
        const list = this.resolve(arg[1])
        if (isUnresolved(delim)) return delim
        if (isUnresolved(list)) return list
        if (!Array.isArray(list)) return new Unresolved('Fn::Join over something that is not a list')
        const u = firstUnresolved(list)
        if (u) return u
        return list.map((x) => asString(x) ?? JSON.stringify(x)).join(String(delim))
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg) || arg.length !== 2) return new Unresolved('malformed Fn::Select')
        const index = this.resolve(arg[0])
        const list = this.resolve(arg[1])
        if (isUnresolved(index)) return index
        if (isUnresolved(list)) return list
        const i = asNumber(index)
        if (!Array.isArray(list) || i === undefined || i < 0 || i >= list.length) return new Unresolved('Fn::Select index out of range')
        return list[i]
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || arg.length !== 2) return new Unresolved('malformed Fn::Split')
        const delim = this.resolve(arg[0])
        const s = this.resolve(arg[1])
        if (isUnresolved(delim)) return delim
        if (isUnresolved(s)) return s
        return String(s).split(String(delim))
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return new Unresolved('malformed Fn::If')
        const cond = this.condition(arg[0])
        if (cond === true) return this.resolve(arg[1])
        if (cond === false) return this.resolve(arg[2])
        // Both branches alike: the condition does not matter.
        const a = this.resolve(arg[1])
        const b = this.resolve(arg[2])
        if (!firstUnresolved([a, b]) && a !== NO_VALUE && b !== NO_VALUE && JSON.stringify(a) === JSON.stringify(b)) return a
        return new Unresolved(`!If ${arg[0]}: ${cond.reason.replace(/^condition [^:]+: /, '')}`)
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg) || arg.length < 3) return new Unresolved('malformed Fn::FindInMap')
        const keys = arg.slice(0, 3).map((k) => this.resolve(k))
        const u = firstUnresolved(keys)
        const fallback = isRecord(arg[3]) && 'DefaultValue' in arg[3] ? arg[3].DefaultValue : undefined
        if (u) return u
        const [m, top, second] = keys.map((k) => String(k))
        const found = (this.template.mappings[m!] as Record<string, Record<string, unknown>> | undefined)?.[top!]?.[second!]
        if (found !== undefined) return this.resolve(found)
        if (fallback !== undefined) return this.resolve(fallback)
        return new Unresolved(`!FindInMap [${m}, ${top}, ${second}] has no such entry`)
      }
      case 'Fn::GetAZs': {
        const region = this.resolve(arg)
        if (isUnresolved(region)) return region
        const r = asString(region) || this.opts.region
        // The real list depends on the account; three lettered zones stand in for it, so that
        // `!Select [0, !GetAZs '']` and `!Select [1, !GetAZs '']` stay distinct zones.
        return ['a', 'b', 'c'].map((z) => `${r}${z}`)
      }
      case 'Fn::Base64': {
        const s = this.resolve(arg)
        if (isUnresolved(s)) return s
        const u = firstUnresolved(s)
        if (u) return u
        return Buffer.from(asString(s) ?? JSON.stringify(s)).toString('base64')
      }
      case 'Fn::Cidr': {
        if (!Array.isArray(arg) || arg.length !== 3) return new Unresolved('malformed Fn::Cidr')
        const [block, count, bits] = arg.map((x) => this.resolve(x))
        const u = firstUnresolved([block, count, bits])
        if (u) return u
        const subnets = cidrSubnets(String(block), asNumber(count) ?? -1, asNumber(bits) ?? -1)
        return subnets ?? new Unresolved(`!Cidr [${String(block)}, ${String(count)}, ${String(bits)}] (only IPv4 is computed)`)
      }
      case 'Fn::ImportValue': {
        const name = this.resolve(arg)
        return new Unresolved(`!ImportValue ${isUnresolved(name) ? name.reason : String(name)} (exported by another stack)`)
      }
      case 'Fn::ToJsonString': {
        const v = this.resolve(arg)
        const u = firstUnresolved(v)
        return u ?? JSON.stringify(v)
      }
      case 'Fn::Length': {
        const v = this.resolve(arg)
        if (isUnresolved(v)) return v
        return Array.isArray(v) ? v.length : new Unresolved('Fn::Length of something that is not a list')
      }
      case 'Fn::Transform':
        return new Unresolved('Fn::Transform (a macro that runs at deploy time)')
      default:
        return new Unresolved(`unsupported intrinsic ${fn}`)
    }
  }

  private sub(arg: unknown): unknown {
    let template: unknown
    let vars: Record<string, unknown> = {}
    if (typeof arg === 'string') template = arg
    else if (Array.isArray(arg) && typeof arg[0] === 'string') {
      template = arg[0]
      if (isRecord(arg[1])) vars = arg[1]
    } else return new Unresolved('malformed Fn::Sub')
    const text = template as string
    let out = ''
    let i = 0
    while (i < text.length) {
      const start = text.indexOf('${', i)
      if (start < 0) {
        out += text.slice(i)
        break
      }
      out += text.slice(i, start)
      const end = text.indexOf('}', start)
      if (end < 0) {
        out += text.slice(start)
        break
      }
      const name = text.slice(start + 2, end)
      i = end + 1
      // ${!Literal} writes ${Literal}.
      if (name.startsWith('!')) {
        out += '${' + name.slice(1) + '}'
        continue
      }
      let v: unknown
      if (name in vars) v = this.resolve(vars[name])
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const [id, attr] = splitOnce(name)
        v = this.getAtt(id!, attr ?? '')
      } else v = this.ref(name)
      if (isUnresolved(v)) return v
      const s = asString(v)
      if (s === undefined) return new Unresolved(`!Sub variable ${name} is not a string`)
      out += s
    }
    return out
  }
}

function splitOnce(s: string): [string, string?] {
  const dot = s.indexOf('.')
  return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)]
}

/** Fn::Equals compares values as CloudFormation passes them: scalars as strings. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}
