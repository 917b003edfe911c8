/**
 * One code archive → a CodeInspection. The archive reader feeds files one at a time (so a large
 * package never has to be held in memory as text), the analyzer keeps the findings. Pure: no IO,
 * nothing is ever executed.
 */
import type { CodeDependency, CodeInspection, CodeTruncation } from '../../model/lambda.js'
import { matchVulnerabilities } from './advisories/match.js'
import type { AdvisoryIndex } from './advisories/osv.js'
import { findDynamicExec } from './dynamic-exec.js'
import { isMinified, looksBinary, normalizePath, planFile, type CodeFile, type FilePlan } from './files.js'
import { dedupeDependencies, parseManifest } from './manifests/index.js'
import { findCodeSecrets } from './secrets.js'
import { findSqlStringBuilding } from './sql-injection.js'

/** Most findings of one kind kept per archive; the rest is counted in `truncated`. */
export const MAX_FINDINGS_PER_KIND = 100
/** Most dependencies kept per archive. */
export const MAX_DEPENDENCIES = 5000

export interface AnalyzerOptions {
  /** Prefixes of Python packages installed beside the code (files.ts pythonDependencyPrefixes). */
  pythonDependencies?: readonly string[]
  advisories?: AdvisoryIndex
}

export interface CodeAnalyzer {
  /** What to do with a file, from its path (the reader skips files that are not read). */
  plan(path: string): FilePlan
  /** Analyzes one file. */
  add(file: CodeFile): void
  /** Records files a limit left out (over the per-file size limit, unreadable …). */
  leftOut(reason: CodeTruncation['reason'], paths: readonly string[], detail: string): void
  result(): CodeInspection
}

export function createCodeAnalyzer(opts: AnalyzerOptions = {}): CodeAnalyzer {
  const secrets: CodeInspection['secrets'] = []
  const sql: CodeInspection['sqlInjection'] = []
  const exec: CodeInspection['dynamicExec'] = []
  let deps: CodeDependency[] = []
  const truncated: CodeTruncation[] = []
  const dropped = { secrets: 0, sqlInjection: 0, dynamicExec: 0 }
  let filesScanned = 0

  const keep = <T>(list: T[], items: T[], kind: keyof typeof dropped) => {
    for (const item of items) {
      if (list.length < MAX_FINDINGS_PER_KIND) list.push(item)
      else dropped[kind]++
    }
  }

  return {
    plan: (path) => planFile(path, opts.pythonDependencies),
    add(raw) {
      const path = normalizePath(raw.path)
      const plan = planFile(path, opts.pythonDependencies)
      if (!plan.read || looksBinary(raw.text)) return
      const file = { path, text: raw.text }
      filesScanned++
      if (plan.manifest) deps.push(...parseManifest(plan.manifest, file.text, path))
      const minified = isMinified(path, file.text)
      if (plan.secrets) keep(secrets, findCodeSecrets(file, { minified }), 'secrets')
      if (plan.language && !minified) {
        keep(sql, findSqlStringBuilding(file, plan.language), 'sqlInjection')
        keep(exec, findDynamicExec(file, plan.language), 'dynamicExec')
      }
    },
    leftOut(reason, paths, detail) {
      if (!paths.length) return
      const affects = new Set<CodeTruncation['affects'][number]>()
      for (const p of paths) {
        const plan = planFile(p, opts.pythonDependencies)
        if (plan.secrets) affects.add('secrets')
        if (plan.language) affects.add('source')
        if (plan.manifest) affects.add('dependencies')
      }
      truncated.push({ reason, count: paths.length, paths: paths.slice(0, 5).map(normalizePath), affects: [...affects].sort(), detail })
    },
    result() {
      deps = dedupeDependencies(deps)
      // Matched before the list is cut, so a cut never hides a vulnerable package.
      const vulnerabilities = opts.advisories ? matchVulnerabilities(deps, opts.advisories) : undefined
      const notes = [...truncated]
      // Findings and dependencies cut from the lists hide nothing a check decides on: a list is
      // only cut when it is already full, and vulnerabilities were matched before the cut.
      for (const [kind, n] of Object.entries(dropped))
        if (n) notes.push({ reason: 'findings-cap', count: n, paths: [], affects: [], detail: `${n} more ${kind} findings beyond the first ${MAX_FINDINGS_PER_KIND} were not kept` })
      if (deps.length > MAX_DEPENDENCIES) {
        const n = deps.length - MAX_DEPENDENCIES
        notes.push({ reason: 'dependencies-cap', count: n, paths: [], affects: [], detail: `${n} dependencies beyond the first ${MAX_DEPENDENCIES} were not kept` })
        deps = deps.slice(0, MAX_DEPENDENCIES)
      }
      const out: CodeInspection = { inspected: true, filesScanned, secrets, sqlInjection: sql, dynamicExec: exec, dependencies: deps }
      if (vulnerabilities) out.vulnerabilities = vulnerabilities
      if (notes.length) out.truncated = notes
      return out
    },
  }
}

/** Analyzes a whole list of files at once (tests, IaC code directories). */
export function analyzeFiles(files: readonly CodeFile[], opts: AnalyzerOptions = {}): CodeInspection {
  const a = createCodeAnalyzer(opts)
  for (const f of files) a.add(f)
  return a.result()
}
