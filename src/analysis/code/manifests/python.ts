/**
 * Python dependency manifests: requirements*.txt (`==` pins; anything else is recorded without
 * a version), poetry.lock, Pipfile.lock, and the METADATA / PKG-INFO of packages installed
 * beside the code (`pip install -t`). Malformed input yields nothing.
 */
import type { CodeDependency } from '../../../model/lambda.js'

const dep = (name: string, version: string | undefined, manifestPath: string): CodeDependency => ({ ecosystem: 'PyPI', name, ...(version ? { version } : {}), manifestPath })

/** requirements.txt: `name[extra]==1.2.3 ; marker  # comment`, options and includes skipped. */
export function parseRequirements(text: string, manifestPath: string): CodeDependency[] {
  const out: CodeDependency[] = []
  const logical = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)
  for (const raw of logical) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    // -r other.txt, -e ., --hash …, URLs and local paths are not package pins.
    if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(line)
    if (!m?.[1]) continue
    const spec = (m[2] ?? '').split(';')[0]!.trim()
    if (spec.startsWith('@')) continue // a direct URL reference
    const pin = /^===?\s*([A-Za-z0-9._+!-]+)\s*(?:--hash|$)/.exec(spec)
    out.push(dep(m[1], pin?.[1] && !pin[1].includes('*') ? pin[1] : undefined, manifestPath))
  }
  return out
}

/** poetry.lock: the `name` and `version` keys of each `[[package]]` table. */
export function parsePoetryLock(text: string, manifestPath: string): CodeDependency[] {
  const out: CodeDependency[] = []
  let inPackage = false
  let name: string | undefined
  let version: string | undefined
  const flush = () => {
    if (name && version) out.push(dep(name, version, manifestPath))
    name = version = undefined
  }
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line)
    if (header) {
      if (header[1] === 'package' && line.trim().startsWith('[[')) {
        flush()
        inPackage = true
      } else if (!header[1]!.startsWith('package.')) {
        flush()
        inPackage = false
      } else inPackage = false // a sub-table such as [package.dependencies]
      continue
    }
    if (!inPackage) continue
    const kv = /^\s*(name|version)\s*=\s*"([^"]*)"\s*$/.exec(line)
    if (kv?.[1] === 'name') name = kv[2]
    else if (kv?.[1] === 'version') version = kv[2]
  }
  flush()
  return out
}

/** Pipfile.lock: `default` and `develop` sections, `"version": "==1.2.3"`. */
export function parsePipfileLock(text: string, manifestPath: string): CodeDependency[] {
  let lock: unknown
  try {
    lock = JSON.parse(text) as unknown
  } catch {
    return []
  }
  if (typeof lock !== 'object' || lock === null) return []
  const out: CodeDependency[] = []
  for (const section of ['default', 'develop']) {
    const entries = (lock as Record<string, unknown>)[section]
    if (typeof entries !== 'object' || entries === null) continue
    for (const [name, entry] of Object.entries(entries as Record<string, unknown>)) {
      const v = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['version'] : undefined
      const pin = typeof v === 'string' ? /^===?(.+)$/.exec(v.trim()) : null
      out.push(dep(name, pin?.[1]?.trim(), manifestPath))
    }
  }
  return out
}

/** METADATA / PKG-INFO: the `Name:` and `Version:` headers of an installed distribution. */
export function parseInstalledPythonPackage(text: string, manifestPath: string): CodeDependency[] {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const name = /^Name:\s*(.+?)\s*$/m.exec(head)?.[1]
  const version = /^Version:\s*(.+?)\s*$/m.exec(head)?.[1]
  return name && version ? [dep(name, version, manifestPath)] : []
}
