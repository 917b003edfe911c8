/**
 * Evaluates one root module (a directory of `.tf` files that no other scanned configuration
 * calls as a module) with its variable values, and returns its resource instances with the
 * errors, notes and suppression comments of every file it read.
 */
import { basename, resolve } from 'node:path'
import type { IacFileError, IacOptions, Suppression } from '../../iac/types.js'
import { parseSuppressionComments, type AddressRegion } from '../../iac/suppressions.js'
import type { Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { resetEvaluationBudget } from '../eval/evaluate.js'
import { isRecord, Unknown } from '../eval/values.js'
import { safeEvaluate } from './body.js'
import { collectInstances } from './collect.js'
import type { ParsedFile } from './files.js'
import { loadModuleConfig, type ModuleConfig } from './module.js'
import { ModuleScope } from './scope.js'
import { rootVariableValues } from './variables.js'

export interface RootResult {
  instances: TfInstance[]
  errors: IacFileError[]
  notes: string[]
  suppressions: Suppression[]
  files: string[]
}

/** Parsed module directories, shared by every root of a scan. */
export type ModuleCache = Map<string, ModuleConfig>

export function cachedModule(cache: ModuleCache, dir: string): ModuleConfig {
  const key = resolve(dir)
  let config = cache.get(key)
  if (!config) {
    config = loadModuleConfig(dir)
    cache.set(key, config)
  }
  return config
}

/** A label for generated names and ids: the directory name, as a stack name is for CloudFormation. */
export function rootLabel(dir: string): string {
  return (basename(resolve(dir)) || 'root').replace(/[^A-Za-z0-9-]/g, '-')
}

/**
 * `planVariables`: the values a plan was made with (they replace every other source, so the
 * evaluation matches the plan).
 */
export function evaluateRootModule(dir: string, options: IacOptions, cache: ModuleCache, planVariables?: ReadonlyMap<string, Value>): RootResult {
  const vars = rootVariableValues(dir, options.terraformVarFiles ?? [], options.terraformVars ?? {})
  for (const [k, v] of planVariables ?? []) vars.values.set(k, v)
  const result: RootResult = { instances: [], errors: [...vars.errors], notes: [], suppressions: [], files: [...vars.files] }
  const read = new Set<ModuleConfig>()
  const run = {
    options,
    rootLabel: rootLabel(dir),
    rootDir: dir,
    notes: result.notes,
    errors: result.errors,
    loadModule: (d: string) => {
      const c = cachedModule(cache, d)
      read.add(c)
      return c
    },
  }
  const config = run.loadModule(dir)
  resetEvaluationBudget()
  const scope = new ModuleScope(config, run, '', (name) => vars.values.get(name), 0, [resolve(dir)], [], undefined)
  result.instances = collectInstances(scope)
  applyDefaultTags(config, scope, result.instances)
  // Every module directory this root read: its files, errors and suppression comments.
  const seen = new Set<string>()
  const visit = (c: ModuleConfig) => {
    if (seen.has(resolve(c.dir))) return
    seen.add(resolve(c.dir))
    result.errors.push(...c.errors)
    for (const f of c.files) {
      result.files.push(f.path)
      const s = fileSuppressions(f)
      result.suppressions.push(...s.suppressions)
      result.errors.push(...s.errors)
    }
  }
  for (const c of read) visit(c)
  return result
}

/** `# clearsky:ignore` (or `//`; in `.tf.json` a `"//"` property) comments of one file, attached to its resource, data and module blocks. */
export function fileSuppressions(f: ParsedFile): ReturnType<typeof parseSuppressionComments> {
  const regions: AddressRegion[] = f.body.blocks
    .filter((b) => (b.type === 'resource' || b.type === 'data') && b.labels.length >= 2 || (b.type === 'module' && b.labels.length >= 1))
    .map((b) => ({
      address: b.type === 'module' ? `module.${b.labels[0]}` : `${b.type === 'data' ? 'data.' : ''}${b.labels[0]}.${b.labels[1]}`,
      startLine: f.lines.line(b.start),
      endLine: f.lines.endLine(b.end),
    }))
  // HCL has `//` comments too; the shared reader looks for `#`. JSON has no comments: a
  // `"//": "clearsky:ignore <check-id> <reason>"` property (Terraform's comment key) stands for one.
  const lines = f.path.endsWith('.json')
    ? f.text.split('\n').map((l) => l.replace(/"\/\/"\s*:\s*"(\s*clearsky:ignore\b[^"]*)".*$/, '# $1'))
    : f.text.split('\n').map((l) => l.replace(/\/\/(\s*clearsky:ignore)/, '#$1'))
  return parseSuppressionComments(f.path, lines, regions)
}

/**
 * `provider "aws" { default_tags { tags = {…} } }` of the root module: the provider adds these
 * tags to every resource it creates (`tags_all`), the resource's own tags winning.
 */
function applyDefaultTags(config: ModuleConfig, scope: ModuleScope, instances: TfInstance[]): void {
  const provider = config.files.flatMap((f) => f.body.blocks.map((b) => ({ b, f }))).find(({ b }) => b.type === 'provider' && b.labels[0] === 'aws' && !b.body.attributes.some((a) => a.name === 'alias'))
  const block = provider?.b.body.blocks.find((b) => b.type === 'default_tags')
  const tagsAttr = block?.body.attributes.find((a) => a.name === 'tags')
  if (!provider || !tagsAttr) return
  const defaults = safeEvaluate(tagsAttr.expr, { scope }, 'default_tags')
  if (!isRecord(defaults)) return
  for (const inst of instances) {
    if (!inst.type.startsWith('aws_')) continue
    const own = inst.values.tags
    if (own instanceof Unknown) continue
    inst.values.tags_all = { ...defaults, ...(isRecord(own) ? own : {}) }
  }
}
