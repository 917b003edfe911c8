/**
 * The Terraform adapter of `scan iac`: root modules (directories of `.tf` / `.tf.json` files that no other
 * scanned directory calls as a module) are evaluated; `terraform show -json` files are read
 * as they are. A plan that sits in a directory of `.tf` files stands for that configuration:
 * its values are exact, and the `.tf` files give the lines and suppression comments, so the
 * directory is not evaluated a second time.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { emptyResult, type IacAdapter, type IacAdapterResult, type IacFile, type IacOptions } from '../iac/types.js'
import { adaptInstances } from './adapters/index.js'
import { isTfConfigFile } from './config/files.js'
import { isLocalSource, type ModuleConfig } from './config/module.js'
import { cachedModule, evaluateRootModule, fileSuppressions, type ModuleCache } from './config/root.js'
import type { Value } from './eval/values.js'
import { loadPlan, parsePlanText, type PlanConfiguration } from './plan/load-plan.js'
import { hclPositions } from './plan/positions.js'

/** Plan JSON larger than this is not read (large real plans are a few MB). */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024

/** Directories of a scan that other scanned directories call as local modules. */
function calledModuleDirs(dirs: readonly string[], cache: ModuleCache): Set<string> {
  const called = new Set<string>()
  for (const d of dirs) for (const call of cachedModule(cache, d).modules.values()) if (isLocalSource(call.source)) called.add(resolve(join(d, call.source)))
  return called
}

function addModuleFiles(result: IacAdapterResult, configs: readonly ModuleConfig[]): void {
  for (const c of configs) {
    result.errors.push(...c.errors)
    for (const f of c.files) {
      result.files.push(f.path)
      const s = fileSuppressions(f)
      result.suppressions.push(...s.suppressions)
      result.errors.push(...s.errors)
    }
  }
}

function loadPlanFile(path: string, options: IacOptions, cache: ModuleCache, tfDirs: ReadonlySet<string>, result: IacAdapterResult): void {
  let text: string
  try {
    const size = statSync(path).size
    if (size > MAX_PLAN_BYTES) {
      result.errors.push({ file: path, code: 'TOO_LARGE', message: `${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_PLAN_BYTES / 1024 / 1024} MB this scanner reads for a plan` })
      return
    }
    text = readFileSync(path, 'utf8')
  } catch (err) {
    result.errors.push({ file: path, code: 'READ', message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` })
    return
  }
  const parsed = parsePlanText(path, text)
  if (!parsed.plan) {
    result.errors.push(parsed.error!)
    return
  }
  const dir = dirname(path)
  let beside: PlanConfiguration | undefined
  if (tfDirs.has(resolve(dir))) {
    const p = hclPositions(dir, cache)
    addModuleFiles(result, p.configs)
    // The configuration evaluated with the plan's variables fills in what the plan leaves unknown.
    const vars = new Map(Object.entries(parsed.plan.variables ?? {}).map(([k, v]) => [k, (v?.value ?? null) as Value]))
    const evaluated = evaluateRootModule(dir, options, cache, vars)
    beside = { positions: p.index, evaluated: new Map(evaluated.instances.map((i) => [i.address, i])) }
    result.notes.push(`${path}: Terraform plan used for ${dir}; its .tf files give the lines and what the plan leaves unknown (they are not scanned a second time)`)
  }
  const r = loadPlan(path, text, parsed.plan, options, beside)
  result.files.push(path)
  result.errors.push(...r.errors)
  result.notes.push(...r.notes)
  result.resources.push(...adaptInstances(r.instances, options))
}

export const terraformAdapter: IacAdapter = {
  id: 'terraform',
  kinds: ['terraform'],
  load(files: readonly IacFile[], options: IacOptions): IacAdapterResult {
    const result = emptyResult()
    const cache: ModuleCache = new Map()
    const tfDirs = [...new Set(files.filter((f) => isTfConfigFile(f.path)).map((f) => dirname(f.path)))]
    const plans = files.filter((f) => !isTfConfigFile(f.path)).map((f) => f.path)
    const tfDirSet = new Set(tfDirs.map((d) => resolve(d)))
    const planDirs = new Set(plans.map((p) => resolve(dirname(p))))
    // A bug met in one root or plan must not hide what the others hold.
    const isolated = (file: string, what: string, fn: () => void) => {
      try {
        fn()
      } catch (err) {
        result.errors.push({ file, code: 'INTERNAL', message: `reading ${what} failed (please report): ${(err as Error)?.stack ?? String(err)}` })
      }
    }
    for (const p of plans) isolated(p, 'this plan', () => loadPlanFile(p, options, cache, tfDirSet, result))

    const called = calledModuleDirs(tfDirs, cache)
    let roots = tfDirs.filter((d) => !called.has(resolve(d)))
    // Every directory calls another: scan them all rather than none.
    if (!roots.length) roots = tfDirs
    for (const root of roots) {
      if (planDirs.has(resolve(root))) continue
      isolated(root, 'this Terraform configuration', () => {
        const r = evaluateRootModule(root, options, cache)
        result.errors.push(...r.errors)
        result.notes.push(...r.notes)
        result.suppressions.push(...r.suppressions)
        result.files.push(...r.files)
        result.resources.push(...adaptInstances(r.instances, options))
      })
    }
    // Modules shared by several roots report their errors once.
    const seen = new Set<string>()
    result.errors = result.errors.filter((e) => {
      const k = `${e.file}:${e.line}:${e.column}:${e.code}:${e.message}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
    result.files = [...new Set(result.files)]
    const seenSuppressions = new Set<string>()
    result.suppressions = result.suppressions.filter((s) => {
      const k = `${s.file}:${s.line}:${s.checkId}`
      if (seenSuppressions.has(k)) return false
      seenSuppressions.add(k)
      return true
    })
    return result
  },
}
