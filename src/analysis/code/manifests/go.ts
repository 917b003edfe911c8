/**
 * go.sum: `module version hash` lines. A `version/go.mod` line only records that the module's
 * go.mod was read during resolution, so only lines for the module content count.
 */
import type { CodeDependency } from '../../../model/lambda.js'

export function parseGoSum(text: string, manifestPath: string): CodeDependency[] {
  const out: CodeDependency[] = []
  const seen = new Set<string>()
  for (const line of text.split(/\r?\n/)) {
    const [module, version] = line.trim().split(/\s+/)
    if (!module || !version || version.endsWith('/go.mod') || !version.startsWith('v')) continue
    const key = `${module}@${version}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ ecosystem: 'Go', name: module, version, manifestPath })
  }
  return out
}
