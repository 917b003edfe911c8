/**
 * Condition operators: names, qualifiers and the positive comparison of one policy value with one
 * request value. (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)
 *
 * Every negated operator (StringNotEquals, NotIpAddress, ArnNotLike …) is evaluated as the
 * negation of its positive twin over all policy values: AWS evaluates several values of one key
 * with OR, and with NOR for a negated operator
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html).
 */
import { parseArn, arnPatternSource } from '../arn.js'
import { cachedRegExp, globSource } from '../glob.js'
import { parseTemplate, resolveTemplate, type Template } from '../variables.js'
import { cidrContains, parseCidr, parseIp, type Cidr } from './ip.js'

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null'
export type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte'

export interface ParsedOperator {
  /** As written in the policy (`ForAnyValue:StringLikeIfExists`). */
  raw: string
  /** Name without qualifier and IfExists (`StringLike`). */
  name: string
  family: OperatorFamily
  negated: boolean
  ifExists: boolean
  /** ForAnyValue: / ForAllValues: qualifier for multivalued keys. */
  set?: 'any' | 'all'
  like: boolean
  ignoreCase: boolean
  cmp: Comparison
}

interface OperatorInfo {
  family: OperatorFamily
  negated?: boolean
  like?: boolean
  ignoreCase?: boolean
  cmp?: Comparison
}

const OPERATORS: Record<string, OperatorInfo> = {
  stringequals: { family: 'string' },
  stringnotequals: { family: 'string', negated: true },
  stringequalsignorecase: { family: 'string', ignoreCase: true },
  stringnotequalsignorecase: { family: 'string', negated: true, ignoreCase: true },
  stringlike: { family: 'string', like: true },
  stringnotlike: { family: 'string', negated: true, like: true },
  numericequals: { family: 'numeric' },
  numericnotequals: { family: 'numeric', negated: true },
  numericlessthan: { family: 'numeric', cmp: 'lt' },
  numericlessthanequals: { family: 'numeric', cmp: 'lte' },
  numericgreaterthan: { family: 'numeric', cmp: 'gt' },
  numericgreaterthanequals: { family: 'numeric', cmp: 'gte' },
  dateequals: { family: 'date' },
  datenotequals: { family: 'date', negated: true },
  datelessthan: { family: 'date', cmp: 'lt' },
  datelessthanequals: { family: 'date', cmp: 'lte' },
  dategreaterthan: { family: 'date', cmp: 'gt' },
  dategreaterthanequals: { family: 'date', cmp: 'gte' },
  bool: { family: 'bool' },
  binaryequals: { family: 'binary' },
  ipaddress: { family: 'ip' },
  notipaddress: { family: 'ip', negated: true },
  arnequals: { family: 'arn' },
  arnlike: { family: 'arn' },
  arnnotequals: { family: 'arn', negated: true },
  arnnotlike: { family: 'arn', negated: true },
  null: { family: 'null' },
}

/** Parses an operator name; undefined for an operator AWS does not define. */
export function parseOperator(raw: string): ParsedOperator | undefined {
  let rest = raw.trim()
  let set: 'any' | 'all' | undefined
  const lower = rest.toLowerCase()
  if (lower.startsWith('foranyvalue:')) {
    set = 'any'
    rest = rest.slice('foranyvalue:'.length)
  } else if (lower.startsWith('forallvalues:')) {
    set = 'all'
    rest = rest.slice('forallvalues:'.length)
  }
  let ifExists = false
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true
    rest = rest.slice(0, -'ifexists'.length)
  }
  const info = OPERATORS[rest.toLowerCase()]
  // Null has no IfExists form and no set qualifier.
  if (!info || (info.family === 'null' && (ifExists || set))) return undefined
  return {
    raw,
    name: rest,
    family: info.family,
    negated: info.negated ?? false,
    ifExists,
    ...(set ? { set } : {}),
    like: info.like ?? false,
    ignoreCase: info.ignoreCase ?? false,
    cmp: info.cmp ?? 'eq',
  }
}

/** A policy value prepared for its operator family. */
export type CompiledValue =
  | { family: 'string' | 'arn'; template: Template; static?: (v: string) => boolean }
  | { family: 'numeric' | 'date'; n: number }
  | { family: 'bool'; b: 'true' | 'false' | undefined }
  | { family: 'binary'; bytes: string | undefined }
  | { family: 'ip'; cidr: Cidr | undefined }
  | { family: 'null'; wantsAbsent: boolean | undefined }

