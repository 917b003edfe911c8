/**
 * Compiles policy documents into matchers, once per document (cached by object identity), so that
 * evaluating thousands of requests against the same policy does no parsing and builds no regular
 * expressions.
 *
 * Normalisation (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html):
 * - `Statement` may be one object or an array; Action/NotAction, Resource/NotResource and each
 *   principal type take a string or an array;
 * - action names are case-insensitive ("The prefix and the action name are case insensitive",
 *   …/reference_policies_elements_action.html), so actions are lower-cased on both sides;
 * - resources are case-sensitive, with the ARN-segment wildcard rule of glob.ts;
 * - policy variables only under `"Version": "2012-10-17"`.
 */
import type { PolicyDocument } from '../../model/common.js'
import type { RequestContext } from './context.js'
import { compileCondition, evaluateCondition, type CompiledCondition } from './conditions/evaluate.js'
import { cachedRegExp, compilePatternSet, hasWildcard, matchesPatternSet, resourceGlobSource, type PatternSet } from './glob.js'
import { matchPrincipal, notPrincipalExempts, parsePrincipalElement, type PrincipalEntry, type PrincipalMatch, type PreparedPrincipal } from './principals.js'
import { parseTemplate, resolveTemplate, type Template } from './variables.js'

export interface CompiledStatement {
  /** Position in the policy's Statement list. */
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  /** Action or NotAction patterns as written. */
  actionPatterns: readonly string[]
  notAction: boolean
  actions: PatternSet
  /** Resource or NotResource patterns as written; undefined when the statement has neither (trust policies). */
  resourcePatterns?: readonly string[]
  notResource: boolean
  resourceSet?: PatternSet
  /** Resource patterns with policy variables, resolved per request. */
  resourceTemplates?: readonly Template[]
  /** Principal or NotPrincipal entries; undefined in identity-based policies. */
  principals?: readonly PrincipalEntry[]
  notPrincipal: boolean
  condition?: CompiledCondition
}

export interface CompiledPolicy {
  statements: readonly CompiledStatement[]
  variablesEnabled: boolean
  /** Statements that can match an action of a service, by lower-cased prefix; filled on demand. */
  readonly byService: Map<string, readonly CompiledStatement[]>
}

const cache = new WeakMap<object, CompiledPolicy>()

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return []
}

/** Compiles (or returns the cached compilation of) a policy document. */
export function compilePolicy(doc: PolicyDocument): CompiledPolicy {
  const hit = cache.get(doc)
  if (hit) return hit
  const variablesEnabled = doc.Version === '2012-10-17'
  const raw = (doc as { Statement?: unknown }).Statement
  const statements: CompiledStatement[] = []
  const items = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : []
  items.forEach((s: unknown, index: number) => {
    const st = compileStatement(s, index, variablesEnabled)
    if (st) statements.push(st)
  })
  const compiled: CompiledPolicy = { statements, variablesEnabled, byService: new Map() }
  cache.set(doc, compiled)
  return compiled
}

function compileStatement(s: unknown, index: number, variablesEnabled: boolean): CompiledStatement | undefined {
  if (!s || typeof s !== 'object') return undefined
  const st = s as Record<string, unknown>
  const effect = st.Effect === 'Allow' || st.Effect === 'Deny' ? st.Effect : undefined
  if (!effect) return undefined
  const notAction = st.Action === undefined && st.NotAction !== undefined
  const actionPatterns = list(notAction ? st.NotAction : st.Action)
  const notResource = st.Resource === undefined && st.NotResource !== undefined
  const hasResource = st.Resource !== undefined || st.NotResource !== undefined
  const notPrincipal = st.Principal === undefined && st.NotPrincipal !== undefined
  const out: CompiledStatement = {
    index,
    effect,
    actionPatterns,
    notAction,
    actions: compilePatternSet(actionPatterns, { lowerCase: true }),
    notResource,
    notPrincipal,
  }
  if (typeof st.Sid === 'string' && st.Sid) out.sid = st.Sid
  if (hasResource) {
    const patterns = list(notResource ? st.NotResource : st.Resource)
    out.resourcePatterns = patterns
    const statics: string[] = []
    const templates: Template[] = []
    for (const p of patterns) {
      const t = parseTemplate(p, variablesEnabled)
      if (t.needsResolution) templates.push(t)
      else statics.push(p)
    }
    out.resourceSet = compilePatternSet(statics, { resource: true })
    if (templates.length > 0) out.resourceTemplates = templates
  }
  if (st.Principal !== undefined || st.NotPrincipal !== undefined) out.principals = parsePrincipalElement(notPrincipal ? st.NotPrincipal : st.Principal)
  const condition = compileCondition(st.Condition, variablesEnabled)
  if (condition) out.condition = condition
  return out
}

