/**
 * SQL text built from values (f-strings, `%` formatting, `.format`, `+` concatenation, template
 * literals with `${}`) that reaches a query call, directly or through a variable assigned in the
 * same function. Parameterized calls (`execute("… %s", (x,))`, `query('… $1', [x])`, tagged
 * templates such as sql`…${x}`) pass the values separately and are not reported.
 *
 * Interpolating only constants (ALL_CAPS names) or environment configuration
 * (`process.env.X`, `os.environ[…]`, `os.getenv(…)`) is not reported: those are not request data.
 */
import type { CodeLanguage, CodeSqlFinding, SqlConstruction } from '../../model/lambda.js'
import type { CodeFile } from './files.js'
import { rulesFor, type SqlSink } from './rules.js'
import { callText, findCalls, findAssignments, functionRegions, type Call } from './syntax.js'
import { regionOwners } from './taint.js'
import { tokenize, type Token } from './tokenize.js'

/** A SQL statement keyword at the start of a clause. */
const SQL_TEXT = /\b(?:select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|merge\s+into|create\s+(?:table|index|view|database|schema|user)|drop\s+(?:table|index|view|database|schema)|alter\s+table|truncate\s|grant\s|revoke\s|call\s+\w|exec(?:ute)?\s+\w|where\s|order\s+by|group\s+by|values\s*\()/i
const CONSTANT = /^[A-Z][A-Z0-9_]*$/
const CONFIG_WORDS = new Set(['process', 'env', 'os', 'environ', 'getenv', 'get', 'str', 'int', 'len', 'String', 'Number'])

const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text

/** True when an expression holds no request-like value: literals, constants and environment configuration only. */
function isConstantish(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (t.kind === 'ident' && !CONSTANT.test(t.text) && !CONFIG_WORDS.has(t.text)) return false
    if (t.parts && !isConstantish(t.parts)) return false
  }
  return true
}

function literalText(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => t.kind === 'string')
    .map((t) => t.text)
    .join(' ')
}

/** Splits an expression at top-level `+`. */
function operands(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]]
  let depth = 0
  for (const t of tokens) {
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++
    else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--
    if (depth === 0 && isPunct(t, '+')) out.push([])
    else out[out.length - 1]!.push(t)
  }
  return out.filter((o) => o.length > 0)
}

interface Built {
  construction: SqlConstruction
  /** The literal text involved, to tell SQL from other strings. */
  text: string
}

/** How an expression builds a string from values, if it does. */
export function classifyConstruction(tokens: readonly Token[], language: CodeLanguage): Built | undefined {
  const expr = tokens.filter((t) => t.kind !== 'newline')
  const text = literalText(expr)
  for (const [k, t] of expr.entries()) {
    if (t.kind !== 'string') continue
    if (t.interpolated && !isConstantish(t.parts ?? [])) {
      const prev = expr[k - 1]
      // sql`…${x}` is a tagged template: the tag receives the values separately.
      if (t.template && (prev?.kind === 'ident' || isPunct(prev, ')') || isPunct(prev, ']'))) continue
      return { construction: language === 'python' ? 'f-string' : 'template-literal', text }
    }
    if (language === 'python') {
      const next = expr[k + 1]
      if (isPunct(next, '%') && !isConstantish(expr.slice(k + 2))) return { construction: 'percent-format', text }
      if (isPunct(next, '.') && expr[k + 2]?.text === 'format' && isPunct(expr[k + 3], '(') && !isConstantish(expr.slice(k + 3))) return { construction: 'format-method', text }
    }
  }
  const parts = operands(expr)
  if (parts.length > 1 && parts.some((p) => p.some((t) => t.kind === 'string')) && parts.some((p) => !isConstantish(p))) return { construction: 'concatenation', text }
  return undefined
}

function matchesSink(call: Call, sink: SqlSink): boolean {
  if (call.name !== sink.call) return false
  if (sink.kind === 'method') return call.qualifiers.length > 0
  return call.qualifiers.length === 0 || (sink.qualifiers ?? []).includes(call.qualifiers[call.qualifiers.length - 1]!)
}

/** SQL built from values that reaches a query call, in one source file. */
export function findSqlStringBuilding(file: CodeFile, language: CodeLanguage): CodeSqlFinding[] {
  const sinks = rulesFor(language).sqlSinks
  const tokens = tokenize(file.text, language)
  const calls = findCalls(tokens).filter((c) => sinks.some((s) => matchesSink(c, s)))
  if (!calls.length) return []
  const assignments = findAssignments(tokens, language)
  const owner = regionOwners(functionRegions(tokens, language), tokens.length)
  const findings: CodeSqlFinding[] = []
  for (const call of calls) {
    const sink = sinks.find((s) => matchesSink(call, s))!
    const arg = call.args[0]
    if (!arg?.length) continue
    let built = classifyConstruction(arg, language)
    if (!built && arg.length === 1 && arg[0]!.kind === 'ident') {
      // A variable: follow its assignments in the same function, up to the call.
      const name = arg[0]!.text
      const scope = owner[call.index]
      const visible = assignments.filter((a) => a.index < call.index && a.names.includes(name) && owner[a.index] === scope)
      const lastPlain = visible.map((a) => !a.augmented).lastIndexOf(true)
      const relevant = visible.slice(Math.max(0, lastPlain))
      const base = relevant[0] && !relevant[0].augmented ? relevant[0] : undefined
      const baseText = base ? literalText(base.value) : ''
      for (const a of relevant) {
        const b = classifyConstruction(a.value, language)
        if (b) {
          built = { construction: b.construction, text: `${baseText} ${b.text}` }
          break
        }
        if (a.augmented && !isConstantish(a.value)) {
          built = { construction: 'concatenation', text: `${baseText} ${literalText(a.value)}` }
          break
        }
      }
    }
    if (!built || (!sink.sqlOnly && !SQL_TEXT.test(built.text))) continue
    // engine.execute(text(f"…")) is one problem, reported once, at the outer call.
    if (findings.some((f) => f.line === call.line)) continue
    findings.push({ path: file.path, line: call.line, language, sink: callText(call), construction: built.construction })
  }
  return findings
}
