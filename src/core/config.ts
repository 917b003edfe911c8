/**
 * The configuration file, `clearsky.config.yaml`: defaults for the scan flags, the mutelist and
 * per-check options. Command-line flags override it. Every problem is a one-line ConfigError
 * naming the file and line.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { isSeq, type Node } from 'yaml'
import type { AnyCheck } from './check.js'
import { didYouMean } from './did-you-mean.js'
import { readRules, type MutelistRule } from './mutelist.js'
import { globToRegExp } from './selection.js'
import { SEVERITIES, type Severity } from './severity.js'
import { ConfigError, entriesOf, failAt, isEmpty, itemsOf, parseYaml, stringList, stringValue, toPlain, type YamlSource } from './yaml-source.js'

/** File names looked for in the working directory when no --config is given. */
export const CONFIG_FILE_NAMES = ['clearsky.config.yaml', 'clearsky.config.yml'] as const

/** Where the mutelist of a configuration comes from. */
export type ConfigMutelist = { kind: 'file'; path: string } | { kind: 'inline'; rules: MutelistRule[] }

/** A validated configuration. Paths are resolved against the configuration file's folder. */
export interface ClearskyConfig {
  file: string
  profile?: string
  regions?: string[]
  checks?: string[]
  excludeChecks?: string[]
  /** Only run checks at or above this severity. */
  severity?: Severity
  failOn?: Severity | 'none'
  formats?: string[]
  outputDir?: string
  mutelist?: ConfigMutelist
  frameworks?: string[]
  /** Per-check option overrides, validated against each check's `meta.options`. */
  checkOptions: Record<string, Record<string, unknown>>
}

/** What the configuration is validated against. */
export interface ConfigCatalogue {
  checks: readonly AnyCheck[]
  formats: readonly string[]
  frameworks: readonly string[]
}

const KEYS = ['profile', 'regions', 'checks', 'excludeChecks', 'severity', 'failOn', 'formats', 'outputDir', 'mutelist', 'frameworks', 'checkOptions'] as const
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$|^global$/

/** The configuration file in `dir`, if there is one. */
export function findConfigFile(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name)
    if (existsSync(file)) return file
  }
  return undefined
}

export function loadConfig(file: string, catalogue: ConfigCatalogue): ClearskyConfig {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ConfigError(`${file}: cannot read the configuration (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`)
  }
  return parseConfig(text, file, catalogue)
}

/** Validates configuration YAML. Pure: a mutelist given as a path is resolved, not read. */
export function parseConfig(text: string, file: string, catalogue: ConfigCatalogue): ClearskyConfig {
  const src = parseYaml(text, file)
  const config: ClearskyConfig = { file, checkOptions: {} }
  const root = src.doc.contents as Node | null
  if (isEmpty(root)) return config
  const checkIds = catalogue.checks.map((c) => c.meta.id)
  const baseDir = dirname(file)
  for (const { key, keyNode, value } of entriesOf(src, root, 'the configuration')) {
    switch (key) {
      case 'profile':
        config.profile = stringValue(src, value, "'profile'")
        break
      case 'regions':
        config.regions = itemsOf(src, value, "'regions'").map((item) => {
          const region = stringValue(src, item, "'regions' entries")
          if (!REGION_PATTERN.test(region)) failAt(src, item, `'${region}' is not a region name (like eu-west-1)`)
          return region
        })
        break
      case 'checks':
      case 'excludeChecks':
        config[key] = checkPatterns(src, value, key, checkIds)
        break
      case 'severity':
        config.severity = oneOf(src, value, key, SEVERITIES) as Severity
        break
      case 'failOn':
        config.failOn = oneOf(src, value, key, [...SEVERITIES, 'none']) as Severity | 'none'
        break
      case 'formats':
        config.formats = itemsOf(src, value, "'formats'").map((item) => oneOf(src, item, 'formats', catalogue.formats))
        break
      case 'outputDir':
        config.outputDir = resolve(baseDir, stringValue(src, value, "'outputDir'"))
        break
      case 'frameworks':
        config.frameworks = itemsOf(src, value, "'frameworks'").map((item) => oneOf(src, item, 'frameworks', catalogue.frameworks))
        break
      case 'mutelist':
        config.mutelist =
          isSeq(value)
            ? { kind: 'inline', rules: readRules(src, value, checkIds) }
            : { kind: 'file', path: resolve(baseDir, stringValue(src, value, "'mutelist' (a file path or a list of rules)")) }
        break
      case 'checkOptions':
        config.checkOptions = checkOptions(src, value, catalogue.checks)
        break
      default:
        failAt(src, keyNode, `unknown key '${key}'${didYouMean(key, KEYS)} (allowed: ${KEYS.join(', ')})`)
    }
  }
  return config
}

