/**
 * Suppressions ("mutelist"): ordered rules that mark findings as accepted. A muted finding stays
 * in every output, marked with the rule and its reason, and does not count for --fail-on.
 */
import { readFileSync } from 'node:fs'
import type { Node } from 'yaml'
import { isMap, isSeq } from 'yaml'
import type { Finding } from './finding.js'
import type { Inventory } from './inventory.js'
import { globToRegExp } from './selection.js'
import { didYouMean } from './did-you-mean.js'
import { ConfigError, entriesOf, failAt, isEmpty, itemsOf, lineOf, parseYaml, scalarText, stringList, stringValue, type YamlSource } from './yaml-source.js'

/** One suppression rule as the user wrote it. Absent fields match anything. */
export interface MutelistRule {
  /** 1-based position in the list; the first matching rule wins. */
  index: number
  name?: string
  /** Check ids or globs (`lambda-*`, `*`). */
  checks: string[]
  /** Account ids or globs. */
  accounts?: string[]
  /** Region names or globs (`global` for IAM). */
  regions?: string[]
  /** ARN/id/name globs, or `/regex/` (flags i, m, s, u allowed after the closing slash). */
  resources?: string[]
  /** Tag key → value glob; every pair must match the resource's tags. */
  tags?: Record<string, string>
  /** Why the finding is accepted. Required: a suppression nobody can explain is a hole. */
  reason: string
  /** Last day (YYYY-MM-DD, UTC) the rule mutes. */
  expires?: string
  /** Where the rule was written, for messages. */
  origin: { file: string; line: number }
}

/** Resource tags of the resource a finding is about; undefined when unknown. */
export type TagLookup = (finding: Finding) => Readonly<Record<string, string>> | undefined

const RULE_KEYS = ['name', 'checks', 'accounts', 'regions', 'resources', 'tags', 'reason', 'expires'] as const
const ACCOUNT_PATTERN = /^[0-9*?]+$/
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Reads and validates a mutelist file. Every problem is a ConfigError naming file and line. */
export function loadMutelist(file: string, knownCheckIds: readonly string[]): MutelistRule[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ConfigError(`${file}: cannot read the mutelist (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`)
  }
  return parseMutelist(text, file, knownCheckIds)
}

/** Parses mutelist YAML: a list of rules, or a mapping with a `rules:` list. */
export function parseMutelist(text: string, file: string, knownCheckIds: readonly string[]): MutelistRule[] {
  const src = parseYaml(text, file)
  const root = src.doc.contents as Node | null
  if (isEmpty(root)) return []
  if (isMap(root)) {
    const entries = entriesOf(src, root, 'the mutelist')
    for (const e of entries) if (e.key !== 'rules') failAt(src, e.keyNode, `unknown key '${e.key}' (a mutelist is a list of rules, or 'rules:' followed by that list)`)
    const rules = entries.find((e) => e.key === 'rules')
    return rules ? readRules(src, rules.value, knownCheckIds) : []
  }
  return readRules(src, root, knownCheckIds)
}

/** Validates a list of rules held in any YAML file (a mutelist, or inline in the configuration). */
export function readRules(src: YamlSource, node: Node | null, knownCheckIds: readonly string[]): MutelistRule[] {
  if (isEmpty(node)) return []
  if (!isSeq(node)) failAt(src, node, 'the mutelist must be a list of rules')
  return itemsOf(src, node, 'the mutelist').map((item, i) => readRule(src, item, i + 1, knownCheckIds))
}

function readRule(src: YamlSource, node: Node, index: number, knownCheckIds: readonly string[]): MutelistRule {
  const where = `rule ${index}`
  if (!isMap(node)) failAt(src, node, `${where}: must be a mapping with 'checks' and 'reason'`)
  const fail = (at: unknown, msg: string): never => failAt(src, at, `${where}: ${msg}`)
  const rule: Partial<MutelistRule> & { index: number } = { index, origin: { file: src.file, line: lineOf(src, node) } }
  for (const { key, keyNode, value } of entriesOf(src, node, where)) {
    switch (key) {
      case 'name':
        rule.name = stringValue(src, value, `${where}: 'name'`)
        break
      case 'reason': {
        const reason = stringValue(src, value, `${where}: 'reason'`).trim()
        if (!reason) fail(value, "'reason' must not be empty")
        rule.reason = reason
        break
      }
      case 'checks':
        rule.checks = stringList(src, value, `${where}: 'checks'`)
        if (rule.checks.length === 0) fail(value, "'checks' must name at least one check id or glob ('*' for every check)")
        itemsOf(src, value, 'checks').forEach((item, i) => {
          const pattern = rule.checks![i]!
          const re = globToRegExp(pattern)
          if (!knownCheckIds.some((id) => re.test(id))) fail(item, `check '${pattern}' matches no check${didYouMean(pattern, knownCheckIds)}`)
        })
        break
      case 'accounts':
        rule.accounts = itemsOf(src, value, `${where}: 'accounts'`).map((item) => {
          const text = scalarText(src, item, `${where}: 'accounts' entries`)
          if (!ACCOUNT_PATTERN.test(text) || (!/[*?]/.test(text) && text.length !== 12))
            fail(item, `account '${text}' must be a 12-digit account id or a glob of digits (quote ids that start with 0)`)
          return text
        })
        break
      case 'regions':
        rule.regions = stringList(src, value, `${where}: 'regions'`)
        break
      case 'resources':
        rule.resources = itemsOf(src, value, `${where}: 'resources'`).map((item) => {
          const text = scalarText(src, item, `${where}: 'resources' entries`)
          try {
            resourceMatcher(text)
          } catch (err) {
            fail(item, `'${text}' is not a valid regular expression (${(err as Error).message})`)
          }
          return text
        })
        break
      case 'tags':
        rule.tags = Object.fromEntries(entriesOf(src, value, `${where}: 'tags'`).map((e) => [e.key, scalarText(src, e.value, `${where}: tag '${e.key}'`)]))
        break
      case 'expires': {
        const text = scalarText(src, value, `${where}: 'expires'`)
        if (!isCalendarDate(text)) fail(value, `'expires' must be a date written YYYY-MM-DD (got '${text}')`)
        rule.expires = text
        break
      }
      default:
        fail(keyNode, `unknown key '${key}'${didYouMean(key, RULE_KEYS)} (allowed: ${RULE_KEYS.join(', ')})`)
    }
  }
  if (rule.checks === undefined) fail(node, "'checks' is required (use ['*'] to match every check)")
  if (rule.reason === undefined) fail(node, "'reason' is required")
  return rule as MutelistRule
}

