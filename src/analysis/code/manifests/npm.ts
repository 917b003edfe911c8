/**
 * npm dependency manifests: package-lock.json / npm-shrinkwrap.json (lockfile v1, v2, v3 and the
 * hidden node_modules/.package-lock.json), yarn.lock (classic v1 and berry), and the
 * package.json of each installed package under node_modules. Malformed input yields nothing.
 */
import { parse as parseYaml } from 'yaml'
import type { CodeDependency } from '../../../model/lambda.js'

const dep = (name: string, version: string, manifestPath: string): CodeDependency => ({ ecosystem: 'npm', name, version, manifestPath })

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** package-lock.json: v2/v3 `packages` (keyed by install path), else v1 nested `dependencies`. */
export function parsePackageLock(text: string, manifestPath: string): CodeDependency[] {
  const lock = parseJson(text)
  if (!isRecord(lock)) return []
  const out: CodeDependency[] = []
  if (isRecord(lock['packages'])) {
    for (const [path, entry] of Object.entries(lock['packages'])) {
      if (!path || !isRecord(entry) || entry['link'] === true) continue
      const at = path.lastIndexOf('node_modules/')
      if (at < 0) continue // a workspace package, not a dependency
      const name = typeof entry['name'] === 'string' ? entry['name'] : path.slice(at + 'node_modules/'.length)
      if (typeof entry['version'] === 'string' && name) out.push(dep(name, entry['version'], manifestPath))
    }
    return out
  }
  const walk = (deps: unknown) => {
    if (!isRecord(deps)) return
    for (const [name, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) continue
      // v1 writes aliases as "npm:real-name@1.2.3".
      const version = typeof entry['version'] === 'string' ? entry['version'] : undefined
      if (version?.startsWith('npm:')) {
        const spec = version.slice(4)
        const at = spec.lastIndexOf('@')
        if (at > 0) out.push(dep(spec.slice(0, at), spec.slice(at + 1), manifestPath))
      } else if (version && !/^(?:file|link|git|https?):/.test(version)) out.push(dep(name, version, manifestPath))
      walk(entry['dependencies'])
    }
  }
  walk(lock['dependencies'])
  return out
}

/** `@scope/name@^1.0.0` or `name@npm:^1.0.0` → `@scope/name` / `name`. */
function nameOfDescriptor(descriptor: string): string {
  const d = descriptor.trim().replace(/^"|"$/g, '')
  const at = d.indexOf('@', 1)
  return at > 0 ? d.slice(0, at) : d
}

/** yarn.lock: classic v1 (its own format) or berry (YAML with `__metadata`). */
export function parseYarnLock(text: string, manifestPath: string): CodeDependency[] {
  if (/^__metadata:/m.test(text)) return parseBerryLock(text, manifestPath)
  const out: CodeDependency[] = []
  let names: string[] = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue
    if (!/^\s/.test(line) && line.trimEnd().endsWith(':')) {
      names = [...new Set(line.trimEnd().slice(0, -1).split(/,\s*/).map(nameOfDescriptor))]
      continue
    }
    const m = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(line)
    if (m?.[1] && names.length) {
      for (const name of names) out.push(dep(name, m[1], manifestPath))
      names = []
    }
  }
  return out
}

function parseBerryLock(text: string, manifestPath: string): CodeDependency[] {
  let doc: unknown
  try {
    doc = parseYaml(text, { maxAliasCount: 100 })
  } catch {
    return []
  }
  if (!isRecord(doc)) return []
  const out: CodeDependency[] = []
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata' || !isRecord(entry)) continue
    const version = entry['version'] === undefined ? undefined : String(entry['version'])
    const resolution = typeof entry['resolution'] === 'string' ? entry['resolution'] : ''
    // Workspaces and links are the project itself, not downloaded packages.
    if (!version || version === '0.0.0-use.local' || /@(?:workspace|link|portal|file):/.test(resolution)) continue
    const name = nameOfDescriptor(resolution || key.split(',')[0]!)
    if (name) out.push(dep(name, version, manifestPath))
  }
  return out
}

/** node_modules/<name>/package.json: the installed package itself. */
export function parseInstalledNpmPackage(text: string, manifestPath: string): CodeDependency[] {
  const pkg = parseJson(text)
  if (!isRecord(pkg) || typeof pkg['name'] !== 'string' || typeof pkg['version'] !== 'string') return []
  return [dep(pkg['name'], pkg['version'], manifestPath)]
}