function oneOf(src: YamlSource, node: Node | null, key: string, allowed: readonly string[]): string {
  const value = stringValue(src, node, `'${key}'`)
  if (!allowed.includes(value)) failAt(src, node, `'${key}': unknown value '${value}'${didYouMean(value, allowed)} (choose from ${allowed.join(', ')})`)
  return value
}

function checkPatterns(src: YamlSource, node: Node | null, key: string, checkIds: readonly string[]): string[] {
  const patterns = stringList(src, node, `'${key}'`)
  itemsOf(src, node, key).forEach((item, i) => {
    const pattern = patterns[i]!
    const re = globToRegExp(pattern)
    if (!checkIds.some((id) => re.test(id))) failAt(src, item, `'${key}': no check matches '${pattern}'${didYouMean(pattern, checkIds)}`)
  })
  return patterns
}

function checkOptions(src: YamlSource, node: Node | null, checks: readonly AnyCheck[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  const ids = checks.map((c) => c.meta.id)
  for (const { key: checkId, keyNode, value } of entriesOf(src, node, "'checkOptions'")) {
    const check = checks.find((c) => c.meta.id === checkId)
    if (!check) failAt(src, keyNode, `checkOptions: unknown check '${checkId}'${didYouMean(checkId, ids)}`)
    const defaults = check.meta.options ?? {}
    const names = Object.keys(defaults)
    const options: Record<string, unknown> = {}
    for (const opt of entriesOf(src, value, `checkOptions.${checkId}`)) {
      if (!Object.hasOwn(defaults, opt.key)) {
        failAt(
          src,
          opt.keyNode,
          names.length
            ? `checkOptions.${checkId}: unknown option '${opt.key}'${didYouMean(opt.key, names)} (options: ${names.join(', ')})`
            : `checkOptions.${checkId}: this check takes no options`,
        )
      }
      const got = toPlain(src, opt.value)
      const problem = typeProblem(defaults[opt.key], got)
      if (problem) failAt(src, opt.value ?? opt.keyNode, `checkOptions.${checkId}.${opt.key} must be ${problem} (got ${describe(got)})`)
      options[opt.key] = got
    }
    out[checkId] = options
  }
  return out
}

/** What a value must be to replace `example` (the option's default), or undefined when it fits. */
export function typeProblem(example: unknown, value: unknown): string | undefined {
  if (example === null || example === undefined) return value === null ? 'a value' : undefined
  if (Array.isArray(example)) {
    // An empty default list says nothing about its items; list options are ids, names and
    // patterns, so text is expected (an unquoted account id would otherwise become a number).
    const inner = example.length ? kind(example[0]) : 'string'
    const hint = inner === 'string' ? ' (quote numbers such as account ids)' : ''
    if (!Array.isArray(value) || value.some((v) => kind(v) !== inner)) return `a list of ${inner}s${hint}`
    return undefined
  }
  const want = kind(example)
  if (kind(value) !== want) return want === 'number' ? 'a number' : want === 'object' ? 'a mapping' : `a ${want}`
  if (want === 'number' && Number.isInteger(example) && !Number.isInteger(value)) return 'a whole number'
  return undefined
}

function kind(v: unknown): string {
  if (Array.isArray(v)) return 'list'
  if (v === null) return 'null'
  return typeof v === 'object' ? 'object' : typeof v
}

function describe(v: unknown): string {
  const k = kind(v)
  if (k === 'string') return `text '${String(v).slice(0, 40)}'`
  if (k === 'number' || k === 'boolean') return `${k} ${String(v)}`
  return k === 'object' ? 'a mapping' : k === 'list' ? 'a list' : k
}

export { ConfigError }