function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** True once the whole `expires` day (UTC) is over. */
export function isExpired(rule: MutelistRule, now: Date): boolean {
  if (!rule.expires) return false
  const [y, m, d] = rule.expires.split('-').map(Number) as [number, number, number]
  return now.getTime() >= Date.UTC(y, m - 1, d + 1)
}

/** `/regex/flags` → RegExp (unanchored); anything else is a glob over the whole value. */
function resourceMatcher(pattern: string): RegExp {
  const m = /^\/(.+)\/([imsu]*)$/s.exec(pattern)
  return m ? new RegExp(m[1]!, m[2]) : globToRegExp(pattern)
}

interface CompiledRule {
  rule: MutelistRule
  checks: RegExp[]
  accounts?: RegExp[]
  regions?: RegExp[]
  resources?: RegExp[]
  tags?: [string, RegExp][]
}

function compile(rule: MutelistRule): CompiledRule {
  const c: CompiledRule = { rule, checks: rule.checks.map(globToRegExp) }
  if (rule.accounts) c.accounts = rule.accounts.map(globToRegExp)
  if (rule.regions) c.regions = rule.regions.map(globToRegExp)
  if (rule.resources) c.resources = rule.resources.map(resourceMatcher)
  if (rule.tags) c.tags = Object.entries(rule.tags).map(([k, v]) => [k, globToRegExp(v)])
  return c
}

function matches(c: CompiledRule, f: Finding, lookupTags: TagLookup): boolean {
  if (!c.checks.some((re) => re.test(f.checkId))) return false
  if (c.accounts && !(f.accountId !== undefined && c.accounts.some((re) => re.test(f.accountId!)))) return false
  if (c.regions && !c.regions.some((re) => re.test(f.region))) return false
  if (c.resources) {
    const names = [f.resourceArn, f.resourceId, f.resourceName].filter((x): x is string => x !== undefined)
    if (!c.resources.some((re) => names.some((n) => re.test(n)))) return false
  }
  if (c.tags) {
    const tags = lookupTags(f)
    if (!tags) return false
    for (const [key, re] of c.tags) {
      const value = tags[key]
      if (value === undefined || !re.test(value)) return false
    }
  }
  return true
}

/** How a muted finding names the rule that muted it. */
export function ruleLabel(rule: MutelistRule): string {
  const at = `${rule.origin.file}:${rule.origin.line}`
  return rule.name ? `${rule.name} (${at})` : `rule ${rule.index} (${at})`
}

/** Findings a rule can mute: passes and not-applicable results are left alone. */
const MUTABLE = new Set<Finding['status']>(['fail', 'unknown', 'error'])

/**
 * Marks findings that a rule matches as muted (first matching rule wins). Pure: returns new
 * finding objects and one warning per expired rule (an expired rule no longer mutes).
 */
export function applyMutelist(
  findings: readonly Finding[],
  rules: readonly MutelistRule[],
  lookupTags: TagLookup,
  now: Date,
): { findings: Finding[]; warnings: string[] } {
  const active: CompiledRule[] = []
  const expired: CompiledRule[] = []
  for (const rule of rules) (isExpired(rule, now) ? expired : active).push(compile(rule))
  const out = findings.map((f) => {
    if (!MUTABLE.has(f.status)) return f
    const hit = active.find((c) => matches(c, f, lookupTags))
    return hit ? { ...f, muted: { reason: hit.rule.reason, rule: ruleLabel(hit.rule) } } : f
  })
  const warnings = expired.map((c) => {
    const wouldMatch = findings.filter((f) => MUTABLE.has(f.status) && matches(c, f, lookupTags)).length
    return `${c.rule.origin.file}:${c.rule.origin.line}: mutelist rule ${c.rule.index}${c.rule.name ? ` (${c.rule.name})` : ''} expired on ${c.rule.expires} and no longer mutes anything (${wouldMatch} finding${wouldMatch === 1 ? '' : 's'} would match)`
  })
  return { findings: out, warnings }
}

/** Tag lookup over an inventory: by the finding's resource id, then its ARN. */
export function tagLookupFromInventory(inv: Inventory): TagLookup {
  const byKey = new Map<string, Readonly<Record<string, string>>>()
  for (const items of Object.values(inv.resources)) {
    for (const r of (items ?? []) as { id: string; arn?: string; tags?: Record<string, string> }[]) {
      if (!r.tags) continue
      byKey.set(r.id, r.tags)
      if (r.arn) byKey.set(r.arn, r.tags)
    }
  }
  return (f) => byKey.get(f.resourceId) ?? (f.resourceArn ? byKey.get(f.resourceArn) : undefined)
}
