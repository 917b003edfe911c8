/**
 * Which Lambda functions a principal's grant of change actions can depend on, worked out from its
 * policies alone so that who-can-change.ts can evaluate most principals once per scan instead of
 * once per function.
 *
 * The capability engine (src/analysis/iam/capability.ts) sees the function only through its ARN:
 * a statement applies when its action matches, its Resource/NotResource matches the ARN and its
 * condition holds for the principal's own facts. So a principal whose relevant statements (every
 * statement of its identity policies and boundary that names an asked action, Allow or Deny) each
 * match either every function ARN of a partition and account or none of them, whatever the
 * function's name and region, gets the same answer for every function there: it is `universal`.
 *
 * Everything else is `specific`, and is evaluated per function; to find it cheaply each Allow
 * statement that could grant gives a key, the literal start of the function-name part of its
 * Resource (`arn:aws:lambda:*:123456789012:function:orders-*` → `orders-`), or '' when the
 * pattern cannot be narrowed that way. A function only needs the principals filed under a prefix
 * of its own name.
 *
 * Deliberately conservative where a proof would need more than pattern shapes:
 * - `?`, policy variables and NotResource patterns other than "every ARN" or "no function ARN"
 *   make a statement specific (and its key '');
 * - a condition on a key that could describe the function (aws:Resource…, aws:RequestedRegion,
 *   any service-specific key such as lambda:FunctionArn) makes the statement specific, although
 *   the engine does not evaluate those keys per function today: were it to start, the shortcut
 *   would not silently keep an answer computed for another function.
 */
import type { PolicyDocument } from '../../model/common.js'
import type { IdentityPolicySet } from '../iam/capability.js'
import { compilePolicy, statementMatchesAction, type CompiledStatement } from '../iam/compile.js'
import { compilePatternSet, matchesPatternSet, resourceGlobSource, cachedRegExp } from '../iam/glob.js'

/** The partition and account of the function ARNs a classification holds for. */
export interface FunctionArnScope {
  partition: string
  account: string
}

/** An unqualified function ARN, split. Every part is free of colons. */
export interface FunctionArnParts extends FunctionArnScope {
  region: string
  name: string
}

const FUNCTION_ARN = /^arn:([^:]+):lambda:([^:]*):([^:]*):function:([^:]+)$/

/** The parts of an unqualified function ARN; undefined for anything else (then nothing is shared). */
export function parseFunctionArn(arn: string): FunctionArnParts | undefined {
  const m = FUNCTION_ARN.exec(arn)
  return m ? { partition: m[1]!, region: m[2]!, account: m[3]!, name: m[4]! } : undefined
}

/** How a principal's grant depends on the function. */
export type ChangeReach =
  | { kind: 'universal' }
  /** `prefixes`: literal starts of the function names an Allow could match ('' = any name); empty = no function at all. */
  | { kind: 'specific'; prefixes: readonly string[] }

/** How one Resource pattern relates to the function ARNs of a scope. */
type PatternClass = 'all' | 'none' | { prefix: string }

/** Stands for a region or a name in the probe ARN; no policy pattern can match it with a literal. */
const SENTINEL = '\u0001'

function literalStart(p: string): string {
  const i = p.search(/[*?]/)
  return i < 0 ? p : p.slice(0, i)
}

function segmentMatches(pattern: string, value: string): boolean {
  return cachedRegExp(resourceGlobSource(pattern)).test(value)
}

/**
 * `all`: the pattern matches every function ARN of the scope. Proof: it matches
 * `arn:P:lambda:§:A:function:§`, where § is a character no pattern holds; only a `*` can consume
 * §, and a `*` that consumes § consumes any colon-free region or name instead (the pattern has no
 * `?`, which could only take one character).
 *
 * `none`: it matches none. A function ARN has exactly six colons, each literal colon of the
 * pattern needs one, so a pattern with more cannot match; with exactly six, the segments line up
 * and a fixed segment (arn, partition, lambda, account, function) that does not match rules it
 * out. A literal start that diverges from `arn:P:lambda:` rules it out too.
 *
 * Otherwise the literal start of the name segment when the segments line up, else ''.
 */
export function classifyPattern(p: string, scope: FunctionArnScope): PatternClass {
  const head = `arn:${scope.partition}:lambda:`
  const start = literalStart(p)
  if (!start.startsWith(head) && !head.startsWith(start)) return 'none'
  if (!p.includes('?') && !p.includes(SENTINEL)) {
    const probe = `${head}${SENTINEL}:${scope.account}:function:${SENTINEL}`
    if (matchesPatternSet(compilePatternSet([p], { resource: true }), probe)) return 'all'
  }
  const segments = p.split(':')
  if (segments.length > 7) return 'none'
  if (segments.length < 7) return { prefix: '' }
  const fixed: [number, string][] = [
    [0, 'arn'],
    [1, scope.partition],
    [2, 'lambda'],
    [4, scope.account],
    [5, 'function'],
  ]
  if (fixed.some(([i, v]) => !segmentMatches(segments[i]!, v))) return 'none'
  return { prefix: literalStart(segments[6]!) }
}

type StatementClass = 'all' | 'none' | { prefixes: string[] }

/** How a statement's Resource/NotResource relates to the function ARNs of a scope. */
function classifyStatement(st: CompiledStatement, scope: FunctionArnScope): StatementClass {
  if (!st.resourcePatterns) return 'all'
  const templated = (st.resourceTemplates?.length ?? 0) > 0
  // Patterns without variables (the templated ones are resolved per request).
  const classes = (st.resourceSet?.raw ?? []).map((p) => classifyPattern(p, scope))
  if (st.notResource) {
    // The statement applies where no pattern matches.
    if (classes.includes('all')) return 'none'
    if (!templated && classes.every((c) => c === 'none')) return 'all'
    return { prefixes: [''] }
  }
  if (classes.includes('all')) return 'all'
  if (templated) return { prefixes: [''] }
  const prefixes = classes.flatMap((c) => (typeof c === 'object' ? [c.prefix] : []))
  return prefixes.length ? { prefixes } : 'none'
}

/** Condition keys that could describe the function rather than the caller or the request. */
function conditionCouldVaryByFunction(st: CompiledStatement): boolean {
  return (st.condition?.entries ?? []).some((e) => !e.keyLower.startsWith('aws:') || e.keyLower.startsWith('aws:resource') || e.keyLower === 'aws:requestedregion')
}

/** How a principal's grant of `actions` depends on the function, within a scope. */
export function changeReach(identity: IdentityPolicySet, actions: readonly string[], scope: FunctionArnScope): ChangeReach {
  let universal = true
  const prefixes = new Set<string>()
  const visit = (doc: PolicyDocument, grants: boolean) => {
    for (const st of compilePolicy(doc).statements) {
      if (!actions.some((a) => statementMatchesAction(st, a))) continue
      const c = classifyStatement(st, scope)
      if (typeof c === 'object' || conditionCouldVaryByFunction(st)) universal = false
      // Only an Allow of the identity policies grants; a boundary or a Deny only takes away.
      if (!grants || st.effect !== 'Allow' || c === 'none') continue
      for (const p of c === 'all' ? [''] : c.prefixes) prefixes.add(p)
    }
  }
  for (const p of identity.policies) visit(p.document, true)
  if (identity.boundary) visit(identity.boundary, false)
  return universal ? { kind: 'universal' } : { kind: 'specific', prefixes: [...prefixes] }
}