/** Parses an IAM date: ISO 8601 or epoch seconds. NaN when neither. */
export function parseDate(s: string): number {
  if (/^\d+$/.test(s)) return Number(s) * 1000
  return Date.parse(s)
}

function base64Bytes(s: string): string | undefined {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(s)) return undefined
  return Buffer.from(s, 'base64').toString('hex')
}

/** Prepares one policy value. Variables are enabled only for String and ARN operators. */
export function compileValue(op: ParsedOperator, raw: string, variablesEnabled: boolean): CompiledValue {
  switch (op.family) {
    case 'string':
    case 'arn': {
      const template = parseTemplate(raw, variablesEnabled)
      const v: CompiledValue = { family: op.family, template }
      if (!template.needsResolution) v.static = stringMatcher(op, { text: raw })
      return v
    }
    case 'numeric': {
      const n = raw.trim() === '' ? NaN : Number(raw)
      return { family: 'numeric', n }
    }
    case 'date':
      return { family: 'date', n: parseDate(raw) }
    case 'bool': {
      const b = raw.toLowerCase()
      return { family: 'bool', b: b === 'true' || b === 'false' ? b : undefined }
    }
    case 'binary':
      return { family: 'binary', bytes: base64Bytes(raw) }
    case 'ip':
      return { family: 'ip', cidr: parseCidr(raw) }
    case 'null': {
      const b = raw.toLowerCase()
      return { family: 'null', wantsAbsent: b === 'true' ? true : b === 'false' ? false : undefined }
    }
  }
}

/** Matcher for a resolved String/ARN pattern. */
function stringMatcher(op: ParsedOperator, p: { text: string; literal?: boolean[] }): (v: string) => boolean {
  if (op.family === 'arn') {
    // ArnEquals and ArnLike behave the same: both take wildcards, per component.
    if (p.text === '*' && !p.literal?.[0]) return () => true
    const src = arnPatternSource(p.text, p.literal)
    if (src === undefined) return () => false
    const re = cachedRegExp(src)
    return (v) => parseArn(v) !== undefined && re.test(v)
  }
  if (op.like) {
    const re = cachedRegExp(globSource(p.text, p.literal))
    return (v) => re.test(v)
  }
  if (op.ignoreCase) {
    const want = p.text.toLowerCase()
    return (v) => v.toLowerCase() === want
  }
  const want = p.text
  return (v) => v === want
}

function compare(cmp: Comparison, a: number, b: number): boolean {
  switch (cmp) {
    case 'eq':
      return a === b
    case 'lt':
      return a < b
    case 'lte':
      return a <= b
    case 'gt':
      return a > b
    case 'gte':
      return a >= b
  }
}

/**
 * Resolves a String/ARN value against the context; returns a matcher, or undefined when a variable
 * in it cannot be resolved.
 */
export function resolveValueMatcher(op: ParsedOperator, v: CompiledValue & { family: 'string' | 'arn' }, lookup: (k: string) => readonly string[] | undefined): ((s: string) => boolean) | undefined {
  if (v.static) return v.static
  const resolved = resolveTemplate(v.template, lookup)
  return resolved ? stringMatcher(op, resolved) : undefined
}

/**
 * The positive comparison (`request value <op> policy value`) for non-string families. Values that
 * do not parse (a non-numeric string under NumericEquals) never match.
 */
export function positiveMatch(op: ParsedOperator, v: CompiledValue, requestValue: string): boolean {
  switch (v.family) {
    case 'numeric': {
      const r = requestValue.trim() === '' ? NaN : Number(requestValue)
      return !Number.isNaN(r) && !Number.isNaN(v.n) && compare(op.cmp, r, v.n)
    }
    case 'date': {
      const r = parseDate(requestValue)
      return !Number.isNaN(r) && !Number.isNaN(v.n) && compare(op.cmp, r, v.n)
    }
    case 'bool':
      return v.b !== undefined && requestValue.toLowerCase() === v.b
    case 'binary': {
      const r = base64Bytes(requestValue)
      return v.bytes !== undefined && r !== undefined && r === v.bytes
    }
    case 'ip': {
      const ip = parseIp(requestValue)
      return v.cidr !== undefined && ip !== undefined && cidrContains(v.cidr, ip)
    }
    default:
      return false
  }
}
