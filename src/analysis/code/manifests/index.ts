/** Dependency manifests → the dependency inventory. Pure. */
import type { CodeDependency } from '../../../model/lambda.js'
import type { ManifestKind } from '../files.js'
import { parseGoSum } from './go.js'
import { parseInstalledNpmPackage, parsePackageLock, parseYarnLock } from './npm.js'
import { parseInstalledPythonPackage, parsePipfileLock, parsePoetryLock, parseRequirements } from './python.js'

const PARSERS: Record<ManifestKind, (text: string, manifestPath: string) => CodeDependency[]> = {
  'package-lock': parsePackageLock,
  'yarn-lock': parseYarnLock,
  requirements: parseRequirements,
  'poetry-lock': parsePoetryLock,
  'pipfile-lock': parsePipfileLock,
  'go-sum': parseGoSum,
  'npm-installed': parseInstalledNpmPackage,
  'python-installed': parseInstalledPythonPackage,
}

/** The dependencies one manifest lists. */
export function parseManifest(kind: ManifestKind, text: string, manifestPath: string): CodeDependency[] {
  return PARSERS[kind](text, manifestPath)
}

/** PEP 503 for PyPI names; npm and Go names are compared as written. */
export function normalizePackageName(ecosystem: CodeDependency['ecosystem'], name: string): string {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name
}

/** Drops repeats of the same package and version, keeping the first manifest that named it. */
export function dedupeDependencies(deps: readonly CodeDependency[]): CodeDependency[] {
  const seen = new Set<string>()
  const out: CodeDependency[] = []
  for (const d of deps) {
    const key = `${d.ecosystem}|${normalizePackageName(d.ecosystem, d.name)}|${d.version ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(d)
  }
  return out
}