/** Service prefixes a statement's Action can match; undefined = any service (wildcard prefix, NotAction). */
function servicesOf(st: CompiledStatement): Set<string> | undefined {
  if (st.notAction) return undefined
  const out = new Set<string>()
  for (const p of st.actionPatterns) {
    const colon = p.indexOf(':')
    const prefix = colon < 0 ? p : p.slice(0, colon)
    if (colon < 0 || hasWildcard(prefix)) return undefined
    out.add(prefix.toLowerCase())
  }
  return out
}

/**
 * The statements of a policy that can match an action (lower-cased), in policy order. Evaluating
 * thousands of actions against large policies then only looks at the statements of that service.
 */
export function statementsForAction(policy: CompiledPolicy, actionLower: string): readonly CompiledStatement[] {
  const colon = actionLower.indexOf(':')
  const service = colon < 0 ? actionLower : actionLower.slice(0, colon)
  let list = policy.byService.get(service)
  if (!list) {
    list = policy.statements.filter((st) => {
      const services = servicesOf(st)
      return services === undefined || services.has(service)
    })
    policy.byService.set(service, list)
  }
  return list
}

/** Whether the statement's Action/NotAction covers an action (any case). */
export function statementMatchesAction(st: CompiledStatement, action: string): boolean {
  return statementMatchesLowerAction(st, action.toLowerCase())
}

/** statementMatchesAction for an action already lower-cased (the hot path). */
export function statementMatchesLowerAction(st: CompiledStatement, actionLower: string): boolean {
  const m = matchesPatternSet(st.actions, actionLower)
  return st.notAction ? !m : m
}

/** The resource value meaning "every resource" (actions without resource-level permissions use it too). */
export const ANY_RESOURCE = '*'

/**
 * A Resource pattern that matches every resource (of a partition): `*`, `arn:*`, `arn:aws:*`,
 * `arn:aws:*:*:*:*` …
 */
export function isUniversalResourcePattern(p: string): boolean {
  return p === '*' || /^arn:(\*(:\*)*|[a-z0-9-]+(:\*)+)$/.test(p)
}

/**
 * Whether the statement's Resource/NotResource covers a resource. The request resource `*` (every
 * resource) is covered only by a universal pattern. A NotResource pattern whose variable cannot be
 * resolved makes the statement not apply (AWS: the statement is invalid for that request).
 */
export function statementMatchesResource(st: CompiledStatement, resource: string, ctx: RequestContext): boolean {
  if (!st.resourcePatterns) return true
  let matched: boolean
  if (resource === ANY_RESOURCE) {
    matched = st.resourcePatterns.some(isUniversalResourcePattern)
  } else {
    matched = st.resourceSet !== undefined && matchesPatternSet(st.resourceSet, resource)
    if (!matched && st.resourceTemplates) {
      for (const t of st.resourceTemplates) {
        const r = resolveTemplate(t, (k) => ctx.get(k))
        if (!r) {
          if (st.notResource) return false
          continue
        }
        if (cachedRegExp(resourceGlobSource(r.text, r.literal)).test(resource)) {
          matched = true
          break
        }
      }
    }
  }
  return st.notResource ? !matched : matched
}

/**
 * How the statement's Principal/NotPrincipal matches the caller. Statements without either (identity
 * policies) match as `direct`. `hasBoundary`: AWS documents that a Deny with NotPrincipal "will
 * always deny any IAM principal that has a permissions boundary policy attached, regardless of the
 * values specified in the NotPrincipal element"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html).
 */
export function statementMatchesPrincipal(st: CompiledStatement, p: PreparedPrincipal, hasBoundary = false): PrincipalMatch {
  if (!st.principals) return 'direct'
  if (st.notPrincipal) {
    if (st.effect === 'Deny' && hasBoundary && p.type === 'aws') return 'direct'
    return notPrincipalExempts(st.principals, p) ? 'none' : 'direct'
  }
  return matchPrincipal(st.principals, p)
}

/** Whether the statement's Condition holds (true when it has none). */
export function statementConditionHolds(st: CompiledStatement, ctx: RequestContext): boolean {
  return !st.condition || evaluateCondition(st.condition, ctx)
}
